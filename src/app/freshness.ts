/**
 * Fresh figures for a tab left open: a new release (a new service worker taking over) or a data
 * file changed on the server (a new ETag) is announced in a notice with a Reload button, while
 * the tab keeps working. Checked every few minutes and whenever the tab comes back into view.
 */
import { firstPaintFiles } from '../data/queries';
import { whenIdle } from '../ui/whenIdle';
import { announceUpdate } from './updateNotice';

export const CHECK_EVERY_MS = 5 * 60_000;
/** Named here without the schemas, which would bring the validator along. */
const bundleFileNames = [...firstPaintFiles, 'manifest.json'];
const dataUrl = (file: string) => `${import.meta.env.BASE_URL}data/${file}`;

/** What identifies a file's version without downloading it. */
async function stamp(file: string): Promise<string> {
  const r = await fetch(dataUrl(file), { method: 'HEAD', cache: 'no-store' });
  return r.ok
    ? (r.headers.get('etag') ?? `${r.headers.get('last-modified')}/${r.headers.get('content-length')}`)
    : '';
}
/**
 * One file at a time, each when the browser is idle: the five requests at once were one long task
 * just after the load, when the reader's first input is most likely.
 */
async function stamps(): Promise<string[]> {
  const out: string[] = [];
  for (const file of bundleFileNames) {
    await whenIdle(2000);
    out.push(await stamp(file).catch(() => ''));
  }
  return out;
}

export async function announce(): Promise<void> {
  let label = 'unknown';
  try {
    const m = (await (await fetch(dataUrl('manifest.json'), { cache: 'no-store' })).json()) as {
      version?: unknown;
      built?: unknown;
    };
    label = `${String(m.version)} of ${String(m.built)}`;
  } catch {
    // the notice still says that something is new
  }
  announceUpdate(label);
}

/** A release (a new worker taking over this page) is caught in main.tsx, from the first moment. */
export function watchForUpdates(registration: ServiceWorkerRegistration): void {
  const seen = stamps();
  const check = async () => {
    void registration.update().catch(() => undefined);
    const [before, now] = await Promise.all([seen, stamps()]);
    if (now.some((s, i) => s && before[i] && s !== before[i])) void announce();
  };
  setInterval(() => void check(), CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void check();
  });
}
