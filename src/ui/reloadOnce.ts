const KEY = 'k2020-reloaded-for-release';
const WINDOW_MS = 60_000;

/**
 * Code that will not download is most often code a deploy removed: the page reloads itself, at
 * the same URL (the view is in it), to get the new release. Once a minute at most, so a file that
 * is truly missing shows its message and "Try again" instead of a reload loop. True when reloading.
 */
export function reloadOnceForNewRelease(): boolean {
  try {
    if (Date.now() - Number(sessionStorage.getItem(KEY) ?? 0) < WINDOW_MS) return false;
    sessionStorage.setItem(KEY, String(Date.now()));
  } catch {
    return false; // no session storage: no guard against a loop, so no reload
  }
  window.location.reload();
  return true;
}
