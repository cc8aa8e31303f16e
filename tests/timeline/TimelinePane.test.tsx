import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDay } from '../../src/data/calendar';
import TimelinePane from '../../src/timeline/TimelinePane';
import { fixtureSeed, renderWithClient } from '../renderWithClient';

const pane = () => screen.getByRole('region', { name: 'Timeline' });
const listed = () =>
  within(screen.getByRole('list', { name: 'Events' }))
    .queryAllByRole('article')
    .map((a) => a.getAttribute('aria-labelledby'));

// jsdom lays nothing out: the virtual list measures its scroller as a tall pane would be.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(900);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
  return () => vi.restoreAllMocks();
});

// First renders in jsdom take seconds on a loaded machine.
describe('the timeline pane, from the cache and the URL', { timeout: 20_000 }, () => {
  it('lists only the events between from= and to=, and says how many', async () => {
    window.history.replaceState(null, '', '/?from=2020-10-01&to=2020-10-09');
    renderWithClient(<TimelinePane />, fixtureSeed);
    expect(
      within(pane()).getByText(`${formatDay('2020-10-01')} – ${formatDay('2020-10-09')}:`, { exact: false }),
    ).toHaveTextContent('3 events');
    await waitFor(() =>
      expect(listed()).toEqual(['ev-tc-20201004-jabrayil', 'ev-ev-2', 'ev-tc-20201009-hidden']),
    );
  });

  it('writes a chosen filter into the URL and narrows the list to it', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?from=2020-10-01&to=2020-10-09');
    renderWithClient(<TimelinePane />, fixtureSeed);
    await user.click(within(pane()).getByText('Filters'));
    await user.click(within(pane()).getByRole('checkbox', { name: /Diplomacy/ }));
    expect(new URLSearchParams(window.location.search).get('types')).toBe('diplomacy');
    await waitFor(() => expect(listed()).toEqual(['ev-ev-2']));
  });

  it('offers in its District filter the districts the map selects, and a district link filters the list', async () => {
    window.history.replaceState(null, '', '/?region=az-lac');
    renderWithClient(<TimelinePane />, fixtureSeed);
    const district = within(pane()).getByRole('combobox', { name: 'District' });
    expect(
      within(district)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All districts', 'Jabrayil', 'Lachin']);
    expect(district).toHaveDisplayValue('Lachin');
    await waitFor(() => expect(listed()).toEqual(['ev-ev-3']));
  });
});
