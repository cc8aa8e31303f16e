/**
 * The places named in the war's reports (mostly villages in Azerbaijan's territorial claims) that the
 * event files reference: input/claimed-places.json, one record per place id. Each record keeps the
 * ids of the reports naming it (public/data/sources.json) and, where an encyclopedia page gave one,
 * the point it states (`ref`, a source in scripts/geo/sources.json). A record without `ref` stays
 * unlocated: listed, not mapped. Missing Armenian or Russian names are transliterated from the
 * Azerbaijani (lib/translit.ts) and the note says so.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { placeKinds } from '../../../src/data/vocabulary';
import type { PlaceSpec } from './places-table';
import { azToArmenian, azToRussian } from './translit';

const text = z.string().trim().min(1);
const row = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    names: z.object({ en: text, az: text, hy: text.optional(), ru: text.optional() }).strict(),
    kind: z.enum(placeKinds),
    regionId: text,
    sourceIds: z.array(text).min(1),
    /** The Azerbaijani spelling is ours (from the reports' English spelling), not a source's. */
    azRestored: z.boolean().optional(),
    note: text.optional(),
    ref: z.object({ sourceId: text, lat: z.number(), lon: z.number() }).strict().optional(),
  })
  .strict();
export type ClaimedPlace = z.infer<typeof row>;

export const TRANSLIT_NOTE = {
  both: 'Armenian and Russian names transliterated from the Azerbaijani; no other form found in the sources.',
  hy: 'Armenian name transliterated from the Azerbaijani; no other form found in the sources.',
  ru: 'Russian name transliterated from the Azerbaijani; no other form found in the sources.',
} as const;
export const AZ_RESTORED_NOTE =
  'Azerbaijani spelling written from the reports’ English spelling; not found in the sources.';

export function toPlaceSpec(r: ClaimedPlace): PlaceSpec {
  const { en, az, hy, ru } = r.names;
  const notes = [r.note];
  if (r.azRestored) notes.push(AZ_RESTORED_NOTE);
  if (!hy && !ru) notes.push(TRANSLIT_NOTE.both);
  else if (!hy) notes.push(TRANSLIT_NOTE.hy);
  else if (!ru) notes.push(TRANSLIT_NOTE.ru);
  const note = notes.filter(Boolean).join(' ');
  return {
    id: r.id,
    names: { en, az, hy: hy ?? azToArmenian(az), ru: ru ?? azToRussian(az) },
    kind: r.kind,
    regionId: r.regionId,
    cites: r.sourceIds,
    ...(r.ref ? { ref: r.ref } : { unlocated: true }),
    ...(note ? { note } : {}),
  };
}

export function loadClaimedPlaces(file: string): PlaceSpec[] {
  const rows = z.array(row).parse(JSON.parse(readFileSync(file, 'utf8')));
  return rows.map(toPlaceSpec);
}
