import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './print.css';
import { refreshMe, routeAnonymousToLogin } from './authProvider';
import { createDataProvider } from './dataProvider';

routeAnonymousToLogin();
// The tenant's settings may have changed since sign-in (its lists, levels, look): read them once per page load.
void refreshMe();
createDataProvider().then((dataProvider) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App dataProvider={dataProvider} />
    </StrictMode>,
  ),
);
