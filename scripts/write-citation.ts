/** Writes CITATION.cff at the repository root from public/data/manifest.json (npm run data:citation). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundleFile } from './readBundle';
import { citationCff } from './share/citationCff';

const path = join(import.meta.dirname, '..', 'CITATION.cff');
writeFileSync(path, citationCff(readBundleFile('manifest.json')));
console.log(`wrote ${path}`);
