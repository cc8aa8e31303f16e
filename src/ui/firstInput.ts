/**
 * The reader's first use of the page: a pointer moved or pressed, a key, a touch, a wheel. Parts
 * that cost a lot to start and are only looked at until then (the Leaflet map, which has a static
 * picture until then: src/map/StaticMap.tsx) wait for it.
 */
const INPUTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'] as const;

let used = false;
const waiting = new Set<() => void>();

function onInput(): void {
  used = true;
  for (const type of INPUTS) window.removeEventListener(type, onInput, true);
  const callbacks = [...waiting];
  waiting.clear();
  callbacks.forEach((c) => c());
}

let listening = false;
function listen(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
}

// From the first script (main.tsx imports this module), so that input during the load counts.
listen();

/** Calls `callback` once, on the first input (at once if there has been one); returns a cancel. */
export function onFirstInput(callback: () => void): () => void {
  if (used) {
    callback();
    return () => undefined;
  }
  listen();
  waiting.add(callback);
  return () => waiting.delete(callback);
}

/** Tests only: forget the first input. */
export function resetFirstInputForTests(): void {
  used = false;
  listening = false;
  for (const type of INPUTS) window.removeEventListener(type, onInput, true);
  waiting.clear();
}
