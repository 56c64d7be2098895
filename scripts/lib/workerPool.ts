import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../pipeline.ts';
import { readVocabFiles } from '../vocab/vocabFiles.ts';
import type { Block, Warning } from './types.ts';

type Result = { articles: Article[]; warnings: Warning[] };

const YOUNG_MB = 96;

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
  // A larger young generation: the pipeline makes many short-lived strings, and fewer, bigger
  // scavenges cost measurably less CPU (about a tenth of the pipeline's time went to GC).
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_MB };
  const workers = Array.from(
    { length: size },
    () => new Worker(url, { workerData: { vocab }, resourceLimits }),
  );
  // Parsed once here while the workers start up, instead of once per worker.
  const files = readVocabFiles(vocab);
  for (const w of workers) w.postMessage({ files });
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
