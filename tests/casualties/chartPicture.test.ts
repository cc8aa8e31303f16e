import { describe, expect, it } from 'vitest';
import { chartPicture } from '../../src/casualties/chartPicture';
import { buildChart } from '../../src/model/casualtyChart';
import { subjectById } from '../../src/model/casualtySubjects';
import { indexById } from '../../src/model/indexById';
import { subjectSeries } from '../../src/model/subjectSeries';
import { actors, casualties } from '../fixtures/bundle';

describe('the chart picture (PNG export)', () => {
  it('carries the title, the direct labels, the as-known-on day, the source line and the address, escaped', () => {
    const series = subjectSeries(casualties, indexById(actors), subjectById('armenian-military-dead'));
    const model = buildChart({
      series,
      shown: new Set(series.map((s) => s.id)),
      knownOn: '2021-02-01',
      end: '2022-12-31',
      width: 1000,
    });
    const { svg, height } = chartPicture(model, {
      title: 'The Armenian side’s military dead',
      knownOn: '1 Feb 2021',
      sources: 'Fixture Agency, Other <Wire>',
      address: 'https://example.org/?subject=armenian-military-dead&to=2020-11-10',
    });
    expect(svg).toContain('The Armenian side’s military dead');
    expect(svg).toContain('as known on 1 Feb 2021');
    expect(svg).toContain('about 5,000');
    expect(svg).toContain('>Nagorno-Karabakh defence<');
    expect(svg).toContain('Sources: Fixture Agency, Other &lt;Wire&gt;');
    expect(svg).toContain('https://example.org/?subject=armenian-military-dead&amp;to=2020-11-10');
    expect(height).toBeGreaterThan(model.height);
  });
});
