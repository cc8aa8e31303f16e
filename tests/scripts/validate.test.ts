// @vitest-environment node
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../scripts/validate';

describe('the validate step', () => {
  it('passes the shipped bundle and sums it up in one line', () => {
    const { ok, lines } = validateBundle();
    expect(ok).toBe(true);
    expect(lines).toEqual([expect.stringMatching(/^✓ bundle valid: \d+ sources, \d+ actors/)]);
  });

  it('names the file and the record of a broken bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k2020-data-'));
    try {
      cpSync(new URL('../../public/data', import.meta.url), dir, { recursive: true });
      writeFileSync(
        join(dir, 'actors.json'),
        JSON.stringify([{ id: 'az-mod', name: 'X', side: 'nowhere', role: 'official' }]),
      );
      const { ok, lines } = validateBundle(dir);
      expect(ok).toBe(false);
      expect(lines[0]).toBe('✗ actors.json');
      expect(lines.join('\n')).toMatch(/side/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
