/**
 * The casualty chart, computed: two panels side by side — the 45 days at a readable width, and
 * the revisions after the war — each series a step line (a figure holds until its reporter's
 * next one), a veil over what had not been announced by the cut-off, and a label at each line's
 * end, nudged so none overprints another. Pixels in, pixels out: the view only draws this.
 */
import { daysBetween, formatDay, WAR_END, WAR_START, type IsoDate } from '../data/calendar';
import type { Casualty } from '../data/schemas';
import { plotValue, valueOn } from './casualtySeries';
import { formatFigure } from './casualtyLabels';
import { voiceColour, voiceDashed } from './casualtyVoices';
import { labelsHeight, nudgeLabels, wrapText } from './labelNudge';
import type { SubjectSeries } from './subjectSeries';

/** Text metrics (px) for 11 px sans-serif; CHAR_W is wide on purpose, so a label never runs out of its box. */
export const FONT = 11;
export const LINE_H = 13;
const CHAR_W = 6.6;
const TOP = 36;
const BOTTOM = 24;
const PANEL_GAP = 16;
const WAR_DAYS = daysBetween(WAR_START, WAR_END) + 1;

export interface ChartInput {
  series: readonly SubjectSeries[];
  shown: ReadonlySet<string>;
  /** The last day whose announcements count as known: the timeline's end date, or the record's last day. */
  knownOn: IsoDate;
  /** The right edge of the post-war panel. */
  end: IsoDate;
  width: number;
}

export interface Tick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}
export interface Panel {
  title: string;
  x0: number;
  x1: number;
  ticks: Tick[];
}
export interface ChartLine {
  id: string;
  colour: string;
  dashed: boolean;
  known: string;
  later: string;
  dots: { x: number; y: number; key: string; veiled: boolean }[];
}
export interface ChartLabel {
  id: string;
  lines: string[];
  /** The first lines name who speaks; the rest give the figure. */ whoLines: number;
  x: number;
  top: number;
  colour: string;
  endX: number;
  endY: number;
}

export interface ChartModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  panels: Panel[];
  yTicks: { y: number; label: string }[];
  lines: ChartLine[];
  labels: ChartLabel[];
  veils: { x0: number; x1: number }[];
  cutoff: { x: number; label: string; anchor: 'start' | 'end' };
  /** Why nothing is drawn, in words; the view shows it instead of the chart. */
  reason?: string;
}

const thousands = new Intl.NumberFormat('en-GB');
/** Day numbers from the war's first day, kept: a subject switch asks for the same few hundred days again. */
const dayNumbers = new Map<IsoDate, number>();
function day(d: IsoDate): number {
  let n = dayNumbers.get(d);
  if (n === undefined) dayNumbers.set(d, (n = daysBetween(WAR_START, d)));
  return n;
}

/** A round top for the y axis: 1, 2, 2.5 or 5 × 10ⁿ per step, four steps. */
export function niceTicks(max: number): number[] {
  const raw = Math.max(max, 1) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const n = Math.ceil(Math.max(max, 1) / step);
  return Array.from({ length: n + 1 }, (_, i) => Math.round(i * step * 100) / 100);
}

/**
 * The plot's height unless its labels need more (px). The page reserves the chart's height before
 * it draws (see .revisions-chart in app.css): the two move together, so the page does not shift.
 */
export const PLOT_HEIGHT = 340;

/**
 * The label's two parts: who, then the figure as given with what it counts. The name loses its
 * bracketed gloss ("(Nikol Pashinyan)"), which the chooser and the table keep.
 */
function labelText(s: SubjectSeries, f: Casualty): { who: string; what: string } {
  return {
    who: s.name.replace(/\s*\([^)]*\)/g, '') || s.name,
    what: `${formatFigure(f)}${s.detail ? ` ${s.detail}` : ''}`,
  };
}

/** Drops a tick whose label would touch the one kept before it (the first and last stay). */
export function spaceTicks(ticks: Tick[]): Tick[] {
  const span = (t: Tick) => {
    const w = t.label.length * CHAR_W;
    const a = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    return [a, a + w];
  };
  const kept: Tick[] = [];
  for (const [i, t] of ticks.entries()) {
    const last = kept[kept.length - 1];
    if (last && span(t)[0] < span(last)[1] + 6) {
      if (i === ticks.length - 1 && kept.length > 1) kept[kept.length - 1] = t;
      else if (i === ticks.length - 1) kept.push(t);
      continue;
    }
    kept.push(t);
  }
  // Two labels that still touch: keep the first alone.
  return kept.length === 2 && span(kept[1])[0] < span(kept[0])[1] + 6 ? [kept[0]] : kept;
}

function warTicks(x0: number, x1: number): Tick[] {
  const days: IsoDate[] =
    x1 - x0 < 220 ? [WAR_START, '2020-10-18', WAR_END] : [WAR_START, '2020-10-11', '2020-10-25', WAR_END];
  const x = (d: IsoDate) => x0 + ((day(d) + 0.5) / WAR_DAYS) * (x1 - x0);
  return spaceTicks(
    days.map((d, i) => ({
      x: x(d),
      label: formatDay(d, { day: 'numeric', month: 'short' }),
      anchor: i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle',
    })),
  );
}

function postTicks(x0: number, x1: number, end: IsoDate): Tick[] {
  const from = day(WAR_END) + 1;
  const span = day(end) + 1 - from;
  const out: Tick[] = [];
  for (let y = 2021; `${y}-01-01` <= end; y++) {
    const x = x0 + ((day(`${y}-01-01`) - from) / span) * (x1 - x0);
    out.push({ x, label: String(y), anchor: x - x0 < 16 ? 'start' : x1 - x < 16 ? 'end' : 'middle' });
  }
  return spaceTicks(out);
}

export function buildChart({ series, shown, knownOn, end, width }: ChartInput): ChartModel {
  const drawn = series.filter((s) => shown.has(s.id));
  const labelW = Math.round(Math.min(200, Math.max(100, width * 0.32)));
  const maxChars = Math.max(8, Math.floor((labelW - 8) / CHAR_W));
  const endDay = day(end) + 1;
  const cutDay = Math.min(day(knownOn) + 1, endDay);
  // Past the chart's right edge nothing is drawn: labels give the value at the edge.
  const labelDay: IsoDate = knownOn < end ? knownOn : end;
  const inDomain = (c: Casualty) => day(c.reportedOn) < endDay;
  const values = drawn.flatMap((s) => s.points.filter(inDomain).map(plotValue));
  const yTicksRaw = niceTicks(Math.max(0, ...values));
  const yMax = yTicksRaw[yTicksRaw.length - 1];
  const axisW = Math.ceil(thousands.format(yMax).length * CHAR_W + 8);

  const known = drawn
    .map((s) => ({ s, f: valueOn(s, labelDay) }))
    .filter((x): x is { s: SubjectSeries; f: Casualty } => !!x.f);
  const labelLines = new Map(
    known.map(({ s, f }) => {
      const t = labelText(s, f);
      return [s.id, { who: wrapText(t.who, maxChars), what: wrapText(t.what, maxChars) }];
    }),
  );
  const boxes = known.map(({ s }) => ({
    id: s.id,
    want: 0,
    height:
      (labelLines.get(s.id)?.who.length ?? 0) * LINE_H + (labelLines.get(s.id)?.what.length ?? 1) * LINE_H,
  }));
  const plotH = Math.max(PLOT_HEIGHT, labelsHeight(boxes));
  const plot = { left: axisW, right: width - labelW - 8, top: TOP, bottom: TOP + plotH };
  const y = (v: number) => plot.top + plotH * (1 - v / yMax);

  const innerW = plot.right - plot.left - PANEL_GAP;
  // On a phone the war takes a larger share: its 45 days are what most readers come for.
  const warW = Math.round(innerW * (width < 600 ? 0.7 : 0.62));
  const war = { from: 0, to: WAR_DAYS, x0: plot.left, x1: plot.left + warW };
  const post = { from: WAR_DAYS, to: endDay, x0: war.x1 + PANEL_GAP, x1: plot.right };
  const ranges = [war, post];
  const xIn = (p: (typeof ranges)[number], d: number) =>
    p.x0 + ((d - p.from) / (p.to - p.from)) * (p.x1 - p.x0);
  const xOf = (d: number) => xIn(d < WAR_DAYS ? war : post, d);

  /** One piece of path per panel a hold crosses; a step within a panel joins up vertically. */
  const pathOf = (holds: { a: number; b: number; v: number }[]) => {
    let d = '';
    let lastX = NaN;
    for (const h of holds)
      for (const p of ranges) {
        const a = Math.max(h.a, p.from);
        const b = Math.min(h.b, p.to);
        if (a >= b) continue;
        const xs = xIn(p, a);
        const xe = xIn(p, b);
        d +=
          Math.abs(xs - lastX) < 0.01
            ? `V${y(h.v).toFixed(1)}H${xe.toFixed(1)}`
            : `M${xs.toFixed(1)},${y(h.v).toFixed(1)}H${xe.toFixed(1)}`;
        lastX = xe;
      }
    return d;
  };

  const lines: ChartLine[] = drawn.map((s) => {
    const pts = s.points.filter(inDomain);
    const holds = pts.map((c, i) => ({
      a: Math.max(0, day(c.reportedOn)),
      b: i + 1 < pts.length ? Math.max(0, day(pts[i + 1].reportedOn)) : endDay,
      v: plotValue(c),
    }));
    const clip = (lo: number, hi: number) =>
      holds.map((h) => ({ ...h, a: Math.max(h.a, lo), b: Math.min(h.b, hi) })).filter((h) => h.a < h.b);
    return {
      id: s.id,
      colour: voiceColour(s.voice),
      dashed: voiceDashed(s.voice),
      known: pathOf(clip(0, cutDay)),
      later: pathOf(clip(cutDay, endDay)),
      dots: pts.map((c) => ({
        x: xOf(Math.max(0, day(c.reportedOn))),
        y: y(plotValue(c)),
        key: c.id,
        veiled: c.reportedOn > knownOn,
      })),
    };
  });

  const endX = xOf(cutDay >= endDay ? endDay - 0.001 : cutDay);
  const placed = nudgeLabels(
    known.map(({ s, f }, i) => ({ ...boxes[i], want: y(plotValue(f)), id: s.id })),
    plot.top - 4,
    plot.bottom + 4,
  );
  const labels: ChartLabel[] = placed.map((p) => {
    const s = drawn.find((x) => x.id === p.id)!;
    const f = valueOn(s, labelDay)!;
    const t = labelLines.get(p.id) ?? { who: [], what: [] };
    return {
      id: p.id,
      lines: [...t.who, ...t.what],
      whoLines: t.who.length,
      x: plot.right + 8,
      top: p.top,
      colour: voiceColour(s.voice),
      endX: cutDay >= endDay ? plot.right : endX,
      endY: y(plotValue(f)),
    };
  });
  const veils =
    cutDay < endDay
      ? ranges.map((p) => ({ x0: xIn(p, Math.max(cutDay, p.from)), x1: p.x1 })).filter((v) => v.x0 < v.x1)
      : [];
  const cutX = cutDay >= endDay ? plot.right : xOf(cutDay);

  return {
    width,
    height: plot.bottom + BOTTOM,
    plot,
    panels: [
      { title: 'The 45 days', x0: war.x0, x1: war.x1, ticks: warTicks(war.x0, war.x1) },
      {
        title: `After, to ${end.slice(0, 4)}`,
        x0: post.x0,
        x1: post.x1,
        ticks: postTicks(post.x0, post.x1, end),
      },
    ],
    yTicks: yTicksRaw.map((v) => ({ y: y(v), label: thousands.format(v) })),
    lines,
    labels,
    veils,
    cutoff: {
      x: cutX,
      label: knownOn <= end ? `As known on ${formatDay(knownOn)}` : `Drawn to ${formatDay(end)}`,
      anchor: cutX - plot.left > 150 ? 'end' : 'start',
    },
    reason: reasonFor(series, drawn, known.length, knownOn),
  };
}

function reasonFor(
  all: readonly SubjectSeries[],
  drawn: readonly SubjectSeries[],
  knownCount: number,
  knownOn: IsoDate,
): string | undefined {
  if (!all.length) return 'The record holds no figure for this question yet.';
  if (!drawn.length) return 'Every line is switched off: choose one in the list below, or “Show all”.';
  if (!knownCount) return `None of the chosen series had a figure announced by ${formatDay(knownOn)}.`;
  return undefined;
}
