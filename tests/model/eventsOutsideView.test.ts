import { describe, expect, it } from 'vitest';
import type { LocatedPlace, WarEvent } from '../../src/data/schemas';
import type { PlaceGroup } from '../../src/model/eventsByPlace';
import { boundsOfGroups, countEventsOutside } from '../../src/model/eventsOutsideView';

const place = (id: string, lat: number, lon: number) => ({ id, lat, lon }) as LocatedPlace;
const event = (id: string, placeIds: string[]) => ({ id, placeIds }) as WarEvent;
const [a, b, c] = [event('a', ['stepanakert']), event('b', ['stepanakert', 'ganja']), event('c', ['ganja'])];
const groups: PlaceGroup[] = [
  { place: place('stepanakert', 39.8, 46.75), events: [a, b], mainType: 'strike-on-settlement' },
  { place: place('ganja', 40.68, 46.36), events: [b, c], mainType: 'missile-strike' },
];
const studyArea = { south: 38.85, west: 45.75, north: 40.45, east: 47.25 };

describe('events outside the view', () => {
  it('counts events with no place in the view, once each', () => {
    expect(countEventsOutside(groups, studyArea)).toBe(1); // c only: b is also at Stepanakert
    expect(countEventsOutside(groups, { south: 40, west: 46, north: 41, east: 47 })).toBe(1); // a
    expect(countEventsOutside(groups, { south: 0, west: 0, north: 1, east: 1 })).toBe(3);
  });

  it('fits every marker', () => {
    expect(boundsOfGroups(groups)).toEqual({ south: 39.8, west: 46.36, north: 40.68, east: 46.75 });
    expect(boundsOfGroups([])).toBeUndefined();
  });
});
