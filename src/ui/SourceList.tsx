import { Fragment } from 'react';
import type { Source } from '../data/schemas';
import { ExternalLink } from './ExternalLink';

interface Props {
  /** The record's source ids; repeats and ids not in the bundle are skipped. */
  ids: readonly string[];
  sourcesById: ReadonlyMap<string, Source>;
  /** Put between two links: " · " in running text, a space in a table cell. */
  separator?: string;
  /** Each link reads "Publisher, YYYY-MM-DD" instead of the publisher alone. */
  dated?: boolean;
  /** At most this many links (a card with no room for a long list). */
  max?: number;
  /** -1 in a row that is not its list's tab stop (roving focus). */
  tabIndex?: number;
  /** A class on each link's span (`source-ref` keeps a link on one line). */
  className?: string;
}

/** The sources of a record as links: the one way every view renders them (http(s) only, via ExternalLink). */
export function SourceList({
  ids,
  sourcesById,
  separator = ' · ',
  dated = false,
  max,
  tabIndex,
  className,
}: Props) {
  const known = [...new Set(ids)].flatMap((id) => sourcesById.get(id) ?? []).slice(0, max);
  return (
    <>
      {known.map((s, i) => (
        // The separator stands outside the span, so a line may break there even when the span may not.
        <Fragment key={s.id}>
          {i > 0 ? separator : null}
          <span className={className}>
            <ExternalLink href={s.url} tabIndex={tabIndex}>
              {dated ? (
                <>
                  <bdi>{s.publisher}</bdi>, {s.published}
                </>
              ) : (
                s.publisher
              )}
            </ExternalLink>
          </span>
        </Fragment>
      ))}
    </>
  );
}
