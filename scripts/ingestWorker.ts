/**
 * Worker thread for the ingest: builds the pipeline context once, then runs batches of blocks
 * through the pure pipeline and posts the results back. All file I/O stays in scripts/ingest.ts.
 * The first message may carry the vocabulary files already parsed by the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PipelineContext } from './pipeline.ts';
import { processBatch } from './lib/processBatch.ts';
import type { Block } from './lib/types.ts';
import { loadContext, type ContextOptions } from './vocab/context.ts';
import { usePreloaded, type VocabFiles } from './vocab/vocabFiles.ts';

const { vocab, opts } = workerData as { vocab: string; opts: ContextOptions };
let ctx: PipelineContext | undefined;
parentPort?.on('message', (message: Block[] | { files: VocabFiles }) => {
  if (!Array.isArray(message)) {
    usePreloaded(message.files);
    ctx = loadContext(vocab, opts);
    return;
  }
  ctx ??= loadContext(vocab, opts);
  parentPort?.postMessage(processBatch(message, ctx));
});
