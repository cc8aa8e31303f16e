import { describe, expect, it } from 'vitest';
import { BundleError } from '../../src/data/bundleError';
import { checkReferences, pruneBrokenReferences } from '../../src/data/checkReferences';
import { checkBundleFile, parseBundleFile } from '../../src/data/parseBundleFile';
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
    expect(problemsOf(() => parseBundleFile('events.json', JSON.stringify([noDenier]))).problems[0]).toMatch(
      /field "deniedBy"/,
    );
    const late = [{ ...casualties[0], asOf: '2021-02-01' }];
    expect(problemsOf(() => parseBundleFile('casualties.json', JSON.stringify(late))).problems[0]).toMatch(
      /field "asOf": asOf is on or before reportedOn/,
    );
  });

  it('names a feature of the GeoJSON by its id', () => {
    const bad = {
      ...regions,
      features: [
        { ...regions.features[0], properties: { ...regions.features[0].properties, group: 'nowhere' } },
      ],
    };
    expect(problemsOf(() => parseBundleFile('regions.geojson', JSON.stringify(bad))).problems[0]).toMatch(
      /^feature "az-cab" \(#1\), field "properties.group"/,
    );
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

describe('one bad record does not cost the file', () => {
  it('sets a bad record aside, names it, and serves the rest', () => {
    const bad = [events[0], { ...events[1], type: 'invasion-from-mars' }, events[2]];
    const { data, problems } = checkBundleFile('events.json', JSON.stringify(bad));
    expect(data.map((e) => e.id)).toEqual([events[0].id, events[2].id]);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^record "${events[1].id}" \\(#2\\), field "type": `)),
    ]);
  });

  it('a javascript: link becomes plain text; the source stays', () => {
    const bad = [{ ...sources[0], url: 'javascript:alert(1)' }, sources[1]];
    const { data, problems } = checkBundleFile('sources.json', JSON.stringify(bad));
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({ id: 'src-a', url: '' });
    expect(problems[0]).toMatch(/^record "src-a" \(#1\), field "url": .*shown as plain text/);
  });

  it('names a duplicated id and sets the second record aside', () => {
    const { data, problems } = checkBundleFile(
      'events.json',
      JSON.stringify([events[0], events[1], { ...events[0], summary: 'Another' }]),
    );
    expect(data).toHaveLength(2);
    expect(problems).toEqual([
      'record "ev-1" (#3), field "id": the id "ev-1" is used more than once; this record is set aside',
    ]);
  });

  it('refuses event dates outside the record and figures dated before the war', () => {
    const { problems } = checkBundleFile(
      'events.json',
      JSON.stringify([events[0], { ...events[1], date: '2099-01-01' }, { ...events[2], date: '2019-05-01' }]),
    );
    expect(problems).toEqual([
      `record "${events[1].id}" (#2), field "date": a date from 2020-09-27 to 2020-12-31`,
      `record "${events[2].id}" (#3), field "date": a date from 2020-09-27 to 2020-12-31`,
    ]);
    const early = checkBundleFile(
      'casualties.json',
      JSON.stringify([casualties[0], { ...casualties[1], asOf: '2019-01-01' }]),
    );
    expect(early.problems[0]).toMatch(/field "asOf": a date on or after 2020-09-27/);
  });

  it('refuses empty or impossible geometry, naming the feature', () => {
    const [a, b] = regions.features;
    const empty = { ...regions, features: [a, { ...b, geometry: { type: 'Polygon', coordinates: [] } }] };
    const checked = checkBundleFile('regions.geojson', JSON.stringify(empty));
    expect(checked.data.features).toHaveLength(1);
    expect(checked.problems[0]).toMatch(
      /^feature "az-lac" \(#2\), field "geometry.coordinates": a polygon has at least one ring/,
    );
    const far = {
      ...regions,
      features: [
        {
          ...a,
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [400, 39],
                [47, 39],
                [47, 40],
                [400, 39],
              ],
            ],
          },
        },
      ],
    };
    expect(() => checkBundleFile('regions.geojson', JSON.stringify(far))).toThrow(BundleError);
  });

  it('fails the file only when nothing can serve', () => {
    expect(problemsOf(() => checkBundleFile('events.json', JSON.stringify([{ id: 'x' }]))).file).toBe(
      'events.json',
    );
    expect(problemsOf(() => checkBundleFile('events.json', '{"not":"a list"}')).problems[0]).toMatch(
      /expected array/,
    );
  });

  it('the strict form (validator, build) fails on any problem', () => {
    expect(() => parseBundleFile('events.json', JSON.stringify([events[0], events[0]]))).toThrow(
      /used more than once/,
    );
  });
});

describe('records that point at nothing are set aside in the app', () => {
  const bundle = { sources, actors, places, regions, events, casualties };
  it('keeps the very same lists when every reference holds', () => {
    const kept = pruneBrokenReferences(bundle);
    expect(kept.events).toBe(events);
    expect(kept.places).toBe(places);
    expect(kept.casualties).toBe(casualties);
  });

  it('drops an event with an unknown actor, a figure with an unknown source, and an event at a place that went', () => {
    const placeGone = { ...places[0], regionId: 'atlantis' };
    const atThatPlace = events.find((e) => e.placeIds.includes(places[0].id))!;
    const kept = pruneBrokenReferences({
      ...bundle,
      places: [placeGone, ...places.slice(1)],
      events: events.map((e) => (e === events[1] ? { ...e, actorId: 'nobody' } : e)),
      casualties: casualties.map((c, i) => (i === 0 ? { ...c, sourceIds: ['src-nowhere'] } : c)),
    });
    expect(kept.places.map((p) => p.id)).not.toContain(places[0].id);
    expect(kept.events.map((e) => e.id)).not.toContain(events[1].id);
    expect(kept.events.map((e) => e.id)).not.toContain(atThatPlace.id);
    expect(kept.casualties).toHaveLength(casualties.length - 1);
  });
});
