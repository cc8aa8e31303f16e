import { describe, expect, it } from 'vitest';
import {
  changeKind,
  commitSteps,
  decideWrite,
  FOLD_MS,
  freshHistory,
  type HistoryAction,
  type HistoryMemo,
  type WriteMode,
} from '../../src/state/historyPolicy';

/** Runs writes through the policy and returns what each did to the history. */
function run(writes: [WriteMode | 'commit' | 'back', string, number][]): (HistoryAction | '-')[] {
  let memo: HistoryMemo = freshHistory;
  return writes.map(([mode, kind, at]) => {
    if (mode === 'commit') {
      memo = commitSteps(memo);
      return '-';
    }
    if (mode === 'back') {
      memo = freshHistory;
      return '-';
    }
    const d = decideWrite(memo, mode, kind, at);
    memo = d.memo;
    return d.action;
  });
}

describe('history policy', () => {
  it('a slider dragged (or its key held) then released adds one entry', () => {
    expect(
      run([
        ['step', 'range', 0],
        ['step', 'range', 16],
        ['step', 'range', 32],
        ['commit', '', 40],
      ]),
    ).toEqual(['push', 'replace', 'replace', '-']);
  });

  it('each released change adds its own entry, however soon after the last', () => {
    expect(
      run([
        ['step', 'range', 0],
        ['commit', '', 50],
        ['step', 'range', 100],
        ['commit', '', 150],
      ]),
    ).toEqual(['push', '-', 'push', '-']);
  });

  it('a first change on a first visit adds an entry, so Back stays on the dashboard', () => {
    expect(run([['step', 'range', 0]])).toEqual(['push']);
  });

  it('folds rapid clicks of one kind into one entry, and not clicks of another kind', () => {
    const clicks = Array.from({ length: 100 }, (_, i): [WriteMode, string, number] => [
      'push',
      'filters',
      i * 200,
    ]);
    const actions = run(clicks);
    expect(actions[0]).toBe('push');
    expect(actions.slice(1).every((a) => a === 'replace')).toBe(true);
    expect(
      run([
        ['push', 'filters', 0],
        ['push', 'q', 300],
      ]),
    ).toEqual(['push', 'push']);
  });

  it('clicks further apart than the fold window each add an entry', () => {
    expect(
      run([
        ['push', 'filters', 0],
        ['push', 'filters', FOLD_MS + 1],
      ]),
    ).toEqual(['push', 'push']);
  });

  it('a search settled after Clear filters adds its own entry instead of overwriting it', () => {
    expect(
      run([
        ['push', 'filters,q,region', 0],
        ['push', 'q', 400],
      ]),
    ).toEqual(['push', 'push']);
  });

  it('Play adds one entry, committed when paused', () => {
    const ticks = Array.from({ length: 10 }, (_, i): [WriteMode, string, number] => [
      'step',
      'range',
      i * 600,
    ]);
    expect(run([...ticks, ['commit', '', 6000]])).toEqual(['push', ...Array(9).fill('replace'), '-']);
  });

  it('nothing folds into an entry the reader went back to, nor into a continuous change', () => {
    expect(
      run([
        ['push', 'filters', 0],
        ['back', '', 100],
        ['push', 'filters', 200],
      ]),
    ).toEqual(['push', '-', 'push']);
    expect(
      run([
        ['step', 'range', 0],
        ['commit', '', 10],
        ['push', 'range', 100],
      ]),
    ).toEqual(['push', '-', 'push']);
  });

  it('replace never adds an entry', () => {
    expect(
      run([
        ['replace', 'q', 0],
        ['replace', 'q', 5000],
      ]),
    ).toEqual(['replace', 'replace']);
  });

  it('names a change by the parameters it changed, the filter checkboxes as one kind', () => {
    expect(changeKind('?types=shelling', '?types=shelling,strike')).toBe('filters');
    expect(changeKind('?types=shelling', '?sides=armenia')).toBe('filters');
    expect(changeKind('', '?from=2020-10-01&to=2020-10-03')).toBe('range');
    expect(changeKind('?q=a&region=az-lac', '')).toBe('q,region');
  });
});
