import { useSyncExternalStore } from 'react';

/**
 * The reader's own choice of online tiles, remembered in this browser. A link with `tiles=1`
 * only proposes them: no request leaves for the tile server until the reader turns them on here.
 */
const CONSENT_KEY = 'k2020-online-tiles';
const CHANGE = 'k2020-online-tiles-change';

function readConsent(): boolean {
  try {
    return localStorage.getItem(CONSENT_KEY) === 'on';
  } catch {
    return false;
  }
}
export function writeConsent(on: boolean): void {
  try {
    if (on) localStorage.setItem(CONSENT_KEY, 'on');
    else localStorage.removeItem(CONSENT_KEY);
  } catch {
    // no storage: the choice lasts for this page only, through the URL
  }
  window.dispatchEvent(new Event(CHANGE));
}
function subscribe(l: () => void): () => void {
  window.addEventListener(CHANGE, l);
  window.addEventListener('storage', l);
  return () => {
    window.removeEventListener(CHANGE, l);
    window.removeEventListener('storage', l);
  };
}
export const useConsent = () => useSyncExternalStore(subscribe, readConsent, () => false);

/** Whether tiles may load: the view asks for them and the reader has turned them on here. */
export const useTilesOn = (requested: boolean): boolean => useConsent() && requested;
