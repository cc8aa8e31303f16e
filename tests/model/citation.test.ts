import { describe, expect, it } from 'vitest';
import { eventLink } from '../../src/cite/links';
import {
  bibEscape,
  citationBibtex,
  citationCsl,
  citationText,
  localToday,
  type CitationInput,
} from '../../src/model/citation';
import { sources } from '../fixtures/bundle';

const input: CitationInput = {
  title: 'Summary of ev-2',
  id: 'ev-2',
  kind: 'event',
  version: '1.0.0',
  updated: '2026-11-25',
  url: 'https://example.org/k2020/?event=ev-2',
  accessed: '2026-12-07',
  sources,
};

describe('event links', () => {
  it('open an event without a place by its id alone', () => {
    expect(eventLink('https://example.org/k2020/', { id: 'ev-2', placeIds: [] })).toBe(
      'https://example.org/k2020/?event=ev-2',
    );
  });
  it('also select the first place of a located event, in the order the app writes', () => {
    expect(eventLink('/', { id: 'ev-1', placeIds: ['jabrayil', 'lachin'] })).toBe(
      '/?place=jabrayil&event=ev-1',
    );
  });
});

describe('the day of access', () => {
  it('is the reader’s local calendar day, not the UTC one', () => {
    // 23:30 local on 6 Dec is still 6 Dec for the reader, in any time zone the tests run in.
    expect(localToday(new Date(2026, 11, 6, 23, 30))).toBe('2026-12-06');
    expect(localToday(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
  });
});

describe('APA-like text', () => {
  it('names the dashboard, version, event id, URL, day of access and the original sources', () => {
    const t = citationText(input);
    expect(t).toContain('Karabakh 2020 project. (2026). Event ev-2: Summary of ev-2');
    expect(t).toContain('[Data set, version 1.0.0, updated 2026-11-25]');
    expect(t).toContain('In Karabakh 2020: the 44-day war, day by day.');
    expect(t).toContain('Retrieved 2026-12-07, from https://example.org/k2020/?event=ev-2');
    expect(t).toContain(
      'Original sources: Fixture Agency (2020-10-04). A report. https://example.org/a; Other Wire (2021-01-19). B report. https://example.net/b',
    );
  });
  it('leaves out the sources line when there are none (a chart)', () => {
    expect(citationText({ ...input, kind: 'chart', id: 'daily', sources: [] })).not.toContain(
      'Original sources',
    );
  });
});

describe('BibTeX', () => {
  it('is one @misc entry with an escaped title, the URL and the day of access', () => {
    const b = citationBibtex({ ...input, title: '50% of 100 & more_things {x}' });
    expect(b.startsWith('@misc{karabakh2020-ev-2-v1-0-0,\n')).toBe(true);
    expect(b).toContain('title = {Event ev-2: 50\\% of 100 \\& more\\_things \\{x\\}}');
    expect(b).toContain('url = {https://example.org/k2020/?event=ev-2}');
    expect(b).toContain('urldate = {2026-12-07}');
    expect(b).toContain('version = {1.0.0}');
    expect(b).toContain('original sources: Fixture Agency (2020-10-04)');
    expect(b.trim().endsWith('}')).toBe(true);
  });
  it('escapes every special character', () => {
    expect(bibEscape('a\\b^c~d$e#f')).toBe('a\\textbackslash{}b\\^{}c\\~{}d\\$e\\#f');
  });
});

describe('CSL-JSON', () => {
  it('gives the dataset item first, then each original source as an item', () => {
    const items = citationCsl(input);
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
    expect(items[0]).toMatchObject({
      id: 'karabakh2020-ev-2',
      type: 'dataset',
      title: 'Event ev-2: Summary of ev-2',
      version: '1.0.0',
      URL: input.url,
      issued: { 'date-parts': [[2026, 11, 25]] },
      accessed: { 'date-parts': [[2026, 12, 7]] },
    });
    expect(items.slice(1).map((i) => [i.id, i.type, i.URL, i.issued['date-parts'][0]])).toEqual([
      ['src-a', 'article-newspaper', 'https://example.org/a', [2020, 10, 4]],
      ['src-b', 'article-newspaper', 'https://example.net/b', [2021, 1, 19]],
    ]);
  });
});
