import type { Source } from '../data/schemas';
import { ExternalLink } from './ExternalLink';

/** A record's sources as links named by their publisher (unknown ids are skipped). */
export function SourceLinks({ ids, sourcesById }: { ids: readonly string[]; sourcesById: ReadonlyMap<string, Source> }) {
  return (
    <>
      {ids.map((id) => {
        const s = sourcesById.get(id);
        return s ? (
          <span key={id} className="source-ref">
            <ExternalLink href={s.url}>{s.publisher}</ExternalLink>{' '}
          </span>
        ) : null;
      })}
    </>
  );
}
