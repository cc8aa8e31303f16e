import { act, waitFor } from '@testing-library/react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  canonicalizeUrl,
  flushViewState,
  useViewState,
  useViewStateField,
  writeViewState,
} from '../../src/state/useViewState';
import { useDeferredViewState } from '../../src/state/useDeferredViewState';

describe('the view state hook', () => {
  it('hydrates a page without parameters in one render, not two', async () => {
    window.history.replaceState(null, '', '/');
    let renders = 0;
    function Probe() {
      const [state] = useViewState();
      renders++;
      return <p>{`${state.from} – ${state.to}`}</p>;
    }
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Probe />);
    renders = 0;
    await act(async () => {
      hydrateRoot(container, <Probe />);
    });
    // A new state object after hydration, however equal, would make React render every view
    // again at once (the default view's server snapshot and the URL's must be one object).
    expect(renders).toBe(1);
    expect(container.textContent).toBe('2020-09-27 – 2020-11-10');
  });

  it('drops invalid parameters from the address bar, keeping the path, the valid ones and the hash', () => {
    window.history.replaceState(null, '', '/?junk=1&from=2020-10-01#timeline');
    const entries = window.history.length;
    canonicalizeUrl();
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/?from=2020-10-01#timeline',
    );
    expect(window.history.length).toBe(entries);
  });
});

describe('one field of the view state', () => {
  it('renders again when its field changes, and not at a step of the range', async () => {
    window.history.replaceState(null, '', '/?from=2020-09-27&to=2020-10-01');
    let renders = 0;
    function Tables() {
      const tables = useViewStateField('tables');
      renders++;
      return <p>{tables.join(',') || 'none'}</p>;
    }
    const container = document.createElement('div');
    await act(async () => createRoot(container).render(<Tables />));
    renders = 0;
    act(() => writeViewState({ to: '2020-10-02' }, 'step'));
    act(() => writeViewState({ to: '2020-10-03' }, 'step'));
    expect(renders).toBe(0);
    act(() => writeViewState({ tables: ['daily'] }));
    expect(renders).toBe(1);
    expect(container.textContent).toBe('daily');
  });
});

describe('the deferred view state of a pane body', () => {
  function setup() {
    window.history.replaceState(null, '', '/?from=2020-09-27&to=2020-10-01');
    const seen: string[] = [];
    function Body() {
      const [state] = useDeferredViewState();
      seen.push(state.to);
      return <p>{state.to}</p>;
    }
    const container = document.createElement('div');
    const root = createRoot(container);
    return { seen, container, root, Body };
  }

  it('takes a slider step after the paint, and then shows the URL state', async () => {
    const { container, root, Body } = setup();
    await act(async () => root.render(<Body />));
    expect(container.textContent).toBe('2020-10-01');
    act(() => writeViewState({ to: '2020-10-02' }, 'step'));
    // The input's own frame still shows the previous range: the body follows after the paint.
    expect(container.textContent).toBe('2020-10-01');
    await waitFor(() => expect(container.textContent).toBe('2020-10-02'));
    flushViewState();
    expect(new URLSearchParams(window.location.search).get('to')).toBe('2020-10-02');
    act(() => root.unmount());
  });

  it('takes a discrete change (a click) at once, in the same render as its control', async () => {
    const { container, root, Body } = setup();
    await act(async () => root.render(<Body />));
    act(() => writeViewState({ to: '2020-10-05' }));
    expect(container.textContent).toBe('2020-10-05');
    act(() => root.unmount());
  });

  it('after many quick steps settles on the last one', async () => {
    const { container, root, Body } = setup();
    await act(async () => root.render(<Body />));
    for (const day of ['02', '03', '04', '05', '06'])
      act(() => writeViewState({ to: `2020-10-${day}` }, 'step'));
    await waitFor(() => expect(container.textContent).toBe('2020-10-06'));
    act(() => root.unmount());
  });
});

describe('the deferred view state on Back and Forward', () => {
  it('follows a history navigation in the same render', async () => {
    window.history.replaceState(null, '', '/?to=2020-10-01');
    function Body() {
      const [state] = useDeferredViewState();
      return <p>{state.to}</p>;
    }
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(<Body />));
    window.history.replaceState(null, '', '/?to=2020-10-09');
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(container.textContent).toBe('2020-10-09');
    act(() => root.unmount());
  });
});

describe('when continuous changes reach the address bar', () => {
  it('writes a run of steps once it pauses, and a long run (Play) at least every second', () => {
    vi.useFakeTimers();
    try {
      window.history.replaceState(null, '', '/?to=2020-10-01');
      writeViewState({ to: '2020-10-02' }, 'step');
      vi.advanceTimersByTime(200);
      expect(new URLSearchParams(window.location.search).get('to')).toBe('2020-10-01');
      vi.advanceTimersByTime(200);
      expect(new URLSearchParams(window.location.search).get('to')).toBe('2020-10-02');
      // Steps every 250 ms (Play, fast) never pause for 300 ms: the bar still follows within a second.
      for (let day = 3; day <= 9; day++) {
        writeViewState({ to: `2020-10-0${day}` }, 'step');
        vi.advanceTimersByTime(250);
      }
      const written = new URLSearchParams(window.location.search).get('to') ?? '';
      expect(written > '2020-10-02').toBe(true);
      flushViewState();
      expect(new URLSearchParams(window.location.search).get('to')).toBe('2020-10-09');
    } finally {
      vi.useRealTimers();
    }
  });
});
