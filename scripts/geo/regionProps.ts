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
  'az-kal':
    'Azerbaijani district (rayon) west of the former oblast, on the border with Armenia. Names: Azerbaijan calls the district and its town Kalbajar (Kəlbəcər); the Nagorno-Karabakh authorities called the town Karvachar and ran most of the district as their Shahumyan province.',
  'az-lac':
    'Azerbaijani district (rayon) between the former oblast and Armenia’s Syunik province, crossed by the Goris–Stepanakert road. Names: Azerbaijan calls the district and its town Lachin (Laçın); the Nagorno-Karabakh authorities called the town Berdzor and made it the centre of their Kashatagh province. Boundaries on this map are approximate (Natural Earth, 1:10 million): the town of Berdzor / Lachin is drawn about 1.9 km inside Shusha’s shape.',
  'az-qbi':
    'Azerbaijani district (rayon) south-west of the former oblast, on the border with Armenia. Names: Azerbaijan calls the district and its town Qubadli (Qubadlı); Armenian sources write Kubatlu; the Nagorno-Karabakh authorities called the town Sanasar and ran the district as part of their Kashatagh province.',
  'az-zan':
    'Azerbaijani district (rayon) in the south-west, on the Aras and the border with Armenia. Names: Azerbaijan calls the district and its town Zangilan (Zəngilan); the Nagorno-Karabakh authorities called the town Kovsakan and ran the district as part of their Kashatagh province.',
  'az-cab':
    'Azerbaijani district (rayon) south of the former oblast, on the Aras. Names: Azerbaijan calls the district and its town Jabrayil (Cəbrayıl); the Nagorno-Karabakh authorities called the town Jrakan and ran the district as part of their Hadrut province. Boundaries on this map are approximate (Natural Earth, 1:10 million): the town of Jrakan / Jabrayil is drawn about 0.4 km inside Khojavend’s shape.',
  'az-fuz':
    'Azerbaijani district (rayon) south-east of the former oblast; the 1994 ceasefire line crossed it. Names: Azerbaijan calls the district and its town Fuzuli (Füzuli); the Nagorno-Karabakh authorities, who held the part west of the line until 2020, called the town Varanda and ran that part from their neighbouring provinces.',
  'az-agm':
    'Azerbaijani district (rayon) east of the former oblast; the 1994 ceasefire line crossed it. Names: Azerbaijan calls the district and its town Agdam (Ağdam); the Nagorno-Karabakh authorities, who held the part west of the line until 2020, called the town Akna and ran that part from their neighbouring provinces.',
};
const NAGORNO_KARABAKH: Record<string, string> = {
  'az-xci':
    'Names: Azerbaijan created Khojaly (Xocalı) district in 1991 over the former oblast’s Askeran district; the Nagorno-Karabakh authorities kept it as their Askeran province.',
  'az-xvd':
    'Names: Azerbaijan created Khojavend (Xocavənd) district in 1991 from the former oblast’s Martuni and Hadrut districts; the Nagorno-Karabakh authorities kept them as two provinces, Martuni and Hadrut. Boundaries on this map are approximate (Natural Earth, 1:10 million): the town of Jrakan / Jabrayil, in Jabrayil district, is drawn about 0.4 km inside this shape.',
  'az-sus':
    'The former oblast’s Shusha district, with the town itself. Names: Azerbaijan calls the district and town Shusha (Şuşa); the Nagorno-Karabakh authorities called them Shushi, their Shushi province. Boundaries on this map are approximate (Natural Earth, 1:10 million): the town of Berdzor / Lachin, in Lachin district, is drawn about 1.9 km inside this shape.',
  'az-xa':
    'The city of the former oblast’s capital. Names: Azerbaijan calls it Khankendi (Xankəndi), a city-level unit; the Nagorno-Karabakh authorities called it Stepanakert, their capital.',
};
const CONTEXT_DESCRIPTIONS: Record<string, string> = {
  'az-tar':
    'Azerbaijani district (rayon). After Azerbaijan abolished the former oblast’s Mardakert district (Armenian name Martakert, Azerbaijani Aghdara), much of the Martakert/Aghdara area, incl. Madagiz/Sugovushan and Talish, became part of Tartar district; the rest went to neighbouring districts.',
  'az-bar': 'Azerbaijani district (rayon) near the pre-war line of contact.',
  'az-gor': 'Azerbaijani district (rayon) near the pre-war line of contact, north of the former oblast.',
  'az-agc': 'Azerbaijani district (rayon) near the pre-war line of contact.',
  'az-bey': 'Azerbaijani district (rayon) near the pre-war line of contact.',
  'az-nx':
    'Nakhchivan Autonomous Republic (Azerbaijani exclave); its eight districts are merged into one shape.',
  ru: 'Context only; the outline is very coarse away from the Caucasus.',
  us: 'Context only (for places such as Washington); very coarse outline.',
  ch: 'Context only (for Geneva); coarse outline.',
};
const CITY_UNITS = new Set([
  'az-ba',
  'az-ga',
  'az-mi',
  'az-na',
  'az-la',
  'az-sr',
  'az-sa',
  'az-ye',
  'az-sm',
  'az-xa',
  'am-er',
]);

export function regionProps(id: string, geometrySource: string): RegionProps {
  const names = REGION_NAMES[id];
  if (!names) throw new Error(`no names for region ${id}`);
  if (ADJACENT[id])
    return {
      id,
      names,
      group: 'adjacent-district',
      kind: 'district',
      description: ADJACENT[id],
      geometrySource,
    };
  if (NAGORNO_KARABAKH[id]) {
    const kind: Kind = CITY_UNITS.has(id) ? 'city' : 'district';
    return { id, names, group: 'nagorno-karabakh', kind, description: NAGORNO_KARABAKH[id], geometrySource };
  }
  const kind: Kind =
    id.length === 2
      ? 'country'
      : CITY_UNITS.has(id)
        ? 'city'
        : id.startsWith('am-') || id === 'az-nx'
          ? 'province'
          : 'district';
  const description = CONTEXT_DESCRIPTIONS[id];
  return { id, names, group: 'context', kind, ...(description ? { description } : {}), geometrySource };
}
