/**
 * Worker thread for one search shard: it builds the shard's records and indexes them with its
 * own Pagefind service (one per thread), so shards index in parallel and each service holds only
 * its shard's pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEntityNames } from './entityNames.ts';
import { buildRecords, writeShard, type ShardJob } from './indexShard.ts';

/** What the main thread asks of a worker: one shard, indexed into `output`. */
export interface WorkerTask {
  job: ShardJob;
  output: string;
}

const task = workerData as WorkerTask;
const { names } = loadEntityNames(task.job.vocab);
const { warnings } = buildRecords(task.job, names);
parentPort?.postMessage([...warnings, ...(await writeShard(task.job.records, task.output, names))]);
