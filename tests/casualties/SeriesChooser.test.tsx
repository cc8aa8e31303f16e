import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SeriesChooser } from '../../src/casualties/SeriesChooser';
import { subjectById } from '../../src/model/casualtySubjects';
import { indexById } from '../../src/model/indexById';
import { subjectSeries } from '../../src/model/subjectSeries';
import { actors, casualties } from '../fixtures/bundle';

const series = subjectSeries(casualties, indexById(actors), subjectById('armenian-military-dead'));

// First renders in jsdom take seconds on a loaded machine.
describe('series chooser', { timeout: 20_000 }, () => {
  it('offers "Only this" per series and "Show all", by keyboard', async () => {
    const user = userEvent.setup();
    const onOnly = vi.fn();
    const onShowAll = vi.fn();
    const onToggle = vi.fn();
    render(
      <SeriesChooser
        series={series}
        shown={new Set([series[0].id])}
        unknown={new Set()}
        onToggle={onToggle}
        onOnly={onOnly}
        onShowAll={onShowAll}
      />,
    );
    const only = screen.getAllByRole('button', { name: 'Only this' });
    expect(only).toHaveLength(series.length);
    expect(only[1]).toHaveAccessibleDescription(new RegExp(series[1].name.replace(/[()]/g, '.')));
    only[1].focus();
    await user.keyboard('{Enter}');
    expect(onOnly).toHaveBeenCalledWith(series[1].id);
    screen.getByRole('button', { name: 'Show all' }).focus();
    await user.keyboard(' ');
    expect(onShowAll).toHaveBeenCalled();
    screen.getAllByRole('checkbox')[1].focus();
    await user.keyboard(' ');
    expect(onToggle).toHaveBeenCalledWith(series[1].id);
    expect(screen.getByText(/Lines drawn: 1 of 2/)).toBeInTheDocument();
  });
});
