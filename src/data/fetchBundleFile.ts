import validatedDigests from 'virtual:validated-digests';
import { BundleError } from './bundleError';
import type { BundleFileData, BundleFileName } from './bundleFiles';
import { decodeBundleFile } from './decodeBundleFile';

/**
 * How long one file may take, from the request to its last byte. The largest file is about 85 KB
 * gzipped, two seconds on a slow 3G line; a file still missing after this is named in its pane
 * with a Retry rather than leaving a skeleton for ever.
 */
export const FETCH_TIMEOUT_MS = 15_000;
export const lateMessage = `did not arrive within ${FETCH_TIMEOUT_MS / 1000} seconds (the server did not answer)`;

/** The only code in the app that fetches. Files are served beside the app, never from a third party. */
export async function fetchBundleFile<F extends BundleFileName>(
  file: F,
  signal?: AbortSignal,
): Promise<BundleFileData<F>> {
  return decodeBundleFile(file, await fetchBundleBytes(file, signal), validatedDigests);
}

/** A bundle file's bytes, or a BundleError that says why there are none. */
export async function fetchBundleBytes(
  file: BundleFileName,
  signal?: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<ArrayBuffer> {
  const late = new AbortController();
  const timer = setTimeout(() => late.abort(), timeoutMs);
  const abort = () => late.abort();
  signal?.addEventListener('abort', abort);
  try {
    // no-cache: the HTTP cache may keep a copy, but revalidates it (ETag), so a corrected file is read.
    const response = await fetch(`${import.meta.env.BASE_URL}data/${file}`, {
      signal: late.signal,
      cache: 'no-cache',
    });
    if (!response.ok) throw new BundleError(file, [`could not be loaded (HTTP ${response.status})`]);
    return await response.arrayBuffer();
  } catch (err) {
    if (err instanceof BundleError || signal?.aborted) throw err;
    throw new BundleError(file, [late.signal.aborted ? lateMessage : 'could not be fetched (network error)']);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}
