import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContextOptions } from '../vocab/context.ts';
import { readVocabFiles } from '../vocab/vocabFiles.ts';
import type { BatchResult } from './processBatch.ts';
import type { Block } from './types.ts';

const YOUNG_MB = 96;

/** Worker threads started ahead of the work, so their start-up overlaps reading the corpus. */
export interface WorkerPool {
  /**
   * Process batches of blocks. Results come back in whatever order the workers finish; the
   * caller sorts, so the output never depends on scheduling.
   */
  run(batches: Block[][], onBatch: (n: number) => void): Promise<BatchResult[]>;
  /** Stop the workers (also when `run` was never called). */
  close(): Promise<void>;
}

/** Start one worker thread per core; each loads the vocabularies once. */
export function startWorkers(vocab: string, opts: ContextOptions = {}): WorkerPool {
  const url = new URL('../ingestWorker.ts', import.meta.url);
  // A larger young generation: the pipeline makes many short-lived strings, and fewer, bigger
  // scavenges cost measurably less CPU (about a tenth of the pipeline's time went to GC).
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_MB };
  const workers = Array.from(
    { length: availableParallelism() },
    () => new Worker(url, { workerData: { vocab, opts }, resourceLimits }),
  );
  // Parsed once here while the workers start up, instead of once per worker.
  const files = readVocabFiles(vocab);
  for (const w of workers) w.postMessage({ files });
  const close = async () => {
    await Promise.all(workers.map((w) => w.terminate()));
  };
  const run = async (batches: Block[][], onBatch: (n: number) => void) => {
    const results: BatchResult[] = [];
    let next = 0;
    try {
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              // Two batches in flight: the worker starts the next one while its last result
              // travels back and the main thread answers, instead of waiting for that.
              const sizes: number[] = [];
              const feed = () => {
                const batch = batches[next++];
                if (!batch) return;
                sizes.push(batch.length);
                w.postMessage(batch);
              };
              w.on('message', (r: BatchResult) => {
                results.push(r);
                onBatch(sizes.shift() ?? 0);
                feed();
                if (sizes.length === 0) resolve();
              });
              w.on('error', reject);
              feed();
              feed();
              if (sizes.length === 0) resolve();
            }),
        ),
      );
    } finally {
      await close();
    }
    return results;
  };
  return { run, close };
}
