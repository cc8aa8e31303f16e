/**
 * Turns a failed load or a failed schema check into words a reader can act on: which file,
 * which record (by its id when it has one), which field, and what was wrong.
 */
import type { z } from 'zod/mini';

export class BundleError extends Error {
  constructor(
    readonly file: string,
    /** One line per problem, e.g. `record "ev-20201004-ganja" (#12), field "summary": …`. */
    readonly problems: string[],
  ) {
    super(`${file}: ${problems[0] ?? 'could not be read'}`);
    this.name = 'BundleError';
  }
}

const MAX_PROBLEMS = 5;

function recordLabel(data: unknown, path: readonly PropertyKey[]): { label: string; rest: PropertyKey[] } {
  const [first, ...rest] = path;
  if (typeof first === 'number' && Array.isArray(data)) {
    const rec: unknown = data[first];
    const recId =
      rec && typeof rec === 'object' && 'id' in rec && typeof rec.id === 'string' ? rec.id : undefined;
    return { label: recId ? `record "${recId}" (#${first + 1})` : `record #${first + 1}`, rest };
  }
  if (first === 'features' && typeof path[1] === 'number' && data && typeof data === 'object') {
    const features = (data as { features?: unknown }).features;
    const feature: unknown = Array.isArray(features) ? features[path[1]] : undefined;
    const props =
      feature && typeof feature === 'object'
        ? (feature as { properties?: { id?: unknown } }).properties
        : undefined;
    const fid = typeof props?.id === 'string' ? props.id : undefined;
    return {
      label: fid ? `feature "${fid}" (#${path[1] + 1})` : `feature #${path[1] + 1}`,
      rest: path.slice(2),
    };
  }
  return { label: 'the file', rest: [...path] };
}

export function describeIssues(data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const { label, rest } = recordLabel(data, issue.path);
    const field = rest.map(String).join('.');
    return `${label}${field ? `, field "${field}"` : ''}: ${issue.message}`;
  });
  if (issues.length > MAX_PROBLEMS) lines.push(`…and ${issues.length - MAX_PROBLEMS} more problems`);
  return lines;
}
