import { describe, expect, it } from 'vitest';
import { BundleError } from '../../src/data/bundleError';
import { checkReferences } from '../../src/data/checkReferences';
import { parseBundleFile } from '../../src/data/parseBundleFile';
import { actors, casualties, events, places, regions, sources } from '../fixtures/bundle';

function problemsOf(fn: () => unknown): { file: string; problems: string[] } {
  try {
    fn();
  } catch (err) {
    if (err instanceof BundleError) return { file: err.file, problems: err.problems };
    throw err;
  }
  throw new Error('expected a BundleError');
}

describe('bundle files are checked in words', () => {
  it('accepts the fixtures', () => {
    expect(parseBundleFile('events.json', JSON.stringify(events))).toHaveLength(events.length);
    expect(parseBundleFile('casualties.json', JSON.stringify(casualties))).toHaveLength(casualties.length);
  });

  it('names the file when it is not JSON', () => {
    const e = problemsOf(() => parseBundleFile('events.json', '{not json'));
    expect(e.file).toBe('events.json');
    expect(e.problems[0]).toMatch(/not valid JSON/);
  });

  it('names the record and field of a wrong value', () => {
    const bad = [...events.slice(0, 2), { ...events[2], date: '2020-13-01' }];
    const e = problemsOf(() => parseBundleFile('events.json', JSON.stringify(bad)));
    expect(e.problems[0]).toBe('record "ev-2" (#3), field "date": a real calendar date written YYYY-MM-DD');
  });

  it('refuses a link that is not http(s)', () => {
    const bad = [{ ...sources[0], url: 'javascript:alert(1)' }];
    const e = problemsOf(() => parseBundleFile('sources.json', JSON.stringify(bad)));
    expect(e.problems[0]).toMatch(/record "src-a" \(#1\), field "url"/);
  });

  it('a denied event must say who denied it; a figure needs asOf ≤ reportedOn', () => {
    const { deniedBy: _omit, ...noDenier } = events[3];
    expect(problemsOf(() => parseBundleFile('events.json', JSON.stringify([noDenier]))).problems[0]).toMatch(/field "deniedBy"/);
    const late = [{ ...casualties[0], asOf: '2021-02-01' }];
    expect(problemsOf(() => parseBundleFile('casualties.json', JSON.stringify(late))).problems[0]).toMatch(/field "asOf": asOf is on or before reportedOn/);
  });

  it('names a feature of the GeoJSON by its id', () => {
    const bad = { ...regions, features: [{ ...regions.features[0], properties: { ...regions.features[0].properties, group: 'nowhere' } }] };
    expect(problemsOf(() => parseBundleFile('regions.geojson', JSON.stringify(bad))).problems[0]).toMatch(/^feature "az-cab" \(#1\), field "properties.group"/);
  });
});

describe('cross-references', () => {
  const bundle = { sources, actors, places, regions, events, casualties };
  it('finds none in a consistent bundle', () => {
    expect(checkReferences(bundle)).toEqual([]);
  });

  it('reports unknown ids and duplicates by file, record and field', () => {
    const broken = {
      ...bundle,
      events: [...events, { ...events[0], id: 'ev-x', actorId: 'nobody', placeIds: ['atlantis'] }, events[0]],
    };
    expect(checkReferences(broken)).toEqual([
      'events.json: id "ev-1" is used more than once',
      'events.json: record "ev-x", field "actorId": unknown actorId "nobody"',
      'events.json: record "ev-x", field "placeIds": unknown placeId "atlantis"',
    ]);
  });
});
