import { memo, useLayoutEffect, useRef, useState } from 'react';
import { formatDay } from '../data/calendar';
import { buildChart, FONT, LINE_H, type ChartInput, type ChartModel } from '../model/casualtyChart';
import { formatFigure } from '../model/casualtyLabels';

type Props = Omit<ChartInput, 'width'> & { title: string };

/**
 * The subject's chart as plain SVG, drawn from the model at the width it is given (measured
 * here): every position, label and reason is computed in src/model/casualtyChart.ts.
 */
export default function RevisionsChart(props: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setWidth(Math.floor(el.clientWidth));
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.floor(e.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <div ref={box} className="revisions-chart__frame">
      {width > 0 ? <Drawn {...props} width={width} /> : null}
    </div>
  );
}

const Drawn = memo(function Drawn({ title, ...input }: ChartInput & { title: string }) {
  const m = buildChart(input);
  if (m.reason) return <p className="empty">{m.reason}</p>;
  return <ChartSvg m={m} title={title} series={input.series} />;
});

type Plot = ChartModel['plot'];

function ChartSvg({ m, title, series }: { m: ChartModel; title: string; series: ChartInput['series'] }) {
  return (
    <svg
      className="revisions-svg"
      width={m.width}
      height={m.height}
      viewBox={`0 0 ${m.width} ${m.height}`}
      role="img"
      aria-label={`${title}: figures by date of announcement, ${m.cutoff.label.toLowerCase()}`}
      fontSize={FONT}
      fontFamily="system-ui, sans-serif"
    >
      <YGrid ticks={m.yTicks} plot={m.plot} />
      <PanelAxes panels={m.panels} plot={m.plot} />
      <Veils veils={m.veils} plot={m.plot} />
      <CutoffMark cutoff={m.cutoff} plot={m.plot} />
      {m.lines.map((l) => (
        <SeriesLine key={l.id} line={l} series={series.find((x) => x.id === l.id)} />
      ))}
      {m.labels.map((l) => (
        <SeriesLabel key={l.id} label={l} />
      ))}
    </svg>
  );
}

/** Horizontal grid lines with their figures on the left. */
function YGrid({ ticks, plot }: { ticks: ChartModel['yTicks']; plot: Plot }) {
  return ticks.map((t) => (
    <g key={t.label}>
      <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke="#e5e7eb" />
      <text x={plot.left - 4} y={t.y + 4} textAnchor="end" fill="#4b5563">
        {t.label}
      </text>
    </g>
  ));
}

/** Each panel's title, baseline and date ticks. */
function PanelAxes({ panels, plot }: { panels: ChartModel['panels']; plot: Plot }) {
  return panels.map((p) => (
    <g key={p.title}>
      <text x={p.x0} y={12} fontWeight={600} fill="#111827">
        {p.title}
      </text>
      <line x1={p.x0} x2={p.x1} y1={plot.bottom} y2={plot.bottom} stroke="#9ca3af" />
      {p.ticks.map((t) => (
        <text key={t.label} x={t.x} y={plot.bottom + 15} textAnchor={t.anchor} fill="#4b5563">
          {t.label}
        </text>
      ))}
    </g>
  ));
}

/** Grey veils over what was announced after the cut-off. */
function Veils({ veils, plot }: { veils: ChartModel['veils']; plot: Plot }) {
  return veils.map((v) => (
    <rect
      key={v.x0}
      className="revisions-svg__veil"
      x={v.x0}
      y={plot.top}
      width={v.x1 - v.x0}
      height={plot.bottom - plot.top}
      fill="#f3f4f6"
      fillOpacity={0.85}
    />
  ));
}

/** The dashed "as known on" line and its label. */
function CutoffMark({ cutoff, plot }: { cutoff: ChartModel['cutoff']; plot: Plot }) {
  return (
    <>
      <line
        x1={cutoff.x}
        x2={cutoff.x}
        y1={plot.top - 10}
        y2={plot.bottom}
        stroke="#111827"
        strokeDasharray="2 2"
      />
      <text
        className="revisions-svg__cutoff"
        x={cutoff.x + (cutoff.anchor === 'end' ? -4 : 4)}
        y={plot.top - 2}
        textAnchor={cutoff.anchor}
        fill="#111827"
      >
        {cutoff.label}
      </text>
    </>
  );
}

/** A series' end label, joined to the end of its line by a leader. */
function SeriesLabel({ label: l }: { label: ChartModel['labels'][number] }) {
  return (
    <g className="revisions-svg__label" data-series={l.id}>
      <path
        d={`M${l.endX},${l.endY}H${l.x - 4}V${l.top + LINE_H / 2}`}
        stroke={l.colour}
        strokeOpacity={0.5}
        fill="none"
      />
      <text x={l.x} y={l.top} fill={l.colour}>
        {l.lines.map((t, i) => (
          <tspan key={i} x={l.x} dy={i === 0 ? LINE_H - 3 : LINE_H} fontWeight={i >= l.whoLines ? 600 : 400}>
            {t}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** One series: its known and later steps, and a dot per figure named in a tooltip. */
function SeriesLine({
  line: l,
  series: s,
}: {
  line: ChartModel['lines'][number];
  series?: ChartInput['series'][number];
}) {
  return (
    <g
      className={`series-line series-${l.id}`}
      stroke={l.colour}
      fill="none"
      strokeWidth={2}
      strokeDasharray={l.dashed ? '5 3' : undefined}
    >
      <path d={l.later} strokeOpacity={0.3} />
      <path d={l.known} />
      {l.dots.map((d) => {
        const f = s?.points.find((p) => p.id === d.key);
        const cut = d.veiled ? ' (after the cut-off)' : '';
        return (
          <circle
            key={d.key}
            cx={d.x}
            cy={d.y}
            r={2.5}
            fill={l.colour}
            stroke="none"
            fillOpacity={d.veiled ? 0.3 : 1}
          >
            {f ? (
              <title>{`${s?.name}: ${formatFigure(f)}, announced ${formatDay(f.reportedOn)}${cut}`}</title>
            ) : null}
          </circle>
        );
      })}
    </g>
  );
}
