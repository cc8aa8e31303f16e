import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatDay } from '../../src/data/calendar';
import { DistrictCard } from '../../src/map/DistrictCard';
import { DistrictList } from '../../src/map/DistrictList';
import { buildLookups } from '../../src/model/lookups';
import { actors, events, places, regions, sources } from '../fixtures/bundle';

const lookups = buildLookups(sources, actors, places);

describe('district card', () => {
  it('is a region named after the district, with its four names, claims and handover', () => {
    render(
      <DistrictCard
        district={regions.features[0]}
        eventsInRange={3}
        claims={[events[1]]}
        handovers={[{ ...events[5], date: '2020-11-20' }]}
        lookups={lookups}
        onClose={() => undefined}
      />,
    );
    const card = screen.getByRole('region', { name: 'Jabrayil' });
    expect(within(card).getByText('Cəbrayıl')).toHaveAttribute('lang', 'az');
    expect(within(card).getByText('Ջաբրայիլ')).toHaveAttribute('lang', 'hy');
    expect(within(card).getByText('Джебраил')).toBeInTheDocument();
    expect(card).toHaveTextContent('3 events in the selected date range');
    expect(card).toHaveTextContent(`Handover under the 10 Nov 2020 statement: ${formatDay('2020-11-20')}`);
    expect(within(card).getByRole('listitem')).toHaveTextContent(
      `${formatDay('2020-10-04')} — Jrakan / Jabrayil`,
    );
    expect(within(card).getByRole('link', { name: 'Fixture Agency' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });

  it('says so when a district has no claims', () => {
    render(
      <DistrictCard
        district={regions.features[1]}
        eventsInRange={0}
        claims={[]}
        handovers={[]}
        lookups={lookups}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByText('No capture claims recorded for this district.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Lachin' })).toHaveTextContent('0 events');
  });
});

describe('district list', () => {
  it('is a list named Districts, one tab stop with arrow keys inside, whose buttons select and deselect by keyboard', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<DistrictList districts={regions.features} onSelect={onSelect} />);
    const list = screen.getByRole('list', { name: 'Districts' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Jabrayil', 'Lachin']);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Jabrayil' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Lachin' })).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Lachin' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('az-lac');
    rerender(<DistrictList districts={regions.features} selectedId="az-lac" onSelect={onSelect} />);
    expect(screen.getByRole('button', { name: 'Lachin' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Lachin' }));
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
  });
});
