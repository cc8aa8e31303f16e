import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../src/model/eventFilters';
import { buildLookups } from '../../src/model/lookups';
import { currentViewState } from '../../src/state/useViewState';
import { FilterPanel } from '../../src/timeline/FilterPanel';
import { actors, events, places, regions, sources } from '../fixtures/bundle';

const lookups = buildLookups(sources, actors, places);

/** The panel as it loads (closed, no filter on), opened as a reader would. */
async function renderOpenPanel() {
  const state = currentViewState();
  render(
    <FilterPanel
      counts={facetCounts(events, state, lookups)}
      actors={actors}
      districts={regions.features}
      active={false}
    />,
  );
  await userEvent.click(screen.getByText('Filters'));
  await screen.findByRole('group', { name: 'Type' });
}

describe('filters', () => {
  it('keep their options out of the page until opened', async () => {
    render(
      <FilterPanel
        counts={facetCounts(events, currentViewState(), lookups)}
        actors={actors}
        districts={regions.features}
        active={false}
      />,
    );
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('Filters'));
    expect(await screen.findAllByRole('checkbox')).not.toHaveLength(0);
  });

  it('shows a count beside each option', async () => {
    await renderOpenPanel();
    const types = screen.getByRole('group', { name: 'Type' });
    expect(
      within(types)
        .getByText(/Territorial claim/)
        .closest('label'),
    ).toHaveTextContent('Territorial claim 2');
    expect(
      within(screen.getByRole('group', { name: 'Status' }))
        .getByText(/Denied/)
        .closest('label'),
    ).toHaveTextContent('1');
  });

  it('are usable by keyboard and written into the URL', async () => {
    const user = userEvent.setup();
    await renderOpenPanel();
    const ceasefire = screen.getByRole('checkbox', { name: /Ceasefire/ });
    ceasefire.focus();
    await user.keyboard(' ');
    expect(window.location.search).toBe('?types=ceasefire');
    await user.selectOptions(screen.getByRole('combobox', { name: 'District' }), 'az-lac');
    expect(currentViewState().region).toBe('az-lac');
  });

  it('Clear filters empties every filter but keeps the range', async () => {
    window.history.replaceState(
      null,
      '',
      '/?from=2020-10-08&to=2020-10-10&types=ceasefire&statuses=denied&q=Ganja',
    );
    const user = userEvent.setup();
    render(
      <FilterPanel
        counts={facetCounts(events, currentViewState(), lookups)}
        actors={actors}
        districts={regions.features}
        active
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(window.location.search).toBe('?from=2020-10-08&to=2020-10-10');
  });

  it('Clear filters keeps the panel open for the next choice (issue 19)', async () => {
    window.history.replaceState(null, '', '/?types=ceasefire');
    const user = userEvent.setup();
    const panel = (active: boolean) => (
      <FilterPanel
        counts={facetCounts(events, currentViewState(), lookups)}
        actors={actors}
        districts={regions.features}
        active={active}
      />
    );
    const { rerender } = render(panel(true));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    rerender(panel(false));
    expect(screen.getByRole('group', { name: 'Type' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Ceasefire/ })).not.toBeChecked();
  });
});
