import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataProblems } from '../../src/app/DataProblems';
import { ViewNotice } from '../../src/app/ViewNotice';
import { actors, casualties, events, places, regions, sources } from '../fixtures/bundle';
import { renderWithClient } from '../renderWithClient';

const files: Record<string, unknown> = {
  'actors.json': actors,
  'places.json': places,
  'regions.geojson': regions,
  'events.json': events,
  'sources.json': sources,
  'casualties.json': casualties,
};

function serve(overrides: Record<string, unknown> = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async (url: string) =>
        new Response(JSON.stringify({ ...files, ...overrides }[url.replace('/data/', '')])),
    ),
  );
}

beforeEach(() => serve());
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('a link that asks for what is not there', () => {
  it('says "No district … — showing all" and drops it from the URL', async () => {
    window.history.replaceState(null, '', '/?region=az-nowhere&from=2020-10-01');
    renderWithClient(<ViewNotice />);
    expect(
      await screen.findByText("No district 'az-nowhere' — showing all", {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?from=2020-10-01'), { timeout: 5000 });
  });

  it('names invalid and unknown parameters', async () => {
    window.history.replaceState(null, '', '/?utm=1&measure=everything');
    renderWithClient(<ViewNotice />);
    expect(screen.getByRole('status')).toHaveTextContent('Unknown link parameter "utm" ignored');
    expect(screen.getByRole('status')).toHaveTextContent('Invalid "measure" ignored: everything');
  });
});

describe('data problems', () => {
  it('names a reference to a record that does not exist, by file, record and field', async () => {
    serve({ 'events.json': [{ ...events[0], actorId: 'nobody' }] });
    renderWithClient(<DataProblems />);
    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          `events.json: record "${events[0].id}", field "actorId": unknown actorId "nobody"`,
        ),
      { timeout: 5000 },
    );
  });
});
