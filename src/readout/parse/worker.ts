/**
 * A parse worker (see pool.ts): parses the pages it is sent, one at a time, and answers each
 * with its readout or its error message. It holds no state between pages.
 */
import { parentPort } from 'node:worker_threads';
import { type ParseInput, parseReadout } from './index.js';

export type ParseRequest = { id: number; input: ParseInput };
export type ParseAnswer =
  | { id: number; readout: ReturnType<typeof parseReadout> }
  | { id: number; error: string };

parentPort?.on('message', ({ id, input }: ParseRequest) => {
  let answer: ParseAnswer;
  try {
    answer = { id, readout: parseReadout(input) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
