// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The walls of src/ (scripts/lint/boundaries.js) hold: imports planted in files that do not exist
 * are linted with the project's own config, as `npm run lint` would lint them.
 */
const eslint = new ESLint({ overrideConfigFile: 'eslint.config.js' });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('fails a view that imports another view', async () => {
    const errors = await importErrors(
      'src/map/Planted.tsx',
      "export { TimelineView } from '../timeline/TimelineView';\n",
    );
    expect(errors).toEqual([expect.stringContaining('Views never import each other')]);
  });

  it('fails a view that imports the frame', async () => {
    const errors = await importErrors(
      'src/casualties/Planted.tsx',
      "export { TimelinePane } from '../app/lazyViews';\n",
    );
    expect(errors).toEqual([expect.stringContaining('src/app is the frame')]);
  });

  it('fails the model when it imports a view', async () => {
    const errors = await importErrors('src/model/planted.ts', "export { MapView } from '../map/MapView';\n");
    expect(errors).toEqual([expect.stringContaining('src/model never imports views')]);
  });

  it('fails the shelf when it imports a view', async () => {
    const errors = await importErrors(
      'src/ui/Planted.tsx',
      "export { CasualtyView } from '../casualties/CasualtyView';\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('passes a view that imports the shelf, the citation tools and the floors below', async () => {
    const code = [
      "export { Disclosure } from '../ui/Disclosure';",
      "export { CiteButton } from '../cite/CiteButton';",
      "export { useViewState } from '../state/useViewState';",
      "export { buildLookups } from '../model/lookups';",
      '',
    ].join('\n');
    expect(await importErrors('src/timeline/Planted.tsx', code)).toEqual([]);
  });
});
