import { afterEach, describe, expect, it, vi } from 'vitest';
import { BundleError } from '../../src/data/bundleError';
import { fetchBundleBytes, lateMessage } from '../../src/data/fetchBundleFile';

afterEach(() => vi.unstubAllGlobals());

/** A server that never answers: the request hangs until it is aborted. */
const neverAnswers = vi.fn(
  (_url: string, init?: RequestInit) =>
    new Promise<Response>((_ok, fail) =>
      init?.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))),
    ),
);

describe('fetchBundleBytes', () => {
  it('gives up on a file that does not arrive in time, naming it', async () => {
    vi.stubGlobal('fetch', neverAnswers);
    const err = await fetchBundleBytes('events.json', undefined, 30).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BundleError);
    expect((err as BundleError).file).toBe('events.json');
    expect((err as BundleError).problems).toEqual([lateMessage]);
  });

  it('revalidates with the server rather than trusting a cached copy', async () => {
    const fetch = vi.fn(async () => new Response('[]'));
    vi.stubGlobal('fetch', fetch);
    await fetchBundleBytes('events.json');
    expect(fetch).toHaveBeenCalledWith('/data/events.json', expect.objectContaining({ cache: 'no-cache' }));
  });

  it('an abort by the caller is not reported as a late file', async () => {
    vi.stubGlobal('fetch', neverAnswers);
    const ctl = new AbortController();
    const pending = fetchBundleBytes('events.json', ctl.signal, 10_000);
    ctl.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
