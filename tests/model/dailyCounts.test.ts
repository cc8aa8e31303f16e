import { describe, expect, it } from 'vitest';
import { dailyCounts } from '../../src/model/dailyCounts';
import { buildEventRows, type EventRows } from '../../src/model/eventRows';
import { events } from '../fixtures/bundle';

describe('daily counts', () => {
  it('has a row for each of the 45 days, zero where nothing happened', () => {
    const rows = dailyCounts(events);
    expect(rows).toHaveLength(45);
    expect(rows[0]).toEqual({ date: '2020-09-27', total: 1, byType: { 'ground-fighting': 1 } });
    expect(rows[1].total).toBe(0);
    expect(rows.find((r) => r.date === '2020-10-09')?.total).toBe(2);
  });

  it('ignores events outside the war (the December handover)', () => {
    expect(dailyCounts(events).reduce((n, r) => n + r.total, 0)).toBe(events.length - 1);
  });
});

const listed = (rows: EventRows) => Array.from({ length: rows.length }, (_, i) => rows.at(i));

describe('event list rows', () => {
  it('puts a day heading before each day’s events, in either order', () => {
    const asc = listed(buildEventRows(events.slice(0, 3), 'asc'));
    expect(asc.map((r) => (r.kind === 'day' ? r.date : r.event.id))).toEqual([
      '2020-09-27',
      'ev-1',
      '2020-10-04',
      'tc-20201004-jabrayil',
      '2020-10-09',
      'ev-2',
    ]);
    const desc = listed(buildEventRows(events.slice(0, 3), 'desc'));
    expect(desc[0]).toEqual({ kind: 'day', date: '2020-10-09', count: 1 });
  });
});
