/**
 * Worker thread for the ingest: builds the pipeline context once, then runs batches of blocks
 * through the pure pipeline and posts the results back. All file I/O stays in scripts/ingest.ts.
 * The first message may carry the vocabulary files already parsed by the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PipelineContext } from './pipeline.ts';
import { processBatch } from './lib/processBatch.ts';
import type { Block } from './lib/types.ts';
import { loadContext } from './vocab/context.ts';
import { usePreloaded, type VocabFiles } from './vocab/vocabFiles.ts';

const { vocab } = workerData as { vocab: string };
let ctx: PipelineContext | undefined;
parentPort?.on('message', (message: Block[] | { files: VocabFiles }) => {
  if (!Array.isArray(message)) {
    usePreloaded(message.files);
    ctx = loadContext(vocab);
    return;
  }
  ctx ??= loadContext(vocab);
  parentPort?.postMessage(processBatch(message, ctx));
});
