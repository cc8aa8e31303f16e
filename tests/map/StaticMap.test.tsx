import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StaticMap } from '../../src/map/StaticMap';
import { groupEventsByPlace } from '../../src/model/eventsByPlace';
import { buildLookups } from '../../src/model/lookups';
import { selectClaimsBy } from '../../src/model/territorialClaims';
import { splitClaimsForMap } from '../../src/model/claimsByDay';
import { STUDY_AREA_BOUNDS } from '../../src/map/studyArea';
import type { LocatedPlace, Place } from '../../src/data/schemas';
import { actors, events, places, sources } from '../fixtures/bundle';

const lookups = buildLookups(sources, actors, places);

function draw(extraPlaces: Place[] = []) {
  const placesById = new Map([...lookups.placesById, ...extraPlaces.map((p) => [p.id, p] as const)]);
  const groups = groupEventsByPlace(events, placesById);
  const claims = selectClaimsBy(events, '2020-11-10');
  const { drawn } = splitClaimsForMap(claims, placesById, '2020-09-27', '2020-11-10');
  const { container } = render(<StaticMap placesById={placesById} claims={drawn} groups={groups} />);
  return { container, groups, claims };
}

describe('the static picture of the map', () => {
  it('shows the shapes as the built image, with no text for screen readers to trip on', () => {
    const { container } = draw();
    const img = container.querySelector('img.static-map__shapes');
    expect(img).toHaveAttribute('src', '/static-map.svg');
    expect(img).toHaveAttribute('alt', '');
    expect(container.querySelector('.static-map__marks')).toHaveAttribute('aria-hidden', 'true');
  });

  it('has one marker per place with events, sized and coloured as Leaflet draws them, and one ring per claim', () => {
    const { container, groups, claims } = draw();
    const markers = container.querySelectorAll<HTMLElement>('.static-map__event');
    expect(markers).toHaveLength(groups.length);
    const n = groups[0].events.length;
    expect(markers[0].style.width).toBe(`${Math.round(20 * (4 + 2.2 * Math.sqrt(n))) / 10 + 1}px`);
    expect(markers[0].style.backgroundColor).toMatch(/^rgba\(\d+, \d+, \d+, 0\.85\)$/);
    // Claims on places without coordinates are listed, not drawn.
    const located = [...claims.keys()].filter((id) => lookups.placesById.get(id)?.lat !== undefined);
    expect(located.length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.static-map__claim')).toHaveLength(located.length);
  });

  it('places a mark in percent of the study area: its corners are 0 % and 100 %', () => {
    const [[south, west], [north, east]] = STUDY_AREA_BOUNDS;
    const corner = (id: string, lat: number, lon: number) => ({ ...places[0], id, lat, lon }) as LocatedPlace;
    const { container } = render(
      <StaticMap
        placesById={lookups.placesById}
        claims={[]}
        groups={[
          { place: corner('nw', north, west), events: [events[0]], mainType: events[0].type },
          { place: corner('se', south, east), events: [events[0]], mainType: events[0].type },
        ]}
      />,
    );
    const [nw, se] = container.querySelectorAll<HTMLElement>('.static-map__event');
    expect([nw.style.left, nw.style.top]).toEqual(['0%', '0%']);
    expect([se.style.left, se.style.top]).toEqual(['100%', '100%']);
  });

  it('labels the main towns with both toponyms', () => {
    const labelled: Place = {
      ...places[0],
      id: 'khankendi',
      names: { ...places[0].names, en: 'Stepanakert / Khankendi' },
    };
    const { container } = draw([labelled]);
    expect(container.querySelector('.static-map__town')).toHaveTextContent('Stepanakert / Khankendi');
  });
});
