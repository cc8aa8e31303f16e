/**
 * CITATION.cff (Citation File Format 1.2.0) for the repository root, from manifest.json, so the
 * version and date GitHub and Zenodo show are the dataset's. `npm run data:citation` writes it;
 * a test fails when the file and the manifest disagree.
 */
import type { Manifest } from '../../src/data/schemas';
import { SHARE_DESCRIPTION } from './shareMeta';

const q = (s: string) => JSON.stringify(s);

export function citationCff(m: Manifest): string {
  return [
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite it as below, with the data version and the date you accessed it."',
    'type: dataset',
    `title: ${q(m.name)}`,
    `version: ${q(m.version)}`,
    `date-released: ${q(m.built)}`,
    'license: CC-BY-4.0',
    'authors:',
    '  - name: "Karabakh 2020 project"',
    `abstract: ${q(SHARE_DESCRIPTION)}`,
    'keywords:',
    ...[
      'Nagorno-Karabakh',
      '2020',
      'armed conflict',
      'casualties',
      'events',
      'open data',
      'Frictionless data package',
    ].map((k) => `  - ${q(k)}`),
    '',
  ].join('\n');
}
