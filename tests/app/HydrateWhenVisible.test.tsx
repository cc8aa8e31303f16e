import { act, render, screen } from '@testing-library/react';
import { Suspense, useEffect } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstLoadProvider, HydrateWhenVisible } from '../../src/app/HydrateWhenVisible';
import { useViewState, writeViewState } from '../../src/state/useViewState';
import { PANES, type Pane } from '../../src/ui/panes';
import { FakeObserver, placeAt } from '../fakeObserver';

let hydrated: string[] = [];

/** A pane showing the view's start day; it notes when React has taken it over. */
function Section({ pane }: { pane: Pane }) {
  const [state] = useViewState();
  useEffect(() => void hydrated.push(pane.id), [pane.id]);
  return (
    <section id={pane.id} aria-label={pane.label}>
      <p>{`${pane.label} from ${state.from}`}</p>
    </section>
  );
}

function Page() {
  return (
    <main>
      {[PANES.map, PANES.timeline].map((pane) => (
        <Suspense key={pane.id} fallback={<p>Loading</p>}>
          <HydrateWhenVisible pane={pane}>
            <Section pane={pane} />
          </HydrateWhenVisible>
        </Suspense>
      ))}
    </main>
  );
}

/** The prerendered page in the document, the map on screen and the timeline below the fold. */
function prerendered(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Page />);
  document.body.append(container);
  placeAt(document.getElementById(PANES.map.id)!, 0);
  placeAt(document.getElementById(PANES.timeline.id)!, window.innerHeight + 100);
  return container;
}

let root: Root | undefined;

/** The app's first load: panes below the fold wait until they are on screen. */
async function hydrateDeferred(container: HTMLElement, onRecoverableError: () => void): Promise<void> {
  await act(async () => {
    root = hydrateRoot(
      container,
      <FirstLoadProvider deferBelowFold>
        <Page />
      </FirstLoadProvider>,
      { onRecoverableError },
    );
  });
}

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  hydrated = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  FakeObserver.all = [];
  document.body.innerHTML = '';
});

describe('hydrating the prerendered page pane by pane', () => {
  it('hydrates a pane below the fold only once it is on screen, keeping its prerendered HTML meanwhile', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const container = prerendered();
    const text = container.querySelector(`#${PANES.timeline.id} p`)!;
    await hydrateDeferred(container, recoverable);
    expect(hydrated).toEqual([PANES.map.id]);
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent('Timeline from 2020-09-27');

    await act(async () => FakeObserver.show(document.getElementById(PANES.timeline.id)!));
    expect(hydrated).toEqual([PANES.map.id, PANES.timeline.id]);
    expect(container.querySelector(`#${PANES.timeline.id} p`)).toBe(text); // hydrated, not drawn afresh
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled(); // nor React's warning against `use` skipped once settled
  });

  it('hydrates a late pane for the view the reader chose meanwhile, with no mismatch', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const container = prerendered();
    await hydrateDeferred(container, recoverable);
    await act(async () => writeViewState({ from: '2020-10-05' }));
    expect(screen.getByRole('region', { name: 'Map' })).toHaveTextContent('Map from 2020-10-05');
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent('Timeline from 2020-09-27');

    await act(async () => FakeObserver.show(document.getElementById(PANES.timeline.id)!));
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent('Timeline from 2020-10-05');
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('draws every pane at once on a page drawn afresh', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(
      <FirstLoadProvider deferBelowFold={false}>
        <Page />
      </FirstLoadProvider>,
    );
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(FakeObserver.all).toEqual([]);
  });
});
