import { defineConfig } from 'vitest/config';

/** Browser journeys: real Chromium through playwright-core against the built app on 127.0.0.1. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
