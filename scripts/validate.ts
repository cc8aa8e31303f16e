/**
 * `npm run validate`: checks every bundle file against its schema (the same schemas the app
 * uses) and every cross-reference. Exits non-zero naming the file, record and field.
 */
import { checkReferences } from '../src/data/checkReferences';
import { readBundle } from './readBundle';

const { bundle, errors } = readBundle();
for (const err of errors) {
  console.error(`✗ ${err.file}`);
  for (const p of err.problems) console.error(`    ${p}`);
}
if (!bundle) process.exit(1);

const problems = checkReferences(bundle);
for (const p of problems.slice(0, 20)) console.error(`✗ ${p}`);
if (problems.length > 20) console.error(`  …and ${problems.length - 20} more`);
if (problems.length) process.exit(1);

console.log(
  `✓ bundle valid: ${bundle.sources.length} sources, ${bundle.actors.length} actors, ` +
    `${bundle.places.length} places, ${bundle.regions.features.length} regions, ` +
    `${bundle.events.length} events, ${bundle.casualties.length} casualty figures`,
);
