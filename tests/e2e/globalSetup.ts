import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The journeys test the built app: build it once if there is no build yet (CI builds before). */
export default function setup(): void {
  if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'inherit' });
}
