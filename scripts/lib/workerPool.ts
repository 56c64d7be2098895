import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../pipeline.ts';
import type { Block, Warning } from './types.ts';

type Result = { articles: Article[]; warnings: Warning[] };

/**
 * Process batches of blocks on one worker thread per core. Results come back in whatever order
 * the workers finish; the caller sorts, so the output never depends on scheduling.
 */
export async function runOnWorkers(
  batches: Block[][],
  vocab: string,
  onBatch: (n: number) => void,
): Promise<Result[]> {
  const size = Math.min(availableParallelism(), batches.length);
  const url = new URL('../ingestWorker.ts', import.meta.url);
  const workers = Array.from({ length: size }, () => new Worker(url, { workerData: { vocab } }));
  const results: Result[] = [];
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            let current = 0;
            const feed = () => {
              const batch = batches[next++];
              if (!batch) return resolve();
              current = batch.length;
              w.postMessage(batch);
            };
            w.on('message', (r: Result) => {
              results.push(r);
              onBatch(current);
              feed();
            });
            w.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
