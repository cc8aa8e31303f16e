/**
 * Ids are ASCII slugs: code-unit order sorts them deterministically and is far cheaper than
 * localeCompare, which the selectors would otherwise call thousands of times per change.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
