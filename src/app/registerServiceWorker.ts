import { whenIdle } from '../ui/whenIdle';

/**
 * Offline after the first visit: registers the Workbox service worker that vite-plugin-pwa builds
 * (sw.js), which precaches the app. It waits until the app has taken over the page and the
 * browser is idle, because the precache downloads the app again and a download that competes
 * with the first load makes the dashboard slower to become usable. Then it starts looking for
 * fresh data and releases (freshness.ts, loaded then).
 */
export function registerServiceWorkerWhenIdle(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .then(async (registration) => {
        const { watchForUpdates } = await import('./freshness');
        watchForUpdates(registration);
      })
      .catch(() => {
        // No offline copy (a private window, a browser policy): the app works online as before.
      });
  };
  const registerWhenIdle = () => void whenIdle(5000, 2000).then(register);
  if (document.readyState === 'complete') registerWhenIdle();
  else window.addEventListener('load', registerWhenIdle, { once: true });
}
