import type { MouseEvent } from 'react';

const targets = [
  { pane: 'Map', text: 'Skip to map', hash: '#map' },
  { pane: 'Timeline', text: 'Skip to timeline', hash: '#timeline' },
  { pane: 'Casualties', text: 'Skip to casualties', hash: '#casualties' },
];

/**
 * The first tab stops of the page: straight to each pane (issue 19). A pane is the section named
 * after it (also its skeleton, or its error), focused so that the next Tab goes on inside it.
 */
export function SkipLinks() {
  const skip = (e: MouseEvent<HTMLAnchorElement>, pane: string) => {
    const section = document.querySelector<HTMLElement>(`section.pane[aria-label="${pane}"]`);
    if (!section) return;
    e.preventDefault();
    if (!section.hasAttribute('tabindex')) section.tabIndex = -1;
    section.focus({ preventScroll: true });
    section.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map((t) => (
        <a key={t.pane} className="skip-link" href={t.hash} onClick={(e) => skip(e, t.pane)}>
          {t.text}
        </a>
      ))}
    </nav>
  );
}
