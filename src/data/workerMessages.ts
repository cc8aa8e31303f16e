/** What the page and the bundle worker (bundleWorker.ts) say to each other. */
export interface WorkerRequest {
  id: number;
  file: string;
}

/**
 * `data`: the file as the build validated it, parsed. `text`: bytes the build did not validate
 * (the file changed on the server), for the page to check in full. `error`: no file.
 */
export type WorkerReply =
  | { id: number; data: unknown }
  | { id: number; text: string }
  | { id: number; error: { file: string; problems: string[] } };
