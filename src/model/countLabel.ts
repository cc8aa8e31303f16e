/** The noun in the number of the count: "event" for 1, "events" otherwise. */
export function nounFor(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}

/** "1 event", "2 events", "0 places": a count with its noun in the right number. */
export function countLabel(count: number, singular: string, plural?: string): string {
  return `${count} ${nounFor(count, singular, plural)}`;
}
