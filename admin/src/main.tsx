import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './print.css';
import { routeAnonymousToLogin } from './authProvider';
import { createDataProvider } from './dataProvider';

routeAnonymousToLogin();
createDataProvider().then((dataProvider) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App dataProvider={dataProvider} />
    </StrictMode>,
  ),
);
