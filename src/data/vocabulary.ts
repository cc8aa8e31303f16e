/**
 * The bundle's controlled vocabularies. Kept apart from the zod schemas so that views can list
 * the options without loading the validator, which arrives only with the data.
 */
export const sourceKinds = ['official', 'media', 'ngo', 'research', 'encyclopedia', 'dataset'] as const;

export const sides = ['azerbaijan', 'armenia', 'nagorno-karabakh', 'third-party'] as const;

export const placeKinds = ['city', 'town', 'village', 'settlement', 'height', 'other'] as const;

export const coordPrecisions = ['exact', 'approximate'] as const;

export const regionGroups = ['nagorno-karabakh', 'adjacent-district', 'context'] as const;

export const regionKinds = [
  'country',
  'district',
  'city',
  'province',
  'oblast-outline',
  'ceasefire-line',
  'river',
  'lake',
] as const;

export const eventTypes = [
  'ground-fighting',
  'territorial-claim',
  'strike-on-settlement',
  'missile-strike',
  'drone-strike',
  'air-defence',
  'ceasefire',
  'diplomacy',
  'casualty-report',
  'humanitarian',
  'cross-border',
  'political',
  'prisoners',
  'handover',
  'allegation',
] as const;

export const eventStatuses = ['claimed', 'denied', 'corroborated', 'verified'] as const;

export const geoPrecisions = ['exact', 'near', 'district', 'none'] as const;

export const subjectSides = ['azerbaijan', 'armenia', 'nagorno-karabakh', 'both'] as const;

/** `military-and-civilian`: a tally that counts both groups together and cannot be split (AP's). */
export const subjectGroups = ['military', 'civilian', 'foreign-fighters', 'military-and-civilian'] as const;

/**
 * Each measure counts one thing, so a series never mixes two:
 * - `killed-or-wounded`: one figure for the killed and the wounded together; never charted as dead;
 * - `buried-named`: a published list of named dead or buried so far; a list, not a death toll;
 * - `bodies-recovered`, `bodies-identified`, `bodies-unidentified`: post-war search figures, as a
 *   ministry or an agency gave them.
 */
export const measures = [
  'killed',
  'missing',
  'wounded',
  'captured',
  'killed-or-wounded',
  'buried-named',
  'bodies-recovered',
  'bodies-identified',
  'bodies-unidentified',
  'equipment-destroyed',
] as const;

/**
 * What kind of voice an actor is, beside its side: a party's `official` bodies, its `opposition`,
 * `media`, `civil-society` (NGOs, lawyers, churches), `international` organisations, `research`
 * institutes, or `other`. The casualty view tells own counts, the other side's claims and third
 * parties apart by side and role together.
 */
export const actorRoles = [
  'official',
  'opposition',
  'media',
  'civil-society',
  'international',
  'research',
  'other',
] as const;

export const equipmentKinds = [
  'tanks',
  'armoured-vehicles',
  'artillery',
  'rocket-launchers',
  'air-defence',
  'drones',
  'aircraft',
  'helicopters',
  'vehicles',
  'other',
] as const;

export const qualifiers = ['exact', 'at-least', 'about'] as const;
