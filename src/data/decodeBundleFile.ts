import type { BundleFileData, BundleFileName } from './bundleFiles';

/**
 * A file's data from its bytes. When the bytes hash to the digest recorded at build time they are
 * the bytes the build validated, so they are only parsed; anything else (a file edited or replaced
 * on the server, a page opened outside a secure context where hashing is unavailable) goes through
 * the full schema check, which names the file and field of any problem.
 */
export async function decodeBundleFile<F extends BundleFileName>(
  file: F,
  bytes: ArrayBuffer,
  validatedDigests: Readonly<Partial<Record<string, string>>>,
): Promise<BundleFileData<F>> {
  const text = new TextDecoder().decode(bytes);
  const expected = validatedDigests[file];
  if (expected !== undefined && (await sha256Hex(bytes)) === expected) {
    return JSON.parse(text) as BundleFileData<F>;
  }
  const { parseBundleFile } = await import('./parseBundleFile');
  return parseBundleFile(file, text);
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
