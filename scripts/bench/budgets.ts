/** Budgets from issue 9 (kilobytes gzip, milliseconds, Lighthouse scores), and the check. */
export const BUDGET = {
  initialJsKb: 150,
  allJsKb: 320,
  dataKb: 400,
  lcpMs: 1000,
  stepP95Ms: 50,
  step100xP95Ms: 200,
  /** The casualty view's "Compare" subject switch, pick to next frame (issue 17). */
  subjectSwitchP95Ms: 100,
  /**
   * A key press on "End date" to the next paint (Event Timing), p95, 1× and 100× events: the median
   * of three batches' (issue 19, point 7). The issue's aim is one frame, 16 ms, which `missedAims`
   * reports; CI fails above 24, the limit the issue allows for this machine's noise.
   */
  keyStepP95Ms: 24,
  keyStepAimMs: 16,
  lighthousePerformance: 90,
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
};

export type Budget = typeof BUDGET;

/** The figures the budgets apply to, as the bench's report holds them. */
export interface Measured {
  bytes: { initialJsKb: number; allJsKb: number; dataKb: number };
  load: { lcpMs: number };
  interaction: {
    x1: { p95Ms: number; keyP95Ms: number };
    x100: { p95Ms: number; keyP95Ms: number };
    subjectSwitch: { p95Ms: number };
  };
  lighthouse: { performance: number; accessibility: number; bestPractices: number };
}

/**
 * Each broken budget, in words; empty when all are met. A figure that could not be measured
 * (NaN) breaks its budget: a bench that measured nothing must not pass.
 */
export function brokenBudgets(r: Measured, budget: Budget = BUDGET): string[] {
  const over = (value: number, limit: number) => !(value <= limit);
  const under = (value: number, limit: number) => !(value >= limit);
  return [
    over(r.bytes.initialJsKb, budget.initialJsKb) &&
      `initial JS ${r.bytes.initialJsKb} KB > ${budget.initialJsKb} KB`,
    over(r.bytes.allJsKb, budget.allJsKb) && `all JS ${r.bytes.allJsKb} KB > ${budget.allJsKb} KB`,
    over(r.bytes.dataKb, budget.dataKb) && `data ${r.bytes.dataKb} KB > ${budget.dataKb} KB`,
    over(r.load.lcpMs, budget.lcpMs) && `LCP ${r.load.lcpMs} ms > ${budget.lcpMs} ms`,
    over(r.interaction.x1.p95Ms, budget.stepP95Ms) &&
      `step p95 ${r.interaction.x1.p95Ms} ms > ${budget.stepP95Ms} ms`,
    over(r.interaction.x100.p95Ms, budget.step100xP95Ms) &&
      `step p95 at 100× ${r.interaction.x100.p95Ms} ms > ${budget.step100xP95Ms} ms`,
    over(r.interaction.x1.keyP95Ms, budget.keyStepP95Ms) &&
      `key press to paint p95 ${r.interaction.x1.keyP95Ms} ms > ${budget.keyStepP95Ms} ms`,
    over(r.interaction.x100.keyP95Ms, budget.keyStepP95Ms) &&
      `key press to paint p95 at 100× ${r.interaction.x100.keyP95Ms} ms > ${budget.keyStepP95Ms} ms`,
    over(r.interaction.subjectSwitch.p95Ms, budget.subjectSwitchP95Ms) &&
      `subject switch p95 ${r.interaction.subjectSwitch.p95Ms} ms > ${budget.subjectSwitchP95Ms} ms`,
    under(r.lighthouse.performance, budget.lighthousePerformance) &&
      `Lighthouse performance ${r.lighthouse.performance} < ${budget.lighthousePerformance}`,
    under(r.lighthouse.accessibility, budget.lighthouseAccessibility) &&
      `Lighthouse accessibility ${r.lighthouse.accessibility} < ${budget.lighthouseAccessibility}`,
    under(r.lighthouse.bestPractices, budget.lighthouseBestPractices) &&
      `Lighthouse best practices ${r.lighthouse.bestPractices} < ${budget.lighthouseBestPractices}`,
  ].filter((x): x is string => typeof x === 'string');
}

/**
 * The key press to paint (issue 19) against the aim, one frame (16 ms): reported, not
 * failing the run. Within the CI limit (24 ms, a broken budget above it) this machine's two
 * cores still present one press in five or so a frame later (docs/bench.md). Each missed aim,
 * in words.
 */
export function missedAims(r: Measured, budget: Budget = BUDGET): string[] {
  const missed = (label: string, value: number) =>
    value > budget.keyStepAimMs &&
    value <= budget.keyStepP95Ms &&
    `${label} ${value} ms > ${budget.keyStepAimMs} ms (aim)`;
  return [
    missed('key press to paint p95', r.interaction.x1.keyP95Ms),
    missed('key press to paint p95 at 100×', r.interaction.x100.keyP95Ms),
  ].filter((x): x is string => typeof x === 'string');
}
