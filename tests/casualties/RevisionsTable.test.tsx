import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/calendar';
import { RevisionsTable } from '../../src/casualties/RevisionsTable';
import { subjectById } from '../../src/model/casualtySubjects';
import { indexById } from '../../src/model/indexById';
import { subjectSeries } from '../../src/model/subjectSeries';
import { actors, casualties, sources } from '../fixtures/bundle';

const series = [
  ...subjectSeries(casualties, indexById(actors), subjectById('azerbaijani-military-dead')),
  ...subjectSeries(casualties, indexById(actors), subjectById('armenian-military-dead')),
];

// First renders in jsdom take seconds on a loaded machine.
describe('revisions table', { timeout: 20_000 }, () => {
  it('lists each announcement with its figure, dates, series, who speaks and source, under the subject’s caption', () => {
    render(
      <RevisionsTable
        series={series}
        caption="Azerbaijan’s military dead: figures announced by 1 Feb 2021"
        sourcesById={indexById(sources)}
      />,
    );
    const table = screen.getByRole('table', { name: /Azerbaijan’s military dead/ });
    const row = within(table).getByRole('cell', { name: '2,855' }).closest('tr')!;
    expect(row).toHaveTextContent(formatDay('2021-01-19'));
    expect(row).toHaveTextContent(formatDay('2021-01-18'));
    expect(row).toHaveTextContent('own officials');
    expect(within(row).getByRole('link', { name: 'Other Wire' })).toHaveAttribute(
      'href',
      'https://example.net/b',
    );
    expect(within(table).getByRole('cell', { name: 'about 5,000' }).closest('tr')).toHaveTextContent(
      'other side’s officials',
    );
  });

  it('sorts by date, then by series, from the keyboard', async () => {
    const user = userEvent.setup();
    render(<RevisionsTable series={series} caption="t" sourcesById={indexById(sources)} />);
    const dates = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('td')?.getAttribute('data-date'));
    expect(dates()).toEqual([...dates()].sort());
    expect(screen.getByRole('columnheader', { name: 'Announced' })).toHaveAttribute('aria-sort', 'ascending');
    screen.getByRole('button', { name: 'Series' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: 'Series' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('button', { name: 'Series' })).toHaveAttribute('aria-pressed', 'true');
    const names = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelectorAll('td')[3].textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(dates()).not.toEqual([...dates()].sort());
  });
});
