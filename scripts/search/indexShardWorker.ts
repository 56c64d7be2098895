/**
 * Worker thread for one search shard. Pass 1 builds the shard's records and returns its words;
 * pass 2 indexes them with its own Pagefind service (one per thread), so shards index in
 * parallel and each service holds only its shard's pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEntityNames } from './entityNames.ts';
import { buildRecords, writeShard, type ShardJob } from './indexShard.ts';

/** What the main thread asks of a worker. */
export type WorkerTask =
  | { pass: 'records'; job: ShardJob; withTokens: boolean }
  | { pass: 'index'; job: ShardJob; missing: string[]; output: string };

const task = workerData as WorkerTask;
if (task.pass === 'records') {
  const { names } = loadEntityNames(task.job.vocab);
  parentPort?.postMessage(buildRecords(task.job, names, task.withTokens));
} else {
  parentPort?.postMessage(await writeShard(task.job.records, task.missing, task.output));
}
