/** A stand-in IntersectionObserver: the test says which element came into view. */
export class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  disconnect() {
    this.targets = [];
  }
  /** Reports `el` as (not) intersecting to every observer watching it. */
  static show(el: Element, visible = true) {
    for (const o of FakeObserver.all.filter((x) => x.targets.includes(el))) {
      o.callback(
        [{ target: el, isIntersecting: visible } as IntersectionObserverEntry],
        o as unknown as IntersectionObserver,
      );
    }
  }
}

/** jsdom lays nothing out: puts `el` at `top` px (500 px tall) for getBoundingClientRect. */
export function placeAt(el: Element, top: number): void {
  el.getBoundingClientRect = () =>
    ({ top, bottom: top + 500, left: 0, right: 400, width: 400, height: 500 }) as DOMRect;
}
