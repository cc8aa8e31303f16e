/** A tiny store: the version of fresh data or a new release the open tab has seen, if any. */
let version: string | undefined;
const listeners = new Set<() => void>();

export function announceUpdate(v: string): void {
  version = v;
  listeners.forEach((l) => l());
}
export const updateVersion = () => version;
export function subscribeUpdate(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
