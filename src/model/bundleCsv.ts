/**
 * The bundle as five CSV tables (events, casualty claims, sources, places, actors): UTF-8, one
 * row per record, ids plus readable names. A list (place ids, source ids) is one cell, its items
 * joined with "; " (LIST_SEPARATOR); ids never contain ";". Each column names the schema field it
 * comes from (`path`), so scripts/dataPackage.ts describes it from the zod schema itself.
 */
import type { Actor, Casualty, Place, Source, WarEvent } from '../data/schemas';
import { csvCell } from './casualtyCsv';
import type { Lookups } from './lookups';

export const LIST_SEPARATOR = '; ';

type Cell = string | number | boolean | undefined;

export interface Column<R> {
  name: string;
  description: string;
  /** The schema field the column holds (dotted), or undefined for a name looked up by id. */
  path?: string;
  /** A list, joined with LIST_SEPARATOR. */
  list?: boolean;
  /** The table and column an id points to. */
  references?: { resource: TableName; field: string };
  value: (r: R, l: Lookups) => Cell | readonly string[];
}

export type TableName = 'events' | 'casualties' | 'sources' | 'places' | 'actors';

const actorName = (id: string | undefined, l: Lookups) => (id ? l.actorsById.get(id)?.name : undefined);
const placeName = (id: string, l: Lookups) => l.placesById.get(id)?.names.en ?? id;
const toActors = { resource: 'actors', field: 'id' } as const;

export const eventColumns: Column<WarEvent>[] = [
  {
    name: 'id',
    path: 'id',
    description: 'Event id; the dashboard opens it at ?event=<id>',
    value: (e) => e.id,
  },
  { name: 'date', path: 'date', description: 'Day of the event (YYYY-MM-DD)', value: (e) => e.date },
  { name: 'type', path: 'type', description: 'Kind of event', value: (e) => e.type },
  {
    name: 'actor_id',
    path: 'actorId',
    description: 'Who makes the claim (actors.id)',
    references: toActors,
    value: (e) => e.actorId,
  },
  { name: 'actor_name', description: 'Name of the claimant', value: (e, l) => actorName(e.actorId, l) },
  {
    name: 'summary',
    path: 'summary',
    description: 'What was claimed, in the project’s words',
    value: (e) => e.summary,
  },
  {
    name: 'place_ids',
    path: 'placeIds',
    list: true,
    description: 'Places (places.id), joined with "; "',
    value: (e) => e.placeIds,
  },
  {
    name: 'place_names',
    list: true,
    description: 'English names of the places, joined with "; "',
    value: (e, l) => e.placeIds.map((id) => placeName(id, l)),
  },
  {
    name: 'geo_precision',
    path: 'geoPrecision',
    description: 'How exactly the places locate the event',
    value: (e) => e.geoPrecision,
  },
  {
    name: 'status',
    path: 'status',
    description: 'claimed, denied, corroborated or verified',
    value: (e) => e.status,
  },
  { name: 'key', path: 'key', description: 'A key event of the war', value: (e) => e.key ?? false },
  {
    name: 'denied_by_actor_id',
    path: 'deniedBy.actorId',
    description: 'Who denied it (actors.id)',
    references: toActors,
    value: (e) => e.deniedBy?.actorId,
  },
  {
    name: 'denied_by_actor_name',
    description: 'Name of who denied it',
    value: (e, l) => actorName(e.deniedBy?.actorId, l),
  },
  {
    name: 'denied_by_source_ids',
    path: 'deniedBy.sourceIds',
    list: true,
    description: 'Sources of the denial (sources.id), joined with "; "',
    value: (e) => e.deniedBy?.sourceIds ?? [],
  },
  {
    name: 'denial_note',
    path: 'deniedBy.note',
    description: 'Note on the denial',
    value: (e) => e.deniedBy?.note,
  },
  {
    name: 'verified_by_source_ids',
    path: 'verifiedBy',
    list: true,
    description: 'Investigations that verified it (sources.id), joined with "; "',
    value: (e) => e.verifiedBy ?? [],
  },
  {
    name: 'source_ids',
    path: 'sourceIds',
    list: true,
    description: 'Sources of the claim (sources.id), joined with "; "',
    value: (e) => e.sourceIds,
  },
];

export const casualtyColumns: Column<Casualty>[] = [
  { name: 'id', path: 'id', description: 'Figure id', value: (c) => c.id },
  {
    name: 'reported_on',
    path: 'reportedOn',
    description: 'Day the figure was announced',
    value: (c) => c.reportedOn,
  },
  { name: 'as_of', path: 'asOf', description: 'Day the figure counts up to', value: (c) => c.asOf },
  {
    name: 'actor_id',
    path: 'actorId',
    description: 'Who announced it (actors.id)',
    references: toActors,
    value: (c) => c.actorId,
  },
  { name: 'actor_name', description: 'Name of who announced it', value: (c, l) => actorName(c.actorId, l) },
  {
    name: 'subject_side',
    path: 'subject.side',
    description: 'Whose losses the figure counts',
    value: (c) => c.subject.side,
  },
  {
    name: 'subject_group',
    path: 'subject.group',
    description: 'Which people the figure counts',
    value: (c) => c.subject.group,
  },
  { name: 'measure', path: 'measure', description: 'What the figure counts', value: (c) => c.measure },
  {
    name: 'equipment',
    path: 'equipment',
    description: 'Kind of equipment, for equipment-destroyed figures',
    value: (c) => c.equipment,
  },
  { name: 'value', path: 'value', description: 'The figure, when a single number', value: (c) => c.value },
  { name: 'value_low', path: 'valueLow', description: 'Low end of a range', value: (c) => c.valueLow },
  { name: 'value_high', path: 'valueHigh', description: 'High end of a range', value: (c) => c.valueHigh },
  {
    name: 'qualifier',
    path: 'qualifier',
    description: 'How the figure was worded (exact, at least…)',
    value: (c) => c.qualifier,
  },
  { name: 'note', path: 'note', description: 'Note on the figure', value: (c) => c.note },
  {
    name: 'source_ids',
    path: 'sourceIds',
    list: true,
    description: 'Sources (sources.id), joined with "; "',
    value: (c) => c.sourceIds,
  },
];

export const sourceColumns: Column<Source>[] = [
  { name: 'id', path: 'id', description: 'Source id', value: (s) => s.id },
  { name: 'publisher', path: 'publisher', description: 'Who published it', value: (s) => s.publisher },
  { name: 'title', path: 'title', description: 'Title as published', value: (s) => s.title },
  { name: 'url', path: 'url', description: 'Link (http or https)', value: (s) => s.url },
  { name: 'published', path: 'published', description: 'Day of publication', value: (s) => s.published },
  { name: 'kind', path: 'kind', description: 'Kind of source', value: (s) => s.kind },
  { name: 'language', path: 'language', description: 'Language (ISO 639-1)', value: (s) => s.language },
];

export const placeColumns: Column<Place>[] = [
  { name: 'id', path: 'id', description: 'Place id', value: (p) => p.id },
  {
    name: 'name_en',
    path: 'names.en',
    description: 'Name in English (both toponyms where contested)',
    value: (p) => p.names.en,
  },
  { name: 'name_az', path: 'names.az', description: 'Name in Azerbaijani', value: (p) => p.names.az },
  { name: 'name_hy', path: 'names.hy', description: 'Name in Armenian', value: (p) => p.names.hy },
  { name: 'name_ru', path: 'names.ru', description: 'Name in Russian', value: (p) => p.names.ru },
  { name: 'lat', path: 'lat', description: 'Latitude (WGS 84); empty when unlocated', value: (p) => p.lat },
  { name: 'lon', path: 'lon', description: 'Longitude (WGS 84); empty when unlocated', value: (p) => p.lon },
  { name: 'kind', path: 'kind', description: 'Kind of place', value: (p) => p.kind },
  {
    name: 'region_id',
    path: 'regionId',
    description: 'District or unit (a feature id in regions.geojson)',
    value: (p) => p.regionId,
  },
  {
    name: 'coord_from',
    path: 'coord.from',
    description: 'Where the coordinates come from',
    value: (p) => p.coord?.from,
  },
  {
    name: 'coord_precision',
    path: 'coord.precision',
    description: 'How exact the coordinates are',
    value: (p) => p.coord?.precision,
  },
  { name: 'note', path: 'note', description: 'Note on the place', value: (p) => p.note },
  {
    name: 'source_ids',
    path: 'sourceIds',
    list: true,
    description: 'Sources (sources.id), joined with "; "',
    value: (p) => p.sourceIds,
  },
];

export const actorColumns: Column<Actor>[] = [
  { name: 'id', path: 'id', description: 'Actor id', value: (a) => a.id },
  { name: 'name', path: 'name', description: 'Name', value: (a) => a.name },
  {
    name: 'side',
    path: 'side',
    description: 'Whose side it speaks for, or third-party',
    value: (a) => a.side,
  },
  {
    name: 'role',
    path: 'role',
    description: 'Official, opposition, media, civil society, international, research or other',
    value: (a) => a.role,
  },
];

function toCell(v: Cell | readonly string[]): string {
  if (Array.isArray(v)) return csvCell(v.join(LIST_SEPARATOR));
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return csvCell(v as string | number | undefined);
}

/** One table as CSV: a header of column names, then one CRLF-ended row per record. */
export function toCsv<R>(columns: readonly Column<R>[], records: readonly R[], lookups: Lookups): string {
  const lines = [columns.map((c) => c.name).join(',')];
  for (const r of records) lines.push(columns.map((c) => toCell(c.value(r, lookups))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
