/** Built by scripts/vite/validatedDigests.ts: the SHA-256 of each bundle file valid at build time. */
declare module 'virtual:validated-digests' {
  const digests: Readonly<Partial<Record<string, string>>>;
  export default digests;
}

/**
 * Built by scripts/vite/dataVersion.ts: the dataset's semantic version and update day
 * (manifest.json), and the canonical address of the build (SITE_URL, '' when none).
 */
declare module 'virtual:data-version' {
  const dataVersion: { readonly version: string; readonly updated: string; readonly site: string } | null;
  export default dataVersion;
}
