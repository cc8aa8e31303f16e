import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/calendar';
import { RevisionsTable } from '../../src/casualties/RevisionsTable';
import { buildSeries } from '../../src/model/casualtySeries';
import { seriesLabel } from '../../src/model/casualtyLabels';
import { indexById } from '../../src/model/indexById';
import { casualties, sources } from '../fixtures/bundle';

describe('revisions table', () => {
  it('lists each announcement with its figure, dates, series and source', () => {
    const series = buildSeries(casualties.filter((c) => c.measure === 'killed'));
    const labels = new Map(series.map((s) => [s.id, seriesLabel(s, s.actorId)]));
    render(<RevisionsTable series={series} labels={labels} sourcesById={indexById(sources)} />);
    const table = screen.getByRole('table');
    const row = within(table).getByRole('cell', { name: '2,855' }).closest('tr')!;
    expect(row).toHaveTextContent(formatDay('2021-01-19'));
    expect(row).toHaveTextContent(formatDay('2021-01-18'));
    expect(within(row).getByRole('link', { name: 'Other Wire' })).toHaveAttribute('href', 'https://example.net/b');
    expect(within(table).getByRole('cell', { name: 'about 5,000' })).toBeInTheDocument();
  });
});
