import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildLookups } from '../../src/model/lookups';
import { buildEventRows } from '../../src/model/eventRows';
import { EventList } from '../../src/timeline/EventList';
import { actors, events, places, sources } from '../fixtures/bundle';

const lookups = buildLookups(sources, actors, places);

describe('the event list (issue 19)', () => {
  // jsdom lays nothing out: the scroller reports the size of a tall pane, so rows are drawn.
  beforeAll(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
  });
  afterAll(() => vi.restoreAllMocks());

  it('is one tab stop: only the active event and its links and buttons are in the tab order', async () => {
    render(<EventList rows={buildEventRows(events, 'asc')} lookups={lookups} onShow={() => undefined} />);
    const articles = await within(screen.getByRole('list', { name: 'Events' })).findAllByRole('article');
    expect(articles.length).toBeGreaterThan(1);
    expect(articles.filter((a) => a.tabIndex === 0)).toHaveLength(1);
    const [first, ...rest] = articles;
    expect(first.tabIndex).toBe(0);
    for (const a of rest) {
      expect(a.tabIndex).toBe(-1);
      for (const c of a.querySelectorAll<HTMLElement>('a, button')) expect(c.tabIndex).toBe(-1);
    }
    for (const c of first.querySelectorAll<HTMLElement>('a, button')) expect(c.tabIndex).toBe(0);
  });

  it('moves between events with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    render(<EventList rows={buildEventRows(events, 'asc')} lookups={lookups} onShow={() => undefined} />);
    const articles = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('article');
    await within(screen.getByRole('list', { name: 'Events' })).findAllByRole('article');
    await user.tab();
    expect(document.activeElement).toBe(articles()[0]);
    await user.keyboard('{ArrowDown}');
    await expect.poll(() => document.activeElement).toBe(articles()[1]);
    expect(articles()[1].tabIndex).toBe(0);
    expect(articles()[0].tabIndex).toBe(-1);
    await user.keyboard('{ArrowUp}');
    await expect.poll(() => document.activeElement).toBe(articles()[0]);
    await user.keyboard('{End}');
    await expect.poll(() => document.activeElement).toBe(articles().at(-1));
    await user.keyboard('{Home}');
    await expect.poll(() => document.activeElement).toBe(articles()[0]);
  });
});
