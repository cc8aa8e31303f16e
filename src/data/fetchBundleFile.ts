import { BundleError } from './bundleError';
import type { BundleFileData, BundleFileName } from './bundleFiles';

/** The only code in the app that fetches. Files are served beside the app, never from a third party. */
export async function fetchBundleFile<F extends BundleFileName>(
  file: F,
  signal?: AbortSignal,
): Promise<BundleFileData<F>> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/${file}`, { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new BundleError(file, ['could not be fetched (network error)']);
  }
  if (!response.ok) throw new BundleError(file, [`could not be loaded (HTTP ${response.status})`]);
  // The validator (zod and the schemas) is not needed for the first paint: it loads while the
  // data downloads, and the same module is shared by every file.
  const [{ parseBundleFile }, text] = await Promise.all([import('./parseBundleFile'), response.text()]);
  return parseBundleFile(file, text);
}
