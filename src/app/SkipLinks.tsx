import type { MouseEvent } from 'react';
import { PANES, paneElement, type Pane } from '../ui/panes';

const targets = [PANES.map, PANES.timeline, PANES.casualties];

/**
 * The first tab stops of the page: straight to each pane (issue 19). A pane is the section with
 * its id (also its skeleton, or its error), focused so that the next Tab goes on inside it.
 */
export function SkipLinks() {
  const skip = (e: MouseEvent<HTMLAnchorElement>, pane: Pane) => {
    const section = paneElement(pane);
    if (!section) return;
    e.preventDefault();
    if (!section.hasAttribute('tabindex')) section.tabIndex = -1;
    section.focus({ preventScroll: true });
    section.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map((pane) => (
        <a key={pane.id} className="skip-link" href={`#${pane.id}`} onClick={(e) => skip(e, pane)}>
          {`Skip to ${pane.label.toLowerCase()}`}
        </a>
      ))}
    </nav>
  );
}
