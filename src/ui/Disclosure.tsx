import { useState, type ReactNode } from 'react';

interface Props {
  summary: ReactNode;
  /** Opens (or closes) the disclosure whenever this changes, as `open={…}` on a details would. */
  open?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A `<details>` whose contents exist only while it is open. The timeline's filters and its
 * post-war milestones are closed on load, yet were half of the prerendered page's elements, all
 * parsed, hydrated and kept in memory for a reader who may never open them.
 */
export function Disclosure({ summary, open: wanted = false, className, children }: Props) {
  const [open, setOpen] = useState(wanted);
  const [lastWanted, setLastWanted] = useState(wanted);
  if (wanted !== lastWanted) {
    setLastWanted(wanted);
    setOpen(wanted);
  }
  return (
    <details className={className} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
