/**
 * Resolves when the browser is idle, or after `timeoutMs` at the latest; where idle callbacks do
 * not exist (Safari), after `fallbackMs`. For work the reader is not waiting for, so that it never
 * shares a task with their input.
 */
export function whenIdle(timeoutMs: number, fallbackMs = 50): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, fallbackMs);
  });
}
