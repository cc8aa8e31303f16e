import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import dataVersion from 'virtual:data-version';
import { CiteButton } from '../cite/CiteButton';
import { currentViewLink } from '../cite/links';
import type { ChartTable } from '../state/viewState';
import { useViewStateField, writeViewState } from '../state/useViewState';

interface Props {
  id: ChartTable;
  caption: string;
  table: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Every chart is a figure with a caption and a table of the same numbers; which one shows is
 * part of the view state (tables=), so a shared link opens the table if that is what was open.
 */
export function ChartFrame({ id, caption, table, actions, children }: Props) {
  const asTable = useViewStateField('tables').includes(id);
  const body = useRef<HTMLDivElement>(null);
  useNoInertSvgStops(body);
  return (
    <figure className="chart" aria-label={caption}>
      <figcaption className="chart__caption">
        <span>
          {caption}
          {dataVersion ? <span className="chart__version"> · Data version {dataVersion.version}</span> : null}
        </span>
        <span className="chart__actions">
          {actions}
          <CiteButton
            label="Cite this"
            className="button button--small"
            request={() => ({ kind: 'chart', id, title: caption, url: currentViewLink(), sources: [] })}
          />
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              writeViewState((s) => ({
                tables: asTable ? s.tables.filter((t) => t !== id) : [...s.tables, id],
              }))
            }
          >
            {asTable ? 'Show chart' : 'Show table'}
          </button>
        </span>
      </figcaption>
      <div className="chart__body" ref={body}>
        {asTable ? table : children}
      </div>
    </figure>
  );
}

/**
 * Chromium makes some of Recharts' bare SVG groups tab stops with no name and nothing to do
 * (issue 19: 4–9 per chart). They are taken out of the tab order as they appear; a chart's own
 * keyboard route (named, focusable days) is HTML, not SVG.
 */
function useNoInertSvgStops(body: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const el = body.current;
    if (!el || typeof MutationObserver === 'undefined') return;
    const fix = () =>
      el
        .querySelectorAll('svg g:not([tabindex]), svg:not([tabindex])')
        .forEach((g) => g.setAttribute('tabindex', '-1'));
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [body]);
}
