import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CasualtyView } from '../../src/casualties/CasualtyView';
import { formatDay } from '../../src/data/calendar';
import type { Casualty } from '../../src/data/schemas';
import { currentViewState } from '../../src/state/useViewState';
import { actors, casualties, sources } from '../fixtures/bundle';

const late: Casualty = {
  ...casualties[0],
  id: 'late-claim',
  reportedOn: '2020-11-05',
  asOf: '2020-11-05',
  actorId: 'az-mod',
  subject: { side: 'armenia', group: 'military' },
  value: 6000,
  qualifier: 'exact',
  note: '',
};
const figures = [...casualties, late];

// First renders in jsdom take seconds on a loaded machine.
describe('casualty view', { timeout: 20_000 }, () => {
  it('asks first what to compare: a "Compare" control offering only subjects with figures, written into the URL', async () => {
    const user = userEvent.setup();
    render(<CasualtyView casualties={figures} actors={actors} sources={sources} />);
    const compare = screen.getByRole('combobox', { name: 'Compare' });
    expect(
      within(compare)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['The Armenian side’s military dead', 'Azerbaijan’s military dead', 'Azerbaijan’s missing']);
    await user.selectOptions(compare, 'Azerbaijan’s military dead');
    expect(window.location.search).toBe('?subject=azerbaijani-military-dead');
    expect(
      screen.getByRole('figure', { name: /^Azerbaijan’s military dead, as known on/ }),
    ).toBeInTheDocument();
  });

  it('heads the claims panels with the dates they use: the end date, and always 10 Nov 2020 for the end of the war', () => {
    window.history.replaceState(null, '', '/?to=2020-11-01');
    render(<CasualtyView casualties={figures} actors={actors} sources={sources} />);
    const asKnown = screen.getByRole('region', { name: `As known on ${formatDay('2020-11-01')}` });
    const atEnd = screen.getByRole('region', {
      name: `As known at the end of the war (${formatDay('2020-11-10')})`,
    });
    expect(within(asKnown).queryByText('6,000')).not.toBeInTheDocument();
    expect(within(atEnd).getByText('6,000')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Claims against own counts' })).toBeInTheDocument();
    expect(screen.getAllByText(/How to read this:/)).toHaveLength(2);
  });

  it('says why a subject named in an old link has no figures', () => {
    window.history.replaceState(null, '', '/?subject=armenian-captured');
    render(<CasualtyView casualties={figures} actors={actors} sources={sources} />);
    expect(screen.getByRole('combobox', { name: 'Compare' })).toHaveDisplayValue(
      'The Armenian side’s captured (no figures in the record)',
    );
    expect(currentViewState().subject).toBe('armenian-captured');
  });
});
