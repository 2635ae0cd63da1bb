import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createDataProvider } from './dataProvider';

createDataProvider().then((dataProvider) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App dataProvider={dataProvider} />
    </StrictMode>,
  ),
);
