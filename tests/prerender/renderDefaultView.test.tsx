// @vitest-environment node
// The build renders the default view in Node: nothing on that path may need a browser.
import { describe, expect, it } from 'vitest';
import { renderDefaultView } from '../../src/prerender/renderDefaultView';
import { actors, casualties, events, places, regions, sources } from '../fixtures/bundle';

describe('prerendering the default view', () => {
  it('renders every pane with the data, and the map and charts as reserved frames', async () => {
    const html = await renderDefaultView({
      'sources.json': sources,
      'actors.json': actors,
      'places.json': places,
      'regions.geojson': regions,
      'events.json': events,
      'casualties.json': casualties,
    });
    expect(html).toContain('aria-label="Map"');
    expect(html).toContain('class="pane pane--timeline"');
    expect(html).toContain('class="pane pane--casualties"');
    expect(html).toContain(events[0].summary.replaceAll("'", '&#x27;'));
    // The map is its static picture (StaticMap): the built image of the shapes, and the marks.
    expect(html).toContain('<img class="static-map__shapes" src="/static-map.svg" alt=""/>');
    expect(html).toContain('class="static-map__event"');
    expect(html).not.toContain('leaflet');
    expect(html).not.toContain('recharts');
    // A suspended part would come out as a fallback plus an inline script, which the CSP refuses.
    expect(html).not.toMatch(/<script|<template|aria-busy="true"/);
  });
});
