import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEntityNames } from '../search/entityNames.ts';
import { buildRecords, writeShard, type ShardJob } from '../search/indexShard.ts';
import { assembleIndex } from './assembleIndex.ts';
import { shardJobs } from './indexSite.ts';

// The search index built one shard per job (a CI job or a machine each): every job indexes its
// own shard, which depends on its articles only, and one job assembles the bundles.

/** Where one shard's articles are, and which shard of how many. */
export interface ShardPass {
  articles: string;
  vocab: string;
  index: number;
  count: number;
}

/** Every shard's job (the plan depends on the articles alone), their records to go to `scratch`. */
function jobsOf(pass: Omit<ShardPass, 'index'>, scratch: string): ShardJob[] {
  const jobs = shardJobs(resolve(pass.articles), pass.vocab, {}, scratch);
  if (jobs.length !== pass.count)
    throw new Error(`search: the articles make ${jobs.length} shard(s), not ${pass.count}`);
  return jobs;
}

/** The job of one shard, its records written to `scratch`. */
function jobOf(pass: ShardPass, scratch: string): ShardJob {
  const job = jobsOf(pass, scratch)[pass.index];
  if (!job) throw new Error(`search: no shard ${pass.index} of ${pass.count}`);
  return job;
}

/** Index one shard into `output`; returns the warnings. */
export async function writeShardBundle(pass: ShardPass, output: string, scratch: string): Promise<string[]> {
  const job = jobOf(pass, scratch);
  const { names } = loadEntityNames(pass.vocab);
  const warnings = buildRecords(job, names).warnings;
  return [...warnings, ...(await writeShard(job.records, output, names))];
}

/** Last step: the bundles `<bundlesDir>/shard-<i>` of every shard into `dist/pagefind/`. */
export function assembleShards(
  pass: Omit<ShardPass, 'index'>,
  bundlesDir: string,
  dist: string,
  scratch: string,
): number {
  const periods = jobsOf(pass, scratch).map((j) => j.period);
  const bundles = periods.map((_, i) => join(bundlesDir, `shard-${i}`));
  const absent = bundles.find((b) => !existsSync(join(b, 'pagefind-entry.json')));
  if (absent) throw new Error(`search: no bundle in ${absent}`);
  return assembleIndex(dist, bundles, periods);
}
