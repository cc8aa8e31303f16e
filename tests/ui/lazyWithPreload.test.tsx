import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyWithPreload } from '../../src/ui/lazyWithPreload';
import { PaneBoundary } from '../../src/app/PaneBoundary';
import { PANES } from '../../src/ui/panes';

vi.mock('../../src/ui/reloadOnce', () => ({ reloadOnceForNewRelease: () => false }));

describe('lazyWithPreload', () => {
  it('downloads afresh on "Try again" instead of reusing the failed download', async () => {
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: () => <p>Pane drawn</p> };
    });
    const Pane = lazyWithPreload(load);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <PaneBoundary pane={PANES.timeline}>
        <Suspense fallback={<p>Loading</p>}>
          <Pane />
        </Suspense>
      </PaneBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');
    const failures = load.mock.calls.length;
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Pane drawn')).toBeInTheDocument();
    expect(load.mock.calls.length).toBeGreaterThan(failures);
  });

  it('a preload that failed can be preloaded again', async () => {
    const load = vi
      .fn<() => Promise<{ default: () => null }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ default: () => null });
    const Pane = lazyWithPreload(load);
    await expect(Pane.preload()).rejects.toThrow('offline');
    await expect(Pane.preload()).resolves.toBeUndefined();
  });
});
