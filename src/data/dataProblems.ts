/**
 * What the app set aside while reading the bundle, per file, in words (record, field): records
 * that failed their schema check, and references across files to records that do not exist. The
 * app shows them (src/app/DataProblems.tsx); a tiny store, so the page needs no validator for it.
 */
const byFile = new Map<string, readonly string[]>();
let snapshot: readonly string[] = [];
const listeners = new Set<() => void>();

/** `key`: a file name, or "references"; each line names its file itself. */
export function reportDataProblems(key: string, lines: readonly string[]): void {
  if (!lines.length && !byFile.has(key)) return;
  byFile.set(key, lines);
  snapshot = [...byFile.values()].flat();
  listeners.forEach((l) => l());
}

export const dataProblems = (): readonly string[] => snapshot;
const none: readonly string[] = [];
export const noDataProblems = (): readonly string[] => none;

export function subscribeDataProblems(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
