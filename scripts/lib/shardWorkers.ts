import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from '../search/indexShardWorker.ts';

/** A worker thread's answer to one task, awaited. */
function ask(worker: Worker, task: WorkerTask | null): Promise<WorkerReply> {
  return new Promise((done, fail) => {
    const onExit = (code: number) => fail(new Error(`search shard worker exited with ${code}`));
    worker.once('error', fail);
    worker.once('exit', onExit);
    worker.once('message', (reply: WorkerReply) => {
      worker.off('error', fail);
      worker.off('exit', onExit);
      done(reply);
    });
    worker.postMessage(task);
  });
}

/**
 * Index shards on worker threads, one per core, each thread taking the next shard when it is
 * done with one (largest first, so the last to finish is a small one); the warnings come back in
 * task order. A thread loads the names and starts its Pagefind service once for all its shards.
 */
export async function onWorkers(tasks: WorkerTask[], vocab: string): Promise<string[][]> {
  const url = new URL('../search/indexShardWorker.ts', import.meta.url);
  const out: string[][] = [];
  const order = tasks
    .map((_, i) => i)
    .sort((a, b) => tasks[b]!.job.files.length - tasks[a]!.job.files.length);
  const lane = async () => {
    const worker = new Worker(url, { workerData: { vocab } });
    try {
      for (let i = order.shift(); i !== undefined; i = order.shift()) {
        const reply = await ask(worker, tasks[i] as WorkerTask);
        if ('error' in reply) throw new Error(`search shard ${tasks[i]?.job.period}: ${reply.error}`);
        out[i] = reply.warnings;
      }
      // The thread closes its Pagefind service and ends; one that lingers is ended below.
      await new Promise((done) => {
        const timer = setTimeout(done, 10_000);
        worker.once('exit', () => (clearTimeout(timer), done(null)));
        worker.postMessage(null);
      });
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), tasks.length) }, lane));
  return out;
}
