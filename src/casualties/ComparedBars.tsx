import { forwardRef, type ReactElement } from 'react';
import type { Actor, Source } from '../data/schemas';
import type { ComparedGroup } from '../model/claimsCompared';
import { groupWords, subjectSuffix, voiceColour, voiceWords, whoseWords } from './comparedWords';
import { plotValue } from '../model/casualtySeries';
import { formatFigure } from '../model/casualtyLabels';


interface Props {
  groups: ComparedGroup[];
  title: string;
  actorsById: ReadonlyMap<string, Actor>;
  sourcesById: ReadonlyMap<string, Source>;
}

const WIDTH = 460;
const LABEL = 150;
const BAR = 14;
const ROW = 40;

/**
 * Grouped horizontal bars drawn as plain SVG: one bar per reporter's latest claim, the value and
 * its qualifier at the bar's end, the source under it. Scales are per group, so a small civilian
 * count is not flattened by a military one.
 */
export const ComparedBars = forwardRef<SVGSVGElement, Props>(function ComparedBars({ groups, title, actorsById, sourcesById }, ref) {
  let y = 24;
  const rows: ReactElement[] = [];
  for (const g of groups) {
    const max = Math.max(...g.claims.map((c) => plotValue(c.figure)), 1);
    rows.push(
      <text key={`${g.whose}-${g.group}`} x={0} y={y + 12} className="svg-heading" fontSize={12} fontWeight={700} fill="#111827">
        {whoseWords[g.whose]} {groupWords[g.group]}
      </text>,
    );
    y += 20;
    for (const c of g.claims) {
      const w = ((WIDTH - LABEL - 70) * plotValue(c.figure)) / max;
      const src = sourcesById.get(c.figure.sourceIds[0]);
      rows.push(
        <g key={c.seriesId} transform={`translate(0 ${y})`}>
          <text x={0} y={11} fontSize={11} fill="#111827">
            {`${(actorsById.get(c.actorId)?.name ?? c.actorId).slice(0, 22)}${subjectSuffix(c.side, g.whose)}`}
          </text>
          <rect x={LABEL} y={0} width={Math.max(w, 1)} height={BAR} fill={voiceColour[c.voice]} />
          <text x={LABEL + w + 4} y={11} fontSize={11} fill="#111827">
            {formatFigure(c.figure)}
          </text>
          <text x={LABEL} y={BAR + 11} fontSize={9.5} fill="#4b5563">
            {`${voiceWords[c.voice]} · ${c.figure.reportedOn} · ${src ? src.publisher : ''}`.slice(0, 60)}
          </text>
        </g>,
      );
      y += ROW;
    }
    y += 6;
  }
  return (
    <svg ref={ref} viewBox={`0 0 ${WIDTH} ${y}`} width="100%" role="img" aria-label={title} className="compared-bars">
      <text x={0} y={12} fontSize={12} fill="#374151">
        {title}
      </text>
      {rows}
    </svg>
  );
});
