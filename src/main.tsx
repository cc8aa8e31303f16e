/**
 * The entry: small on purpose. It asks for the data at once, lets the browser paint the page
 * (the prerendered default view, src/prerender) before the app's code evaluates, then loads the
 * app (boot.tsx). Evaluating React and the views first would hold that first paint back.
 */
import './data/queryClient';
import './app/app.css';

/** After the next frame has been painted; a hidden tab paints no frames, so at most ~100 ms. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

if (document.getElementById('root')?.hasAttribute('data-prerendered')) await afterNextPaint();
await import('./boot');
