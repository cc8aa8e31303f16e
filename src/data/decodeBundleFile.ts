import type { BundleFileData, BundleFileName } from './bundleFiles';
import { reportDataProblems } from './dataProblems';

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
  const trusted = await parseIfValidated(file, bytes, validatedDigests);
  return trusted ?? checkBundleText(file, new TextDecoder().decode(bytes));
}

/** The data, parsed, when the bytes are those the build validated; otherwise undefined. */
export async function parseIfValidated<F extends BundleFileName>(
  file: F,
  bytes: ArrayBuffer,
  validatedDigests: Readonly<Partial<Record<string, string>>>,
): Promise<BundleFileData<F> | undefined> {
  const expected = validatedDigests[file];
  if (expected === undefined || (await sha256Hex(bytes)) !== expected) return undefined;
  return JSON.parse(new TextDecoder().decode(bytes)) as BundleFileData<F>;
}

/**
 * The full schema check; the validator (zod) loads only when a file needs it. Records set aside
 * are reported (dataProblems.ts) and the rest of the file serves.
 */
export async function checkBundleText<F extends BundleFileName>(
  file: F,
  text: string,
): Promise<BundleFileData<F>> {
  const { checkBundleFile } = await import('./parseBundleFile');
  const { data, problems } = checkBundleFile(file, text);
  reportDataProblems(
    file,
    problems.map((p) => `${file}: ${p}`),
  );
  return data;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
