/**
 * The entry: small on purpose. It lets the browser paint the page (the prerendered default view,
 * src/prerender) first, then asks for the data and loads the app (boot.tsx). Nothing the first
 * paint does not need starts before it: the app's code and data would compete with it for the
 * network and the main thread, and Lighthouse's simulated phone counts every request started
 * before the paint as one the paint waited for (issue 9).
 */
import './app/app.css';
import './app/print.css';
// Listens for the reader's first input from the start, so that input during the load counts.
import './ui/firstInput';
import { reloadOnceForNewRelease } from './ui/reloadOnce';
import { prefetchFirstPaintFiles } from './data/queryClient';

/**
 * Once the browser has reported the first contentful paint. A hidden tab paints nothing, and a
 * page that hides its prerendered view (public/view-from-url.js) has nothing to show, so those go
 * on at once; a browser that never reports the paint goes on after three seconds. (Headless
 * Chromium, as Lighthouse drives it, was seen to present its first frame anywhere from 0.2 s to
 * 2.2 s after the page was ready, whatever the page did.)
 */
function afterFirstContentfulPaint(): Promise<void> {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (document.visibilityState !== 'visible' || typeof PerformanceObserver === 'undefined' || painted())
    return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver(() => {
      if (painted()) done();
    });
    observer.observe({ type: 'paint', buffered: true });
    const timer = setTimeout(done, 3000);
  });
}

// A new release's worker takes over a page an older one controls (skipWaiting, clientsClaim):
// listened for from the start, since it may happen before the app has taken over.
if (navigator.serviceWorker?.controller) {
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => void import('./app/freshness').then((m) => m.announce()),
    { once: true },
  );
}

const root = document.getElementById('root');
const showsPrerenderedView =
  root?.hasAttribute('data-prerendered') && !document.documentElement.classList.contains('view-from-url');
if (showsPrerenderedView) await afterFirstContentfulPaint();
prefetchFirstPaintFiles();
// The app's code may be gone after a deploy: reload once for the new page; failing that, the
// prerendered view at least stops being inert.
await import('./boot').catch(() => reloadOnceForNewRelease() || root?.removeAttribute('inert'));
