/**
 * A parse worker (see pool.ts): parses the pages it is sent, one at a time, and answers each
 * with its readout or its error message. It holds no state between pages.
 */
import { parentPort } from 'node:worker_threads';
import { type ParseInput, parseReadout } from './index.js';

export type ParseRequest = { id: number; input: ParseInput } | { id: number; gc: true };
export type ParseAnswer =
  | { id: number; readout: ReturnType<typeof parseReadout> }
  | { id: number; error: string }
  | { id: number; collected: true };

parentPort?.on('message', (request: ParseRequest) => {
  const { id } = request;
  if ('gc' in request) {
    // Only where the process runs with --expose-gc (benchmarks); a no-op in the app.
    (globalThis as { gc?: () => void }).gc?.();
    parentPort?.postMessage({ id, collected: true });
    return;
  }
  let answer: ParseAnswer;
  try {
    answer = { id, readout: parseReadout(request.input) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
