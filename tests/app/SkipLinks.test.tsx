import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SkipLinks } from '../../src/app/SkipLinks';
import { PaneSkeleton } from '../../src/ui/PaneSkeleton';
import { PANES } from '../../src/ui/panes';

describe('the skip links', () => {
  it('keep their names and go to each pane by its id, its skeleton included', async () => {
    Element.prototype.scrollIntoView = () => undefined;
    render(
      <>
        <SkipLinks />
        <PaneSkeleton pane={PANES.timeline} />
      </>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Skip to map', '#map'],
      ['Skip to timeline', '#timeline'],
      ['Skip to casualties', '#casualties'],
    ]);
    await userEvent.click(screen.getByRole('link', { name: 'Skip to timeline' }));
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveFocus();
  });
});
