import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildLookups } from '../../src/model/lookups';
import { EventItem } from '../../src/timeline/EventItem';
import { actors, events, places, sources } from '../fixtures/bundle';

const lookups = buildLookups(sources, actors, places);
const unplaced = events.find((e) => e.id === 'ev-2')!;

describe('an event’s "Copy link" and "Cite"', () => {
  it('copies a link that selects the event, even one without a place', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<EventItem event={unplaced} lookups={lookups} selected={false} onShow={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?event=ev-2`);
  });

  it('marks the selected event as current', () => {
    render(<EventItem event={unplaced} lookups={lookups} selected onShow={() => undefined} />);
    expect(screen.getByRole('article')).toHaveAttribute('aria-current', 'true');
  });

  it('opens a citation with the dashboard, version, id, link, day of access and the sources', async () => {
    // jsdom has no modal dialogs: showModal only opens it here.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    render(<EventItem event={unplaced} lookups={lookups} selected={false} onShow={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cite event ev-2' }, { timeout: 5000 });
    const apa = within(dialog).getByLabelText('APA-like text', { selector: 'pre' }).textContent ?? '';
    expect(apa).toMatch(
      /Event ev-2: 2020-10-09: Summary of ev-2 \[Data set, version \d+\.\d+\.\d+, updated \d{4}-\d{2}-\d{2}\]/,
    );
    expect(apa).toContain('In Karabakh 2020: the 44-day war, day by day.');
    expect(apa).toMatch(/Retrieved \d{4}-\d{2}-\d{2}, from http:\/\/localhost(:\d+)?\/\?event=ev-2/);
    expect(apa).toContain('Original sources: Fixture Agency (2020-10-04). A report. https://example.org/a');
    expect(within(dialog).getByLabelText('BibTeX', { selector: 'pre' }).textContent).toMatch(
      /^@misc\{karabakh2020-ev-2-v/,
    );
    expect(
      JSON.parse(within(dialog).getByLabelText('CSL-JSON', { selector: 'pre' }).textContent ?? '')[1].id,
    ).toBe('src-a');
  });
});
