import validatedDigests from 'virtual:validated-digests';
import { BundleError } from './bundleError';
import type { BundleFileData, BundleFileName } from './bundleFiles';
import { decodeBundleFile } from './decodeBundleFile';

/** The only code in the app that fetches. Files are served beside the app, never from a third party. */
export async function fetchBundleFile<F extends BundleFileName>(
  file: F,
  signal?: AbortSignal,
): Promise<BundleFileData<F>> {
  return decodeBundleFile(file, await fetchBundleBytes(file, signal), validatedDigests);
}

/** A bundle file's bytes, or a BundleError that says why there are none. */
export async function fetchBundleBytes(file: BundleFileName, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/${file}`, { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new BundleError(file, ['could not be fetched (network error)']);
  }
  if (!response.ok) throw new BundleError(file, [`could not be loaded (HTTP ${response.status})`]);
  return response.arrayBuffer();
}
