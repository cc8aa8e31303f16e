/**
 * Lighthouse through its Node API against Debian's Chromium, with its default mobile settings
 * (simulated throttling). Returns the median score of each category over `runs` runs, 0–100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseScores {
  performance: number;
  /** Each run's performance score: the spread says how much one median of three can be trusted. */
  performanceRuns: number[];
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runLighthouse(url: string, runs = 3): Promise<LighthouseScores> {
  const scores: Omit<LighthouseScores, 'performanceRuns'>[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const c = result?.lhr.categories;
      if (!c) throw new Error('Lighthouse returned no result');
      scores.push({
        performance: Math.round((c.performance.score ?? 0) * 100),
        accessibility: Math.round((c.accessibility.score ?? 0) * 100),
        bestPractices: Math.round((c['best-practices'].score ?? 0) * 100),
        lcpMs: Math.round(result.lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
      });
    } finally {
      await chrome.kill();
    }
  }
  return {
    performance: median(scores.map((s) => s.performance)),
    performanceRuns: scores.map((s) => s.performance),
    accessibility: median(scores.map((s) => s.accessibility)),
    bestPractices: median(scores.map((s) => s.bestPractices)),
    lcpMs: median(scores.map((s) => s.lcpMs)),
  };
}
