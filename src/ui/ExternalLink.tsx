import type { ReactNode } from 'react';
import { isSafeUrl } from './safeUrl';

/** A source link: opens in a new tab without handing the page to the opened site. */
export function ExternalLink({
  href,
  children,
  tabIndex,
}: {
  href: string;
  children: ReactNode;
  tabIndex?: number;
}) {
  if (!isSafeUrl(href)) return <span className="unsafe-link">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" tabIndex={tabIndex}>
      {children}
    </a>
  );
}
