/**
 * A dedicated worker that fetches bundle files, checks their digest and parses them off the main
 * thread, so receiving 1.5 MB of data never blocks a reader's input. The page receives each file
 * as a structured clone (loadBundleFile.ts). A file the build did not validate comes back as text
 * for the page to check in full, so the validator (zod) stays in the page's own lazy chunk.
 */
import validatedDigests from 'virtual:validated-digests';
import { BundleError } from './bundleError';
import type { BundleFileName } from './bundleFiles';
import { parseIfValidated } from './decodeBundleFile';
import { fetchBundleBytes } from './fetchBundleFile';
import type { WorkerReply, WorkerRequest } from './workerMessages';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerReply): void;
};

async function reply(id: number, file: BundleFileName): Promise<WorkerReply> {
  try {
    const bytes = await fetchBundleBytes(file);
    const data = await parseIfValidated(file, bytes, validatedDigests);
    return data === undefined ? { id, text: new TextDecoder().decode(bytes) } : { id, data };
  } catch (err) {
    return {
      id,
      error:
        err instanceof BundleError
          ? { file: err.file, problems: err.problems }
          : { file, problems: ['could not be read'] },
    };
  }
}

scope.addEventListener('message', (e) => {
  void reply(e.data.id, e.data.file as BundleFileName).then((message) => scope.postMessage(message));
});
