// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BundleError } from '../../src/data/bundleError';
import { decodeBundleFile } from '../../src/data/decodeBundleFile';
import { casualties } from '../fixtures/bundle';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;
const digestOf = (bytes: ArrayBuffer) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

describe('decoding a bundle file', () => {
  it('trusts the bytes the build validated, without checking them again', async () => {
    // Not valid against the schema: only a digest match can let it through unchecked.
    const bytes = bytesOf([{ id: 'x' }]);
    await expect(
      decodeBundleFile('casualties.json', bytes, { 'casualties.json': digestOf(bytes) }),
    ).resolves.toEqual([{ id: 'x' }]);
  });

  it('checks in full, naming the field, when the bytes differ from the validated ones', async () => {
    const bad = bytesOf([{ ...casualties[0], measure: 'vanished' }]);
    const validated = digestOf(bytesOf(casualties));
    const err = await decodeBundleFile('casualties.json', bad, { 'casualties.json': validated }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BundleError);
    expect((err as BundleError).problems[0]).toMatch(/field "measure"/);
  });

  it('checks in full when the build recorded no digest', async () => {
    await expect(decodeBundleFile('casualties.json', bytesOf(casualties), {})).resolves.toHaveLength(
      casualties.length,
    );
  });
});
