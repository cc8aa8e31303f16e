import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/calendar';
import { buildChart, niceTicks } from '../../src/model/casualtyChart';
import { subjectById, subjectsWithData } from '../../src/model/casualtySubjects';
import { voiceLabel, voiceOf } from '../../src/model/casualtyVoices';
import { indexById } from '../../src/model/indexById';
import { labelsHeight, nudgeLabels, wrapText } from '../../src/model/labelNudge';
import { MAX_DEFAULT_LINES, NO_SERIES, shownSeriesIds, subjectSeries } from '../../src/model/subjectSeries';
import { actors, armenianOpposition, cas, casualties } from '../fixtures/bundle';
import { shippedBundle } from '../data/loadBundle';

const opposition = armenianOpposition;

describe('who speaks', () => {
  it('tells own officials, the same side’s opposition, the other side and third parties apart', () => {
    expect(voiceOf({ side: 'nagorno-karabakh', role: 'official' }, 'armenian')).toBe('own');
    expect(voiceOf({ side: 'armenia', role: 'official' }, 'armenian')).toBe('own');
    expect(voiceOf(opposition, 'armenian')).toBe('own-unofficial');
    expect(voiceLabel(opposition, 'armenian')).toBe('own side’s opposition');
    expect(voiceOf({ side: 'azerbaijan', role: 'official' }, 'armenian')).toBe('other');
    expect(voiceOf({ side: 'third-party', role: 'official' }, 'armenian')).toBe('third');
    expect(voiceLabel({ side: 'third-party', role: 'media' }, 'azerbaijani')).toBe('third party (media)');
  });
});

describe('subjects', () => {
  it('offers only subjects with figures', () => {
    expect(subjectsWithData(casualties).map((s) => s.id)).toEqual([
      'armenian-military-dead',
      'azerbaijani-military-dead',
      'azerbaijani-missing',
    ]);
  });

  it('keeps killed-or-wounded a series of its own, labelled as such, beside the dead', () => {
    const figures = [
      ...casualties,
      cas('kw', '2020-10-30', 2300, {
        measure: 'killed-or-wounded',
        qualifier: 'at-least',
        actorId: 'am-mod',
      }),
    ];
    const series = subjectSeries(figures, indexById(actors), subjectById('azerbaijani-military-dead'));
    const kw = series.find((s) => s.measure === 'killed-or-wounded')!;
    expect(kw.detail).toBe('killed or wounded (one figure)');
    expect(kw.voice).toBe('other');
    expect(series.find((s) => s.measure === 'killed')!.points.some((p) => p.id === 'kw')).toBe(false);
  });

  it('shows at most eight lines by default, every voice among them, and the URL’s choice otherwise', () => {
    const b = shippedBundle();
    for (const subject of subjectsWithData(b.casualties)) {
      const series = subjectSeries(b.casualties, indexById(b.actors), subject);
      const shown = shownSeriesIds(series, [], []);
      expect(shown.size).toBeLessThanOrEqual(MAX_DEFAULT_LINES);
      expect(new Set(series.filter((s) => shown.has(s.id)).map((s) => s.voice))).toEqual(
        new Set(series.map((s) => s.voice)),
      );
    }
    const series = subjectSeries(casualties, indexById(actors), subjectById('armenian-military-dead'));
    expect([...shownSeriesIds(series, [series[0].id, 'not-a-series'], [])]).toEqual([series[0].id]);
    expect(shownSeriesIds(series, [NO_SERIES], []).size).toBe(0);
    expect(shownSeriesIds(series, [], [series[0].id]).has(series[0].id)).toBe(false);
  });
});

describe('label nudging', () => {
  it('keeps order, never overlaps and stays within bounds', () => {
    const boxes = [
      { id: 'a', want: 50, height: 26 },
      { id: 'b', want: 52, height: 13 },
      { id: 'c', want: 55, height: 26 },
      { id: 'd', want: 198, height: 13 },
    ];
    const placed = nudgeLabels(boxes, 0, 200);
    expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    for (let i = 1; i < placed.length; i++)
      expect(placed[i].top).toBeGreaterThanOrEqual(placed[i - 1].top + placed[i - 1].height);
    expect(placed[0].top).toBeGreaterThanOrEqual(0);
    expect(placed[3].top + placed[3].height).toBeLessThanOrEqual(200);
    expect(labelsHeight(boxes)).toBe(78 + 9);
  });

  it('wraps words and never cuts one off', () => {
    expect(wrapText('Azerbaijan’s Ministry of Defence', 14)).toEqual([
      'Azerbaijan’s',
      'Ministry of',
      'Defence',
    ]);
    expect(wrapText('Supercalifragilistic', 8).join('').replace(/-/g, '')).toBe('Supercalifragilistic');
    expect(wrapText('Nagorno-Karabakh defence ministry', 14)).toEqual([
      'Nagorno-',
      'Karabakh',
      'defence',
      'ministry',
    ]);
    for (const l of wrapText('Supercalifragilistic', 8)) expect(l.length).toBeLessThanOrEqual(8);
  });
});

describe('the chart model', () => {
  const series = subjectSeries(casualties, indexById(actors), subjectById('armenian-military-dead'));
  const all = new Set(series.map((s) => s.id));

  it('labels each line at its end with the qualifier’s words, with no two labels overlapping, at 375 and 1440 px', () => {
    for (const width of [343, 1400]) {
      const m = buildChart({ series, shown: all, knownOn: '2021-12-31', end: '2022-12-31', width });
      expect(m.reason).toBeUndefined();
      expect(m.labels.map((l) => l.lines.join(' '))).toContain(
        "Azerbaijan's Ministry of Defence about 5,000",
      );
      const sorted = [...m.labels].sort((a, b) => a.top - b.top);
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i].top).toBeGreaterThanOrEqual(sorted[i - 1].top + sorted[i - 1].lines.length * 13);
      for (const l of m.labels)
        expect(l.x + Math.max(...l.lines.map((t) => t.length)) * 6.6).toBeLessThanOrEqual(width);
    }
  });

  it('draws steps in two panels, veils what came after the cut-off, and names the cut-off', () => {
    const m = buildChart({ series, shown: all, knownOn: '2020-10-15', end: '2022-12-31', width: 800 });
    expect(m.panels.map((p) => p.title)).toEqual(['The 45 days', 'After, to 2022']);
    expect(m.panels[0].x1).toBeLessThan(m.panels[1].x0);
    expect(m.panels[0].x1 - m.panels[0].x0).toBeGreaterThan(m.panels[1].x1 - m.panels[1].x0);
    expect(m.veils.length).toBe(2);
    expect(m.cutoff.label).toBe(`As known on ${formatDay('2020-10-15')}`);
    const nk = m.lines.find((l) => l.id.startsWith('nk-mod'))!;
    expect(nk.known).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+$/);
    expect(nk.later).not.toBe('');
    // The 20 Oct claim was not known on 15 Oct: no label for it.
    expect(m.labels.some((l) => l.id.startsWith('az-mod'))).toBe(false);
  });

  it('says in words why nothing is drawn', () => {
    expect(
      buildChart({ series: [], shown: all, knownOn: '2020-11-10', end: '2022-12-31', width: 800 }).reason,
    ).toMatch(/no figure/);
    expect(
      buildChart({ series, shown: new Set(), knownOn: '2020-11-10', end: '2022-12-31', width: 800 }).reason,
    ).toMatch(/switched off/);
    expect(
      buildChart({ series, shown: all, knownOn: '2020-09-27', end: '2022-12-31', width: 800 }).reason,
    ).toBe(`None of the chosen series had a figure announced by ${formatDay('2020-09-27')}.`);
  });

  it('never lets two tick labels touch, at any width', () => {
    for (const width of [300, 343, 500, 736, 1400]) {
      const m = buildChart({ series, shown: all, knownOn: '2024-08-30', end: '2024-08-30', width });
      for (const p of m.panels) {
        const spans = p.ticks.map((t) => {
          const w = t.label.length * 6.6;
          const a = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
          return [a, a + w];
        });
        for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThan(spans[i - 1][1]);
        expect(p.ticks.length).toBeGreaterThan(0);
      }
    }
  });

  it('labels values at the chart’s right edge when the record runs past it', () => {
    const m = buildChart({ series, shown: all, knownOn: '2024-08-30', end: '2020-12-31', width: 800 });
    expect(m.cutoff.label).toBe(`Drawn to ${formatDay('2020-12-31')}`);
    expect(m.labels.find((l) => l.id.startsWith('az-mod-azerbaijan'))).toBeUndefined();
    expect(m.labels.map((l) => l.lines.join(' '))).toContain('Nagorno-Karabakh defence ministry 600');
  });

  it('rounds the y axis', () => {
    expect(niceTicks(2855)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
