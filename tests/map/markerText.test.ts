import { describe, expect, it } from 'vitest';
import type { LocatedPlace, WarEvent } from '../../src/data/schemas';
import { markerText } from '../../src/map/markerText';

const place = (en: string, az: string) =>
  ({ id: 'p', names: { en, az, hy: en, ru: en }, lat: 40, lon: 46 }) as LocatedPlace;
const event = (type: WarEvent['type']) => ({ id: type, type }) as WarEvent;

describe('what an event marker says', () => {
  it('gives both names, the count and the types, most frequent first', () => {
    const g = {
      place: place('Stepanakert / Khankendi', 'Xankəndi'),
      events: [event('drone-strike'), event('strike-on-settlement'), event('strike-on-settlement')],
      mainType: 'strike-on-settlement' as const,
    };
    expect(markerText(g)).toBe(
      'Stepanakert / Khankendi: 3 events in range (strike on a settlement 2, drone strike 1)',
    );
  });

  it('adds the Azerbaijani form where the English name has one form only', () => {
    const g = {
      place: place('Ganja', 'Gəncə'),
      events: [event('missile-strike')],
      mainType: 'missile-strike' as const,
    };
    expect(markerText(g)).toBe('Ganja (Gəncə): 1 event in range (missile strike 1)');
  });
});
