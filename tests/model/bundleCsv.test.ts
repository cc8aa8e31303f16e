import { describe, expect, it } from 'vitest';
import {
  actorColumns,
  casualtyColumns,
  eventColumns,
  placeColumns,
  sourceColumns,
  toCsv,
} from '../../src/model/bundleCsv';
import { buildLookups } from '../../src/model/lookups';
import { actors, casualties, events, places, sources } from '../fixtures/bundle';

const lookups = buildLookups(sources, actors, places);
const rows = (csv: string) => csv.split('\r\n').slice(0, -1);

describe('the CSV tables', () => {
  it('write a header, then one CRLF-ended row per record', () => {
    for (const [columns, records] of [
      [eventColumns, events],
      [casualtyColumns, casualties],
      [sourceColumns, sources],
      [placeColumns, places],
      [actorColumns, actors],
    ] as const) {
      const csv = toCsv(columns as never, records as never, lookups);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(rows(csv)).toHaveLength(records.length + 1);
      expect(rows(csv)[0]).toBe(columns.map((c) => c.name).join(','));
    }
  });

  it('give ids plus readable names, and join lists with "; "', () => {
    const csv = toCsv(eventColumns, events, lookups);
    const header = rows(csv)[0].split(',');
    const ev3 =
      rows(csv)
        .find((r) => r.startsWith('ev-3,'))
        ?.split(',') ?? [];
    const at = (name: string) => ev3[header.indexOf(name)];
    expect(at('actor_id')).toBe('nk-mod');
    expect(at('actor_name')).toBe('Nagorno-Karabakh defence ministry');
    expect(at('place_names')).toBe('Berdzor / Lachin');
    expect(at('denied_by_actor_id')).toBe('az-mod');
    expect(at('denied_by_actor_name')).toBe("Azerbaijan's Ministry of Defence");
    expect(at('denied_by_source_ids')).toBe('src-b');
    expect(at('key')).toBe('false');
    const two = toCsv(
      eventColumns,
      [{ ...events[0], placeIds: ['jabrayil', 'lachin'], sourceIds: ['src-a', 'src-b'] }],
      lookups,
    );
    expect(rows(two)[1]).toContain(',jabrayil; lachin,Jrakan / Jabrayil; Berdzor / Lachin,');
    expect(rows(two)[1].endsWith(',src-a; src-b')).toBe(true);
  });

  it('leave an absent value empty and quote what needs quoting (RFC 4180)', () => {
    const csv = toCsv(placeColumns, places, lookups);
    const hidden = rows(csv).find((r) => r.startsWith('hidden-az-cab,'));
    expect(hidden).toBe(
      'hidden-az-cab,Unlocated village,Unlocated village,Unlocated village,Unlocated village,,,village,az-cab,,,,src-a',
    );
    const quoted = toCsv(
      sourceColumns,
      [{ ...sources[0], title: 'He said "no", then, left\nearly' }],
      lookups,
    );
    expect(quoted).toContain('"He said ""no"", then, left\nearly"');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const csv = toCsv(actorColumns, [{ ...actors[0], name: '=HYPERLINK("x")' }], lookups);
    expect(rows(csv)[1]).toBe(`az-mod,"'=HYPERLINK(""x"")",azerbaijan,official`);
  });
});
