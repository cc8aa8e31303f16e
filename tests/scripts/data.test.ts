// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { parseDataArgs, planSteps, runData, type Runners, type Step } from '../../scripts/data';

describe('npm run data', () => {
  it('runs geo, manifest and validate in that order, merging first only when given fragments', () => {
    expect(planSteps({ folders: [] })).toEqual(['geo', 'manifest', 'validate']);
    expect(planSteps({ folders: ['research/a'] })).toEqual(['merge', 'geo', 'manifest', 'validate']);
  });

  it('reads fragment folders and the manifest date from its arguments', () => {
    expect(parseDataArgs(['a', '--built', '2026-12-07', 'b'])).toEqual({
      folders: ['a', 'b'],
      built: '2026-12-07',
    });
    expect(parseDataArgs([])).toEqual({ folders: [] });
  });

  it('calls each step in order with the arguments, and stops at the first that fails', () => {
    const calls: Step[] = [];
    const step =
      (name: Step, ok = true) =>
      () => (calls.push(name), { ok, lines: [`${name} done`] });
    const runners: Runners = {
      merge: step('merge'),
      geo: step('geo'),
      manifest: step('manifest', false),
      validate: step('validate'),
    };
    const result = runData(['frag', '--built', '2026-12-07'], runners);
    expect(calls).toEqual(['merge', 'geo', 'manifest']);
    expect(result).toEqual({
      ok: false,
      lines: ['== merge', 'merge done', '== geo', 'geo done', '== manifest', 'manifest done'],
    });
  });

  it('passes the date to the manifest step', () => {
    const manifest = vi.fn(() => ({ ok: true, lines: [] }));
    const ok = () => ({ ok: true, lines: [] });
    runData(['--built', '2026-12-07'], { merge: ok, geo: ok, manifest, validate: ok });
    expect(manifest).toHaveBeenCalledWith({ folders: [], built: '2026-12-07' });
  });

  it('runs nothing when its scripts are imported', async () => {
    const log = vi.spyOn(console, 'log');
    const modules = await Promise.all([
      import('../../scripts/geo/build'),
      import('../../scripts/build-manifest'),
      import('../../scripts/merge-research'),
      import('../../scripts/validate'),
    ]);
    expect(modules.every((m) => typeof m.main === 'function')).toBe(true);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });
});
