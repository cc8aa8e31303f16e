import { BundleError } from './bundleError';
import type { BundleFileData, BundleFileName } from './bundleFiles';
import { checkBundleText } from './decodeBundleFile';
import { FETCH_TIMEOUT_MS, fetchBundleFile, lateMessage } from './fetchBundleFile';
import type { WorkerReply, WorkerRequest } from './workerMessages';

/**
 * A bundle file, fetched and parsed in the bundle worker where the browser has module workers,
 * else on this thread; a file the build did not validate is checked here in full either way. Only
 * the worker's structured clone is read on this thread: receiving the bytes, hashing and parsing
 * them took the page's main thread 150–250 ms on a phone-speed CPU. A worker that cannot start
 * (no module workers, a policy that forbids them) falls back to fetching here, so the app works
 * either way.
 */
export function loadBundleFile<F extends BundleFileName>(
  file: F,
  signal?: AbortSignal,
): Promise<BundleFileData<F>> {
  const worker = bundleWorker();
  if (!worker) return fetchBundleFile(file, signal);
  return new Promise<unknown>((resolve, reject) => {
    const id = nextId++;
    // The worker times its own fetch out; this guards against a worker that never answers.
    const timer = setTimeout(
      () => settle(id)?.reject(new BundleError(file, [lateMessage])),
      FETCH_TIMEOUT_MS + 2000,
    );
    pending.set(id, { file, signal, resolve, reject, timer });
    worker.postMessage({ id, file } satisfies WorkerRequest);
  }) as Promise<BundleFileData<F>>;
}

interface Pending {
  file: BundleFileName;
  signal?: AbortSignal;
  resolve: (data: unknown) => void;
  reject: (err: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Takes a request off the list (once): its reply, its time-out or the worker's failure. */
function settle(id: number): Pending | undefined {
  const p = pending.get(id);
  if (!p) return undefined;
  pending.delete(id);
  clearTimeout(p.timer);
  return p;
}

const pending = new Map<number, Pending>();
let nextId = 1;
let worker: Worker | null | undefined;

function bundleWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') return (worker = null);
  try {
    worker = new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module', name: 'bundle' });
  } catch {
    return (worker = null);
  }
  worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
    const p = settle(e.data.id);
    if (!p) return;
    if ('error' in e.data) p.reject(new BundleError(e.data.error.file, e.data.error.problems));
    else if ('text' in e.data) checkBundleText(p.file, e.data.text).then(p.resolve, p.reject);
    else p.resolve(e.data.data);
  });
  worker.addEventListener('error', () => {
    // The worker did not start: fetch what was asked of it here, and everything after.
    worker?.terminate();
    worker = null;
    for (const id of [...pending.keys()]) {
      const p = settle(id);
      if (p) fetchBundleFile(p.file, p.signal).then(p.resolve, p.reject);
    }
  });
  return worker;
}
