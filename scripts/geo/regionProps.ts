/**
 * What each region of regions.geojson is: its names, group, kind and a sentence on what the
 * shape is. The group and kind vocabularies are the bundle's own (src/data/vocabulary.ts).
 */
import type { regionGroups, regionKinds } from '../../src/data/vocabulary';
import type { Names } from '../../src/data/schemas';
import { REGION_NAMES } from './lib/names';

export type Group = (typeof regionGroups)[number];
export type Kind = (typeof regionKinds)[number];
export interface RegionProps {
  id: string;
  names: Names;
  group: Group;
  kind: Kind;
  description?: string;
  geometrySource: string;
}

const ADJACENT: Record<string, string> = {
  'az-kal': 'Azerbaijani district (rayon) west of the former oblast, on the border with Armenia; Armenian name Karvachar.',
  'az-lac':
    'Azerbaijani district (rayon) between the former oblast and Armenia’s Syunik province, crossed by the Goris–Stepanakert road; administered by the Armenian side as part of its Kashatagh province (town: Berdzor).',
  'az-qbi': 'Azerbaijani district (rayon) south-west of the former oblast, on the border with Armenia; also spelled Kubatly or Kubatlu; the Armenian side called the town Sanasar and administered the district as part of its Kashatagh province.',
  'az-zan': 'Azerbaijani district (rayon) in the south-west, on the Aras and the border with Armenia; the Armenian side called the town Kovsakan and administered the district as part of its Kashatagh province.',
  'az-cab': 'Azerbaijani district (rayon) south of the former oblast, on the Aras; Armenian name of its town Jrakan.',
  'az-fuz': 'Azerbaijani district (rayon) south-east of the former oblast; Armenian name of its town Varanda. The 1994 ceasefire line crossed the district.',
  'az-agm': 'Azerbaijani district (rayon) east of the former oblast; Armenian name of its town Akna. The 1994 ceasefire line crossed the district.',
};
const NAGORNO_KARABAKH: Record<string, string> = {
  'az-xci': 'Azerbaijani district created in 1991 over the former oblast’s Askeran district; Armenian name Askeran.',
  'az-xvd': 'Azerbaijani district created in 1991 over the former oblast’s Martuni and Hadrut districts; Armenian names Martuni and Hadrut.',
  'az-sus': 'Azerbaijani district over the former oblast’s Shusha district; Armenian name Shushi. The source’s separate Shusha city unit is merged in.',
  'az-xa': 'City of Khankendi, Armenian name Stepanakert, the former oblast’s capital; a city-level unit of Azerbaijan.',
};
const CONTEXT_DESCRIPTIONS: Record<string, string> = {
  'az-tar':
    'Azerbaijani district (rayon). After Azerbaijan abolished the former oblast’s Mardakert district (Armenian name Martakert, Azerbaijani Aghdara), much of the Martakert/Aghdara area, incl. Madagiz/Sugovushan and Talish, became part of Tartar district; the rest went to neighbouring districts.',
  'az-bar': 'Azerbaijani district (rayon) near the pre-war line of contact.',
  'az-gor': 'Azerbaijani district (rayon) near the pre-war line of contact, north of the former oblast.',
  'az-agc': 'Azerbaijani district (rayon) near the pre-war line of contact.',
  'az-bey': 'Azerbaijani district (rayon) near the pre-war line of contact.',
  'az-nx': 'Nakhchivan Autonomous Republic (Azerbaijani exclave); its eight districts are merged into one shape.',
  ru: 'Context only; the outline is very coarse away from the Caucasus.',
  us: 'Context only (for places such as Washington); very coarse outline.',
  ch: 'Context only (for Geneva); coarse outline.',
};
const CITY_UNITS = new Set(['az-ba', 'az-ga', 'az-mi', 'az-na', 'az-la', 'az-sr', 'az-sa', 'az-ye', 'az-sm', 'az-xa', 'am-er']);

export function regionProps(id: string, geometrySource: string): RegionProps {
  const names = REGION_NAMES[id];
  if (!names) throw new Error(`no names for region ${id}`);
  if (ADJACENT[id]) return { id, names, group: 'adjacent-district', kind: 'district', description: ADJACENT[id], geometrySource };
  if (NAGORNO_KARABAKH[id]) {
    const kind: Kind = CITY_UNITS.has(id) ? 'city' : 'district';
    return { id, names, group: 'nagorno-karabakh', kind, description: NAGORNO_KARABAKH[id], geometrySource };
  }
  const kind: Kind =
    id.length === 2 ? 'country' : CITY_UNITS.has(id) ? 'city' : id.startsWith('am-') || id === 'az-nx' ? 'province' : 'district';
  const description = CONTEXT_DESCRIPTIONS[id];
  return { id, names, group: 'context', kind, ...(description ? { description } : {}), geometrySource };
}
