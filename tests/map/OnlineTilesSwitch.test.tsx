import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { OnlineTilesSwitch } from '../../src/map/OnlineTilesSwitch';
import { useTilesOn } from '../../src/map/tileConsent';

/** The switch as the map uses it: the URL's `tiles` (here a state) and whether tiles may load. */
function Harness({ fromLink }: { fromLink: boolean }) {
  const [tiles, setTiles] = useState(fromLink);
  const on = useTilesOn(tiles);
  return (
    <>
      <OnlineTilesSwitch on={tiles} onChange={setTiles} />
      <p>{on ? 'tiles load' : 'no tile request'}</p>
    </>
  );
}

afterEach(() => localStorage.clear());

describe('online tiles are the reader’s choice', () => {
  it('a tiles=1 link only proposes them; the reader turns them on here', async () => {
    render(<Harness fromLink />);
    const toggle = screen.getByRole('switch', { name: 'Online map tiles' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/Proposed by this link/);
    expect(screen.getByText('no tile request')).toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).toBeChecked();
    expect(screen.getByText('tiles load')).toBeInTheDocument();
  });

  it('the choice is remembered in this browser, and turning off forgets it', async () => {
    const { unmount } = render(<Harness fromLink={false} />);
    await userEvent.click(screen.getByRole('switch', { name: 'Online map tiles' }));
    unmount();
    render(<Harness fromLink />);
    expect(screen.getByText('tiles load')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Online map tiles' }));
    expect(localStorage.length).toBe(0);
  });
});
