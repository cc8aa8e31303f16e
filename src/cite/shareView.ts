import { copyText } from './copyText';
import { currentViewLink } from './links';

/**
 * Shares the current view: the system's share sheet where the browser has one, else the link is
 * copied. Says what happened, in words for the status line ('' when the reader closed the sheet).
 */
export async function shareView(): Promise<string> {
  const url = currentViewLink();
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: document.title, url });
      return '';
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return '';
    }
  }
  return (await copyText(url)) ? 'Link copied' : 'Could not copy the link';
}
