import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dailyCounts } from '../../src/model/dailyCounts';
import { DailyTable } from '../../src/timeline/DailyTable';
import { events } from '../fixtures/bundle';

describe('the daily chart’s table (issue 19)', () => {
  it('names in words what each dashed line marks, on its day', () => {
    render(<DailyTable rows={dailyCounts(events)} types={['ceasefire']} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Dashed line on the chart' })).toBeInTheDocument();
    // Rows by selector: role queries over 45 rows are slow in jsdom.
    const marked = [...table.querySelectorAll('tbody tr')].filter((r) =>
      /Ceasefire|Statement/.test(r.lastElementChild?.textContent ?? ''),
    );
    expect(marked.map((r) => r.lastElementChild?.textContent)).toEqual([
      '1: Ceasefire (Moscow)',
      '2: Ceasefire',
      '3: Ceasefire (US-brokered)',
      '4: Statement of 9–10 Nov',
    ]);
  });
});
