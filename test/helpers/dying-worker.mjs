// A parse worker that dies on its first page, for the pool's fallback test.
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', () => process.exit(3));
