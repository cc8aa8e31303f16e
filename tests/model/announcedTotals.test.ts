import { describe, expect, it } from 'vitest';
import type { WarEvent } from '../../src/data/schemas';
import { announcedTotals } from '../../src/model/announcedTotals';

const event = (id: string, date: string): WarEvent =>
  ({
    id,
    date,
    type: 'political',
    actorId: 'az-president',
    summary: 's',
    placeIds: [],
    geoPrecision: 'none',
    status: 'claimed',
    sourceIds: ['x'],
  }) as WarEvent;

describe('announced totals of places taken', () => {
  it('resolves each total to its event, oldest first', () => {
    const totals = announcedTotals([
      event('ev-20201218-aliyev-300-settlements', '2020-12-18'),
      event('ev-20201108-aliyev-200-settlements', '2020-11-08'),
    ]);
    expect(totals.map((t) => [t.event.date, t.moreThan])).toEqual([
      ['2020-11-08', 200],
      ['2020-12-18', 300],
    ]);
  });

  it('leaves out a total whose event the bundle lacks', () => {
    expect(
      announcedTotals([event('ev-20201108-aliyev-200-settlements', '2020-11-08')]).map((t) => t.moreThan),
    ).toEqual([200]);
    expect(announcedTotals([])).toEqual([]);
  });
});
