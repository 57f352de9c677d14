import { useEffect } from 'react';

/** What the signed-in shell reads on start; the service worker keeps the last answer for opening offline. */
const shellData = ['/api/v1/auth/me', '/api/v1/programme'];

/**
 * Fetches the shell's data through the service worker once it controls the page (on the first visit it takes
 * control only after installing), so that the app can be reopened with no connection.
 */
export function useOfflineWarmup(): void {
  useEffect(() => {
    const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
    if (!sw) return;
    const warm = () => {
      if (!navigator.onLine || !sw.controller) return;
      for (const url of shellData) void fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
    };
    warm();
    sw.addEventListener('controllerchange', warm);
    return () => sw.removeEventListener('controllerchange', warm);
  }, []);
}
