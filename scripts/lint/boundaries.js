/**
 * The walls of the house (issue 22 point 1) as ESLint rules, wired into eslint.config.js.
 *
 * Plain `no-restricted-imports` with regular expressions on the import path, no plugin: a later
 * config object for the same files replaces the rule's options, so each folder gets one object
 * holding all of its walls. The shelf the views share is src/ui plus src/cite (the citation
 * button and dialog every view frame carries). See scripts/lint/boundaries.md for the plan the
 * rules keep; tests/lint/boundaries.test.ts plants imports that must fail.
 */
const VIEWS = ['map', 'timeline', 'casualties'];

/** No import of these top-level src folders, from a file one folder below src/. */
const folders = (names, message) => ({ regex: `^\\.\\./(${names.join('|')})(/|$)`, message });
/** Nothing in src/ imports build-time code or tests. */
const buildAndTests = {
  regex: '^(\\.\\./)+(scripts|tests)/',
  message: 'src/ never imports scripts/ or tests/.',
};

const rule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export const boundaries = [
  // Views never import each other, nor the frame: they meet in the URL state and share src/ui.
  ...VIEWS.map((view) => ({
    files: [`src/${view}/**/*.{ts,tsx}`],
    rules: rule(
      folders(
        VIEWS.filter((v) => v !== view),
        `Views never import each other: src/${view} meets the other views only in the URL state (src/state).`,
      ),
      folders(['app', 'prerender'], 'src/app is the frame: what views share lives in src/ui.'),
      buildAndTests,
    ),
  })),
  // The floors below the views import no view, no frame and no React component.
  ...['model', 'data', 'state'].map((floor) => ({
    files: [`src/${floor}/**/*.{ts,tsx}`],
    rules: rule(
      folders(
        [...VIEWS, 'app', 'ui', 'cite', 'prerender'],
        `src/${floor} never imports views, the shelf (src/ui, src/cite) or src/app.`,
      ),
      buildAndTests,
    ),
  })),
  // The shelf the views share (src/ui and src/cite) depends downward only.
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/cite/**/*.{ts,tsx}'],
    rules: rule(
      folders([...VIEWS, 'app', 'prerender'], 'src/ui serves the views: it never imports them or the frame.'),
      buildAndTests,
    ),
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/prerender/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: rule(buildAndTests),
  },
];
