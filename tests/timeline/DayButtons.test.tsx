import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dailyCounts } from '../../src/model/dailyCounts';
import { describeDay } from '../../src/model/dayDescription';
import { DayButtons } from '../../src/timeline/DayButtons';
import { events } from '../fixtures/bundle';

const rows = dailyCounts(events);
const types = [...new Set(events.map((e) => e.type))].sort();
const days = rows.map((r) => describeDay(r, types));

describe('the daily chart’s days (issue 19)', () => {
  it('are one tab stop, named with the date, the counts by type and the dashed line they carry', async () => {
    const user = userEvent.setup();
    render(<DayButtons days={days} start={13} onFocusDay={() => undefined} onPick={() => undefined} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(45);
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(
      /^Sat, Oct 10, 2020, \d+ events?.*Dashed line: Ceasefire \(Moscow\)\.$/,
    );
  });

  it('move with the arrow keys, a week with Page Up/Down, and Enter picks the day', async () => {
    const user = userEvent.setup();
    const onFocusDay = vi.fn();
    const onPick = vi.fn();
    render(<DayButtons days={days} start={0} onFocusDay={onFocusDay} onPick={onPick} />);
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{PageDown}');
    expect(onFocusDay).toHaveBeenLastCalledWith(9);
    expect(document.activeElement).toHaveAccessibleName(/^Tue, Oct 6, 2020/);
    await user.keyboard('{End}');
    expect(onFocusDay).toHaveBeenLastCalledWith(44);
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(44);
  });
});
