import type { ReactNode } from 'react';
import { isSafeUrl } from './safeUrl';

/** A source link: opens in a new tab without handing the page to the opened site. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeUrl(href)) return <span className="unsafe-link">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
