// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeFragments, remapIds, type Records } from '../../scripts/merge-research';

const src = (id: string, url: string) => ({ id, url, date: '2020-10-01' });
const bundle = (): Records => ({
  'sources.json': [src('a-1', 'https://a.example/1')],
  'actors.json': [{ id: 'az-mod', side: 'azerbaijan' }],
  'events.json': [{ id: 'ev-2', date: '2020-10-02', sourceIds: ['a-1'] }],
  'casualties.json': [],
});

describe('merging research fragments', () => {
  it('keeps one source per URL and rewrites the fragment’s id for it everywhere in the fragment', () => {
    const { bundle: out, report } = mergeFragments(bundle(), [
      {
        name: 'frag',
        records: {
          'sources.json': [src('a-dup', 'https://a.example/1'), src('a-1', 'https://a.example/other')],
          'events.json': [
            { id: 'ev-1', date: '2020-10-01', sourceIds: ['a-dup', 'a-1'], verifiedBy: ['a-dup'] },
          ],
        },
      },
    ]);
    expect(out['sources.json'].map((s) => s.id)).toEqual(['a-1', 'a-1-2']);
    // Sorted by date as written; both fragment ids rewritten.
    expect(out['events.json'].map((e) => e.id)).toEqual(['ev-1', 'ev-2']);
    expect(out['events.json'][0]).toMatchObject({ sourceIds: ['a-1', 'a-1-2'], verifiedBy: ['a-1'] });
    expect(report[0]).toBe('frag: sources +1 (2 ids rewritten to existing or free ids)');
  });

  it('reports records whose id is taken and keeps the bundle’s; a repeated merge changes nothing', () => {
    const fragment = {
      name: 'f',
      records: { 'events.json': [{ id: 'ev-2', date: '2020-10-09', sourceIds: [] }] },
    };
    const { bundle: out, report } = mergeFragments(bundle(), [fragment]);
    expect(out['events.json']).toEqual(bundle()['events.json']);
    expect(report).toContain('  events.json: +0, skipped 1 existing ids: ev-2');
    expect(mergeFragments(out, [fragment]).bundle).toEqual(out);
  });

  it('does not change the bundle it is given', () => {
    const before = bundle();
    mergeFragments(before, [{ name: 'f', records: { 'sources.json': [src('b-1', 'https://b.example/1')] } }]);
    expect(before).toEqual(bundle());
  });

  it('rewrites source ids only in sourceIds and verifiedBy', () => {
    const map = new Map([['x', 'y']]);
    expect(remapIds({ id: 'x', sourceIds: ['x'], nested: [{ verifiedBy: ['x', 'z'] }] }, map)).toEqual({
      id: 'x',
      sourceIds: ['y'],
      nested: [{ verifiedBy: ['y', 'z'] }],
    });
  });
});
