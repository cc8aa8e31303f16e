import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { BundleError } from '../data/bundleError';
import { PaneSkeleton } from './PaneSkeleton';
import type { Pane } from './panes';

interface Props {
  pane: Pane;
  queries: UseQueryResult<unknown>[];
  children: () => ReactNode;
}

/**
 * Renders a pane once all the files it needs have loaded: a skeleton meanwhile, and an alert
 * naming each failed file and field, with a retry, when one could not be loaded or validated.
 */
export function DataGate({ pane, queries, children }: Props) {
  const { label } = pane;
  const failed = queries.filter((q) => q.isError);
  if (failed.length) {
    return (
      <section className="pane pane--failed" id={pane.id} aria-label={label}>
        <div role="alert" className="alert">
          <p>
            <strong>The {label.toLowerCase()} view cannot show its data.</strong>
          </p>
          <ul>
            {failed.map((q, i) => {
              const err = q.error;
              const file = err instanceof BundleError ? err.file : 'a data file';
              const problems = err instanceof BundleError ? err.problems : [String(err)];
              return (
                <li key={`${file}-${i}`}>
                  <code>{file}</code>: <bdi>{problems.join('; ')}</bdi>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => failed.forEach((q) => void q.refetch())}>
            Retry
          </button>
        </div>
      </section>
    );
  }
  if (queries.some((q) => q.isPending)) return <PaneSkeleton pane={pane} />;
  return <>{children()}</>;
}
