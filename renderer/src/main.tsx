// The renderer's entry: fonts, language, theme, data and routing around the app.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/500.css';
import './app/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createHashRouter } from 'react-router-dom';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// A hash router: the same routes work under app:// in Electron and under http:// in the browser. A data router (one
// route; the app's own <Routes> below it) so that a form with unsaved changes can hold a navigation back and ask.
const router = createHashRouter([{ path: '*', element: <App /> }]);

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
