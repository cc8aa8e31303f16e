import { describe, expect, it } from 'vitest';
import { PANES, paneElement } from '../../src/ui/panes';

describe('the panes', () => {
  it('keep the accessible names the issues and journeys hold us to', () => {
    expect(Object.values(PANES).map((p) => p.label)).toEqual(['Map', 'Timeline', 'Casualties']);
  });

  it('have one distinct element id each, the URL hash that scrolls to them', () => {
    expect(Object.values(PANES).map((p) => p.id)).toEqual(['map', 'timeline', 'casualties']);
  });

  it('are found by their element id, whatever their label says', () => {
    document.body.innerHTML = '<section id="timeline" aria-label="Renamed"></section>';
    expect(paneElement(PANES.timeline)).toBe(document.body.firstElementChild);
    expect(paneElement(PANES.map)).toBeNull();
    document.body.innerHTML = '';
  });
});
