import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserOnly } from '../../src/ui/BrowserOnly';
import { resetFirstInputForTests } from '../../src/ui/firstInput';
import { Prerendering } from '../../src/ui/prerendering';

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
    const entries = this.targets.map(
      (target) => ({ target, isIntersecting: visible }) as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

afterEach(() => {
  resetFirstInputForTests();
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

  it('that wait for the reader keep their frame until the first input, then draw', async () => {
    resetFirstInputForTests();
    render(
      <BrowserOnly frame={<p>picture</p>} whenEngaged>
        <p>map</p>
      </BrowserOnly>,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByText('picture')).toBeInTheDocument();
    expect(screen.queryByText('map')).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('keydown'));
    });
    expect(await screen.findByText('map')).toBeInTheDocument();
  });

  it('that no longer wait for the reader draw at once', async () => {
    resetFirstInputForTests();
    const { rerender } = render(
      <BrowserOnly frame={<p>picture</p>} whenEngaged>
        <p>map</p>
      </BrowserOnly>,
    );
    rerender(
      <BrowserOnly frame={<p>picture</p>} whenEngaged={false}>
        <p>map</p>
      </BrowserOnly>,
    );
    expect(await screen.findByText('map')).toBeInTheDocument();
  });
});
