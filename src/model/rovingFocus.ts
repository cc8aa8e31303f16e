/**
 * Roving focus for a one-tab-stop group: which item a key moves to from `current`, or undefined
 * when the key is not one the group handles. Arrow keys step (and wrap), Home and End jump.
 */
export function rovingTarget(
  ids: readonly string[],
  current: string | undefined,
  key: string,
): string | undefined {
  if (!ids.length) return undefined;
  const here = Math.max(0, current === undefined ? 0 : ids.indexOf(current));
  const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  if (key === 'Home') return ids[0];
  if (key === 'End') return ids[ids.length - 1];
  if (!(key in step)) return undefined;
  return ids[(here + step[key] + ids.length) % ids.length];
}
