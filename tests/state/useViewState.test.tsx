import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, useViewState } from '../../src/state/useViewState';

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
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/?from=2020-10-01#timeline');
    expect(window.history.length).toBe(entries);
  });
});
