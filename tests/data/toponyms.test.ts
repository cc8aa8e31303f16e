import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { oneSidedToponyms, toponymIndex } from '../../src/model/toponyms';
import { dataDir } from '../../scripts/readBundle';
import { shippedBundle } from './loadBundle';

interface RegionFile {
  features: { properties: { names: { en: string } } }[];
}

describe('both names in our own words', () => {
  const b = shippedBundle();
  const regions = JSON.parse(readFileSync(join(dataDir, 'regions.geojson'), 'utf8')) as RegionFile;
  const index = toponymIndex([
    ...b.places.map((p) => p.names.en),
    ...regions.features.map((f) => f.properties.names.en),
  ]);

  /** Each text field of ours, with the forms it may name alone (a place's note speaks of its own names). */
  const texts: { where: string; text: string; own?: string }[] = [
    ...b.events.flatMap((e) => [
      { where: `events ${e.id} summary`, text: e.summary },
      ...(e.deniedBy?.note ? [{ where: `events ${e.id} deniedBy.note`, text: e.deniedBy.note }] : []),
    ]),
    ...b.casualties.flatMap((c) => (c.note ? [{ where: `casualties ${c.id} note`, text: c.note }] : [])),
    ...b.places.flatMap((p) =>
      p.note ? [{ where: `places ${p.id} note`, text: p.note, own: p.names.en }] : [],
    ),
  ];

  it('derives the contested pairs from the gazetteer', () => {
    const forms = index.contested.map((c) => c.form);
    for (const f of [
      'Stepanakert / Khankendi',
      'Shushi / Shusha',
      'Akna / Agdam',
      'Pletants / Bulutan',
      'Martuni / Khojavend',
    ]) {
      expect(forms).toContain(f);
    }
  });

  it('never names a contested place by one side’s name alone (outside quotes and district names)', () => {
    const oneSided = texts.flatMap(({ where, text, own }) =>
      oneSidedToponyms(text, index)
        .filter((m) => m.form !== own)
        .map((m) => `${where}: "${m.name}" (write "${m.form}")`),
    );
    expect(oneSided).toEqual([]);
  });
});
