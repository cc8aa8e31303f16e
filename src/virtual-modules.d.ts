/** Built by scripts/vite/validatedDigests.ts: the SHA-256 of each bundle file valid at build time. */
declare module 'virtual:validated-digests' {
  const digests: Readonly<Partial<Record<string, string>>>;
  export default digests;
}
