import { BundleError, describeIssues } from './bundleError';
import { bundleFiles, type BundleFileData, type BundleFileName } from './bundleFiles';

/** Parses a file's text and checks it against its schema; throws a BundleError in words. */
export function parseBundleFile<F extends BundleFileName>(file: F, text: string): BundleFileData<F> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new BundleError(file, [`is not valid JSON (${reason})`]);
  }
  const result = bundleFiles[file].safeParse(data);
  if (!result.success) throw new BundleError(file, describeIssues(data, result.error.issues));
  return result.data as BundleFileData<F>;
}
