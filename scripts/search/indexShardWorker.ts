/**
 * Worker thread for search shards: it loads the names once, then takes shards one at a time
 * from the main thread, building each shard's records and indexing them with its own Pagefind
 * service (one per thread, kept up between shards), so shards index in parallel, each service
 * holds one shard's pages at a time, and a thread's start-up (names, jieba, Pagefind) is paid
 * once however many shards it indexes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { loadEntityNames } from './entityNames.ts';
import { buildRecords, writeShard, type ShardJob } from './indexShard.ts';

/** What the main thread asks of a worker: one shard, indexed into `output`; null: stop. */
export interface WorkerTask {
  job: ShardJob;
  output: string;
}

/** What a worker answers per shard: its warnings, or the error that stopped it. */
export type WorkerReply = { warnings: string[] } | { error: string };

const loaded = loadEntityNames((workerData as { vocab: string }).vocab);
const { names } = loaded;
// The names' own warnings go out with the thread's first shard.
let unreported = loaded.warnings;
parentPort?.on('message', (task: WorkerTask | null) => {
  if (task === null) {
    void close().then(() => parentPort?.close());
    return;
  }
  const run = async (): Promise<WorkerReply> => {
    try {
      const { warnings } = buildRecords(task.job, names);
      const written = await writeShard(task.job.records, task.output, names, true);
      const out = [...unreported, ...warnings, ...written];
      unreported = [];
      return { warnings: out };
    } catch (error) {
      return { error: (error as Error).stack ?? String(error) };
    }
  };
  void run().then((reply) => parentPort?.postMessage(reply));
});
