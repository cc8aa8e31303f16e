import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataGate } from '../../src/ui/DataGate';
import { PANES } from '../../src/ui/panes';
import { useCasualties } from '../../src/data/queries';
import { renderWithClient } from '../renderWithClient';
import { casualties } from '../fixtures/bundle';

function Figures() {
  const q = useCasualties();
  return (
    <DataGate pane={PANES.casualties} queries={[q]}>
      {() => <p>{q.data!.length} figures</p>}
    </DataGate>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('loading a bundle file', () => {
  it('shows a skeleton, then the data', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(casualties))),
    );
    renderWithClient(<Figures />);
    const skeleton = screen.getByRole('region', { name: 'Casualties' });
    expect(skeleton).toHaveAttribute('aria-busy', 'true');
    expect(skeleton).toHaveAttribute('id', 'casualties'); // the skip link's target while it loads
    expect(await screen.findByText(`${casualties.length} figures`)).toBeInTheDocument();
  });

  it('names the file and field when a record is wrong, and retries', async () => {
    const bad = [{ ...casualties[0], measure: 'vanished' }];
    const fetch = vi.fn(async () => new Response(JSON.stringify(bad)));
    vi.stubGlobal('fetch', fetch);
    renderWithClient(<Figures />);
    const alert = await screen.findByRole('alert');
    expect(alert.closest('section')).toHaveAttribute('id', 'casualties');
    expect(alert).toHaveTextContent('casualties.json');
    expect(alert).toHaveTextContent('record "c-2855" (#1), field "measure"');
    fetch.mockImplementation(async () => new Response(JSON.stringify(casualties)));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(`${casualties.length} figures`)).toBeInTheDocument();
  });

  it('names a missing file', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    renderWithClient(<Figures />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'casualties.json: could not be loaded (HTTP 404)',
    );
  });
});
