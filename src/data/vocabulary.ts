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

export const subjectGroups = ['military', 'civilian', 'foreign-fighters'] as const;

export const measures = ['killed', 'missing', 'wounded', 'captured', 'equipment-destroyed'] as const;

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
