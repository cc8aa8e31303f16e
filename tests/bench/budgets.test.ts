import { describe, expect, it } from 'vitest';
import { BUDGET, brokenBudgets, missedAims, type Measured } from '../../scripts/bench/budgets';

const withinBudget: Measured = {
  bytes: { initialJsKb: 93, allJsKb: 314.5, dataKb: 284 },
  load: { lcpMs: 524 },
  interaction: {
    x1: { p95Ms: 26.1, keyP95Ms: 16 },
    x100: { p95Ms: 88.8, keyP95Ms: 16 },
    subjectSwitch: { p95Ms: 40 },
  },
  lighthouse: { performance: 99, accessibility: 100, bestPractices: 100 },
};

describe('the bench budgets', () => {
  it('pass a run within every budget, including one exactly at a limit', () => {
    expect(brokenBudgets(withinBudget)).toEqual([]);
    expect(
      brokenBudgets({ ...withinBudget, bytes: { ...withinBudget.bytes, allJsKb: BUDGET.allJsKb } }),
    ).toEqual([]);
    expect(
      brokenBudgets({ ...withinBudget, lighthouse: { ...withinBudget.lighthouse, performance: 90 } }),
    ).toEqual([]);
  });

  it('name each broken budget', () => {
    const broken = brokenBudgets({
      ...withinBudget,
      bytes: { ...withinBudget.bytes, allJsKb: 320.1 },
      interaction: { ...withinBudget.interaction, x1: { p95Ms: 51, keyP95Ms: 16 } },
      lighthouse: { ...withinBudget.lighthouse, performance: 89 },
    });
    expect(broken).toEqual([
      'all JS 320.1 KB > 320 KB',
      'step p95 51 ms > 50 ms',
      'Lighthouse performance 89 < 90',
    ]);
  });

  it('hold the casualty subject switch to 100 ms at the 95th percentile', () => {
    expect(
      brokenBudgets({
        ...withinBudget,
        interaction: { ...withinBudget.interaction, subjectSwitch: { p95Ms: 100 } },
      }),
    ).toEqual([]);
    expect(
      brokenBudgets({
        ...withinBudget,
        interaction: { ...withinBudget.interaction, subjectSwitch: { p95Ms: 100.1 } },
      }),
    ).toEqual(['subject switch p95 100.1 ms > 100 ms']);
    expect(
      brokenBudgets({
        ...withinBudget,
        interaction: { ...withinBudget.interaction, subjectSwitch: { p95Ms: NaN } },
      }),
    ).toEqual(['subject switch p95 NaN ms > 100 ms']);
  });

  it('fail a key press to paint over 24 ms (CI limit) and report one over 16 ms (aim)', () => {
    const at = (x1: number, x100: number): Measured => ({
      ...withinBudget,
      interaction: {
        ...withinBudget.interaction,
        x1: { p95Ms: 26.1, keyP95Ms: x1 },
        x100: { p95Ms: 88.8, keyP95Ms: x100 },
      },
    });
    expect(brokenBudgets(at(32, 40))).toEqual([
      'key press to paint p95 32 ms > 24 ms',
      'key press to paint p95 at 100× 40 ms > 24 ms',
    ]);
    expect(missedAims(at(32, 40))).toEqual([]);
    expect(brokenBudgets(at(24, 24))).toEqual([]);
    expect(missedAims(at(24, 16))).toEqual(['key press to paint p95 24 ms > 16 ms (aim)']);
    expect(missedAims(at(16, 24))).toEqual(['key press to paint p95 at 100× 24 ms > 16 ms (aim)']);
    expect(brokenBudgets(at(NaN, 16))).toEqual(['key press to paint p95 NaN ms > 24 ms']);
    expect(missedAims(withinBudget)).toEqual([]);
  });

  it('fail a figure that could not be measured', () => {
    expect(brokenBudgets({ ...withinBudget, load: { lcpMs: NaN } })).toEqual(['LCP NaN ms > 1000 ms']);
  });
});
