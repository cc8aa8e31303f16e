import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/calendar';
import { MapPane } from '../../src/map/MapPane';
import { fixtureSeed, renderWithClient } from '../renderWithClient';

const pane = () => screen.getByRole('region', { name: 'Map' });

// Leaflet is not loaded here: until the reader's first input the map is its static picture.
describe('the map pane, from the cache and the URL', { timeout: 20_000 }, () => {
  it('counts the events and places of the URL’s range, draws them on the static picture, and loads no Leaflet', () => {
    window.history.replaceState(null, '', '/?from=2020-09-27&to=2020-10-05');
    const { container } = renderWithClient(<MapPane />, fixtureSeed);
    expect(within(pane()).getByText(/on the map/)).toHaveTextContent(
      `2 events, 1 place on the map, ${formatDay('2020-09-27')} – ${formatDay('2020-10-05')}.`,
    );
    expect(container.querySelector('.map-frame')).toHaveAttribute('data-event-markers', '1');
    expect(container.querySelector('.static-map')).toBeInTheDocument();
    expect(container.querySelector('.leaflet-container')).toBeNull();
  });

  it('selects a district from the list: writes region= and shows its card with the capture claims', async () => {
    const user = userEvent.setup();
    renderWithClient(<MapPane />, fixtureSeed);
    await user.click(
      within(screen.getByRole('list', { name: 'Districts' })).getByRole('button', { name: /Jabrayil/ }),
    );
    expect(new URLSearchParams(window.location.search).get('region')).toBe('az-cab');
    const card = screen.getByRole('region', { name: 'Jabrayil' });
    expect(within(card).getByRole('heading', { name: 'Announced as taken (2)' })).toBeInTheDocument();
    expect(within(card).getAllByRole('link', { name: 'Fixture Agency' })[0]).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });
});
