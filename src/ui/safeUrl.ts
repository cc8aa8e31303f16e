/** Only http(s) links are ever rendered as links; anything else (javascript:, data:) shows as text. */
export function isSafeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
