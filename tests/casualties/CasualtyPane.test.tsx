import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import CasualtyPane from '../../src/casualties/CasualtyPane';
import { formatDay } from '../../src/data/calendar';
import { subjectById } from '../../src/model/casualtySubjects';
import { indexById } from '../../src/model/indexById';
import { subjectSeries } from '../../src/model/subjectSeries';
import { actors, casualties } from '../fixtures/bundle';
import { fixtureSeed, renderWithClient } from '../renderWithClient';

const pane = () => screen.getByRole('region', { name: 'Casualties' });
const figuresTable = () => within(pane()).getByRole('table', { name: /figures announced by/ });

// First renders in jsdom take seconds on a loaded machine.
describe('the casualty pane, from the cache and the URL', { timeout: 20_000 }, () => {
  it('shows the record as known on the URL’s end date, and only the figures announced by then', () => {
    window.history.replaceState(null, '', '/?to=2020-10-16&tables=revisions');
    renderWithClient(<CasualtyPane />, fixtureSeed);
    expect(within(pane()).getByText('As known on:', { exact: false })).toHaveTextContent(
      `As known on: ${formatDay('2020-10-16')}`,
    );
    expect(within(figuresTable()).getByText('600')).toBeInTheDocument();
    expect(within(figuresTable()).queryByText('5,000', { exact: false })).not.toBeInTheDocument();
  });

  it('at the war’s end date shows everything published since', () => {
    window.history.replaceState(null, '', '/?subject=azerbaijani-military-dead&tables=revisions');
    renderWithClient(<CasualtyPane />, fixtureSeed);
    expect(within(pane()).getByText('As known on:', { exact: false })).toHaveTextContent(
      formatDay('2021-01-19'),
    );
    expect(within(figuresTable()).getByText('2,855')).toBeInTheDocument();
  });

  it('shows the series named in series= and leaves the others unticked', () => {
    const series = subjectSeries(casualties, indexById(actors), subjectById('armenian-military-dead'));
    const claim = series.find((s) => s.actorId === 'az-mod')!;
    const own = series.find((s) => s.actorId === 'nk-mod')!;
    window.history.replaceState(null, '', `/?series=${claim.id}&tables=revisions`);
    renderWithClient(<CasualtyPane />, fixtureSeed);
    expect(within(figuresTable()).getAllByText('about 5,000').length).toBeGreaterThan(0);
    expect(within(figuresTable()).queryByText('600')).not.toBeInTheDocument();
    expect(within(pane()).getByRole('checkbox', { name: new RegExp(claim.name) })).toBeChecked();
    expect(within(pane()).getByRole('checkbox', { name: new RegExp(own.name) })).not.toBeChecked();
  });
});
