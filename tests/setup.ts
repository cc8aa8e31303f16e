import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Tests under `@vitest-environment node` (the build's prerender) have no window.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});
