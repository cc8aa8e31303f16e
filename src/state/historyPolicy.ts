/**
 * When a change of the view adds a browser history entry, as a pure function of what happened
 * before. The rules (issue 19):
 * - A committed change adds one entry. A continuous change (a slider dragged or its key held, the
 *   brush dragged, Play) is a run of `step` writes: the first adds the entry, the rest replace
 *   it, until the change is committed (released, paused). So Back returns to the view before it,
 *   and a first visit's first change never makes Back leave the dashboard.
 * - A discrete change (a click, a preset, a settled search) adds an entry, but one that repeats
 *   the previous change's kind within FOLD_MS folds into it: 100 quick filter clicks are one step
 *   back, not 100.
 * - `replace` never adds an entry.
 * - Back or Forward starts afresh: nothing folds into the entry the reader went back to.
 */
export type WriteMode = 'push' | 'replace' | 'step';
export type HistoryAction = 'push' | 'replace';

/** Discrete changes of the same kind closer together than this (ms) make one history entry. */
export const FOLD_MS = 1000;

export interface HistoryMemo {
  /** The last discrete entry added: what kind of change it was, and when (ms). */
  readonly lastPush?: { readonly kind: string; readonly at: number };
  /** A continuous change has added its entry and not yet been committed. */
  readonly stepOpen: boolean;
}

export const freshHistory: HistoryMemo = { stepOpen: false };

export function decideWrite(
  memo: HistoryMemo,
  mode: WriteMode,
  kind: string,
  now: number,
): { action: HistoryAction; memo: HistoryMemo } {
  if (mode === 'replace') return { action: 'replace', memo };
  if (mode === 'step') {
    return memo.stepOpen ? { action: 'replace', memo } : { action: 'push', memo: { stepOpen: true } };
  }
  const last = memo.lastPush;
  const folds = !memo.stepOpen && last !== undefined && last.kind === kind && now - last.at < FOLD_MS;
  return { action: folds ? 'replace' : 'push', memo: { stepOpen: false, lastPush: { kind, at: now } } };
}

/** A continuous change was released or paused: the next step adds an entry of its own. */
export function commitSteps(memo: HistoryMemo): HistoryMemo {
  return memo.stepOpen ? { ...memo, stepOpen: false } : memo;
}

/** Parameters that are one kind of change for folding: the filter checkboxes. */
const KIND_OF_PARAM: Record<string, string> = {
  types: 'filters',
  actors: 'filters',
  sides: 'filters',
  statuses: 'filters',
  from: 'range',
  to: 'range',
};

/** The kind of a change between two query strings: the (grouped) names of the parameters it changed. */
export function changeKind(before: string, after: string): string {
  const a = new URLSearchParams(before);
  const b = new URLSearchParams(after);
  const names = new Set([...a.keys(), ...b.keys()]);
  const kinds = [...names].filter((n) => a.get(n) !== b.get(n)).map((n) => KIND_OF_PARAM[n] ?? n);
  return [...new Set(kinds)].sort().join(',');
}
