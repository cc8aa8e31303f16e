/**
 * Ids are ASCII slugs: code-unit order sorts them deterministically and is far cheaper than
 * localeCompare, which the selectors would otherwise call thousands of times per change.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * District and city names in English are plain ASCII, so they sort the same way by code unit;
 * the first localeCompare of a page load builds an ICU collator (tens of milliseconds on a phone).
 */
export function compareEnglishNames(
  a: { properties: { names: { en: string } } },
  b: { properties: { names: { en: string } } },
): number {
  return compareIds(a.properties.names.en, b.properties.names.en);
}
