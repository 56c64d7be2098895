/**
 * Worker thread for the ingest: builds the pipeline context once, then runs batches of blocks
 * through the pure pipeline and posts the results back. All file I/O stays in scripts/ingest.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch } from './lib/processBatch.ts';
import type { Block } from './lib/types.ts';
import { loadContext } from './vocab/context.ts';

const ctx = loadContext((workerData as { vocab: string }).vocab);
parentPort?.on('message', (batch: Block[]) => parentPort?.postMessage(processBatch(batch, ctx)));
