// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  allComponentLengths,
  componentLengths,
  MAX_COMPONENT_LINES,
} from '../../scripts/lint/componentLength';

/**
 * Components that may stay longer than MAX_COMPONENT_LINES, each with its reason. Keep it short:
 * the way out is a smaller named component or a pure function in src/model.
 */
const ALLOWED: Record<string, string> = {};

describe('component length', () => {
  it('measures function declarations and arrow components, and skips hooks and helpers', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = [
      `export function Long() {\n${body(3)}\n  return null;\n}`,
      `const Short = () => null;`,
      `function useThing() {\n${body(80)}\n}`,
      `function helper() { return 1; }`,
    ].join('\n');
    expect(componentLengths('x.tsx', text)).toEqual([
      { file: 'x.tsx', name: 'Long', lines: 6 },
      { file: 'x.tsx', name: 'Short', lines: 1 },
    ]);
  });

  it(`keeps every function component in src/**/*.tsx within ${MAX_COMPONENT_LINES} lines`, () => {
    const over = allComponentLengths('src')
      .filter((c) => c.lines > MAX_COMPONENT_LINES && !ALLOWED[`${c.file}:${c.name}`])
      .map((c) => `${c.file}:${c.name} (${c.lines} lines)`);
    expect(over).toEqual([]);
  });
});
