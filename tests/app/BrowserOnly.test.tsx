import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserOnly } from '../../src/app/BrowserOnly';
import { Prerendering } from '../../src/app/prerendering';

/** A stand-in IntersectionObserver whose targets the test brings into view by hand. */
class FakeObserver {
  static last: FakeObserver | undefined;
  targets: Element[] = [];
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  disconnect() {
    this.targets = [];
  }
  show(visible: boolean) {
    const entries = this.targets.map((target) => ({ target, isIntersecting: visible }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = undefined;
});

describe('parts that need a browser', () => {
  it('keep their reserved frame while prerendered', () => {
    render(
      <Prerendering.Provider value={true}>
        <BrowserOnly frame={<p>frame</p>}>
          <p>chart</p>
        </BrowserOnly>
      </Prerendering.Provider>,
    );
    expect(screen.getByText('frame')).toBeInTheDocument();
    expect(screen.queryByText('chart')).not.toBeInTheDocument();
  });

  it('replace the frame once the page has been painted', async () => {
    render(
      <BrowserOnly frame={<p>frame</p>}>
        <p>map</p>
      </BrowserOnly>,
    );
    expect(screen.getByText('frame')).toBeInTheDocument();
    expect(await screen.findByText('map')).toBeInTheDocument();
  });

  it('that wait for the viewport draw nothing until their frame is on screen', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(
      <BrowserOnly frame={<p>frame</p>} whenVisible>
        <p>chart</p>
      </BrowserOnly>,
    );
    act(() => FakeObserver.last!.show(false));
    expect(screen.queryByText('chart')).not.toBeInTheDocument();
    act(() => FakeObserver.last!.show(true));
    expect(await screen.findByText('chart')).toBeInTheDocument();
  });
});
