// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildManifest,
  chooseBuiltDate,
  countRecords,
  descriptions,
  manifestFileText,
} from '../../scripts/build-manifest';

const shipped = readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8');

describe('the manifest step', () => {
  it('takes its date from --built, then BUNDLE_DATE, then the manifest it replaces; never from the clock', () => {
    expect(chooseBuiltDate(['--built', '2026-12-07'], { BUNDLE_DATE: '2026-12-01' }, '2026-11-25')).toBe(
      '2026-12-07',
    );
    expect(chooseBuiltDate([], { BUNDLE_DATE: '2026-12-01' }, '2026-11-25')).toBe('2026-12-01');
    expect(chooseBuiltDate([], {}, '2026-11-25')).toBe('2026-11-25');
    expect(() => chooseBuiltDate([], {})).toThrow(/pass --built YYYY-MM-DD/);
    expect(() => chooseBuiltDate(['--built', '2026-02-30'], {})).toThrow(/not a YYYY-MM-DD calendar date/);
  });

  it('counts an array’s records and a FeatureCollection’s features', () => {
    expect(countRecords([1, 2, 3])).toBe(3);
    expect(countRecords({ type: 'FeatureCollection', features: [{}, {}] })).toBe(2);
  });

  it('rebuilds the shipped manifest byte for byte from its counts and date', () => {
    const current = JSON.parse(shipped) as {
      version: string;
      built: string;
      files: { name: string; records: number }[];
    };
    const counts = Object.fromEntries(current.files.map((f) => [f.name, f.records]));
    expect(Object.keys(counts)).toEqual(Object.keys(descriptions));
    expect(manifestFileText(buildManifest(current.version, current.built, counts))).toBe(shipped);
  });
});
