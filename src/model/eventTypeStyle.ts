/**
 * How each event type is named and drawn. Colour is never the only carrier of meaning: every
 * type also has a short label and a glyph used in the legend, the list and the popups.
 * Colours are from the Okabe–Ito and Tableau 10 palettes, chosen to stay distinct for the most
 * common colour-vision deficiencies. Every glyph is one the page's fonts have (DejaVu Sans on
 * Linux): ⛓, the Prisoners glyph before, drew an empty box.
 */
import type { EventStatus, EventType } from '../data/schemas';

export interface TypeStyle {
  label: string;
  colour: string;
  glyph: string;
}

export const eventTypeStyle: Record<EventType, TypeStyle> = {
  'ground-fighting': { label: 'Ground fighting', colour: '#d55e00', glyph: '✕' },
  'territorial-claim': { label: 'Territorial claim', colour: '#0072b2', glyph: '⚑' },
  'strike-on-settlement': { label: 'Strike on a settlement', colour: '#cc3311', glyph: '✸' },
  'missile-strike': { label: 'Missile strike', colour: '#882255', glyph: '▲' },
  'drone-strike': { label: 'Drone strike', colour: '#aa4499', glyph: '◆' },
  'air-defence': { label: 'Air defence', colour: '#44aa99', glyph: '◇' },
  ceasefire: { label: 'Ceasefire', colour: '#009e73', glyph: '◯' },
  diplomacy: { label: 'Diplomacy', colour: '#56b4e9', glyph: '✉' },
  'casualty-report': { label: 'Casualty report', colour: '#555555', glyph: '†' },
  humanitarian: { label: 'Humanitarian', colour: '#e69f00', glyph: '✚' },
  'cross-border': { label: 'Cross-border', colour: '#999933', glyph: '⇄' },
  political: { label: 'Political', colour: '#6a5acd', glyph: '■' },
  prisoners: { label: 'Prisoners', colour: '#8c564b', glyph: '▥' },
  handover: { label: 'Handover', colour: '#117733', glyph: '⇢' },
  allegation: { label: 'Allegation', colour: '#7f7f7f', glyph: '?' },
};

export const eventStatusLabel: Record<EventStatus, string> = {
  claimed: 'Claimed',
  denied: 'Denied by the other side',
  corroborated: 'Corroborated',
  verified: 'Verified',
};
