/**
 * Everything the casualty view's download buttons do, loaded only when one is pressed (the JS
 * budget is nearly spent): CSV with its context, every figure at once, and the chart as PNG.
 */
import type { Actor, Casualty, Source } from '../data/schemas';
import { buildChart, type ChartInput } from '../model/casualtyChart';
import { casualtiesToCsv, csvFileName, type CsvContext } from '../model/casualtyCsv';
import { chartPicture, type PictureMeta } from './chartPicture';
import { downloadBlob, downloadCsv } from './download';

export function downloadFiguresCsv(
  figures: readonly Casualty[],
  actors: ReadonlyMap<string, Actor>,
  sources: ReadonlyMap<string, Source>,
  context: CsvContext,
): void {
  downloadCsv(casualtiesToCsv(figures, actors, sources, context), csvFileName(context));
}

/** Both claims-compared panels in one file, each row carrying its panel's "as known on" day. */
export function downloadComparedCsv(
  panels: { asKnownOn: string; figures: Casualty[] }[],
  actors: ReadonlyMap<string, Actor>,
  sources: ReadonlyMap<string, Source>,
): void {
  const parts = panels.map((p, i) => {
    const csv = casualtiesToCsv(p.figures, actors, sources, {
      asKnownOn: p.asKnownOn,
      subject: 'claims-compared',
    });
    return i === 0 ? csv : csv.slice(csv.indexOf('\r\n') + 2);
  });
  downloadCsv(
    parts.join(''),
    csvFileName({ asKnownOn: panels[0]?.asKnownOn ?? '', subject: 'claims-compared' }),
  );
}

/** Every casualty record in the bundle, whatever the view: no subject, no cut-off. */
export function downloadAllFigures(
  figures: readonly Casualty[],
  actors: ReadonlyMap<string, Actor>,
  sources: ReadonlyMap<string, Source>,
  lastDay: string,
): void {
  const sorted = [...figures].sort((a, b) =>
    a.reportedOn < b.reportedOn ? -1 : a.reportedOn > b.reportedOn ? 1 : a.id < b.id ? -1 : 1,
  );
  downloadCsv(
    casualtiesToCsv(sorted, actors, sources, { asKnownOn: lastDay, subject: 'all' }),
    `karabakh-2020-casualties-all-figures-to-${lastDay}.csv`,
  );
}

/** The chart drawn at 1,000 px from the model, with its title and context, saved at twice that size. */
export async function downloadChartPng(
  input: Omit<ChartInput, 'width'>,
  meta: PictureMeta,
  filename: string,
): Promise<void> {
  const { svg, width, height } = chartPicture(buildChart({ ...input, width: 1000 }), meta);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the chart to an image.');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('The chart could not be turned into an image.');
    downloadBlob(png, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
