import '@mantine/core/styles.css';
import './global.css';
import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { refreshCsrfToken } from '../lib/api';
import { Providers } from './providers';
import { router } from './router';

// Fetch the CSRF token early so the first form submission does not wait for it; a failure is retried on demand.
refreshCsrfToken().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
