import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WarEvent } from '../../src/data/schemas';
import { AnnouncedTotals } from '../../src/map/AnnouncedTotals';

const total = (date: string, moreThan: number) => ({
  event: { id: `ev-${date}`, date } as WarEvent,
  moreThan,
});

describe('AnnouncedTotals', () => {
  it('sets the places the record names beside each official total, with its date', () => {
    render(
      <AnnouncedTotals
        totals={[total('2020-11-08', 200), total('2020-12-18', 300)]}
        named={164}
        toLabel="10 Nov 2020"
      />,
    );
    const line = screen.getByText(/Beside the official totals/);
    expect(line.textContent).toMatch(
      /more than 200 settlements had been taken \(.*8.*2020\) and more than 300 settlements had been taken \(.*18.*2020\)/,
    );
    expect(line.textContent).toContain('the record names 164 places announced as taken by 10 Nov 2020');
  });

  it('draws nothing when the record holds no total', () => {
    const { container } = render(<AnnouncedTotals totals={[]} named={3} toLabel="x" />);
    expect(container.textContent).toBe('');
  });
});
