import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEntityNames } from '../search/entityNames.ts';
import { buildRecords, writeShard, type ShardJob } from '../search/indexShard.ts';
import { missingWords } from '../search/shardVocabulary.ts';
import { assembleIndex, shardJobs } from './indexSite.ts';

// The search index built one shard per job (a CI job or a machine each), in the same two passes
// `indexSite` runs on threads: every job lists its shard's words, the word lists are gathered in
// one folder, every job indexes its shard with them, and one job assembles the bundles.

/** Where one shard's articles are, and which shard of how many. */
export interface ShardPass {
  articles: string;
  vocab: string;
  index: number;
  count: number;
}

const wordsFile = (dir: string, index: number) => join(dir, `words-${index}.txt`);

/** The job of one shard, its records written to `scratch`. */
function jobOf(pass: ShardPass, scratch: string): ShardJob {
  const job = shardJobs(resolve(pass.articles), pass.vocab, pass.count, scratch)[pass.index];
  if (!job) throw new Error(`search: no shard ${pass.index} of ${pass.count}`);
  return job;
}

/** Pass 1 of one shard: write its words to `<wordsDir>/words-<i>.txt`; returns their number. */
export function writeShardWords(pass: ShardPass, wordsDir: string, scratch: string): number {
  const { names } = loadEntityNames(pass.vocab);
  const { tokens = [] } = buildRecords(jobOf(pass, scratch), names, true);
  mkdirSync(wordsDir, { recursive: true });
  writeFileSync(wordsFile(wordsDir, pass.index), `${tokens.sort().join('\n')}\n`);
  return tokens.length;
}

/** Pass 2 of one shard: index it with the words of every shard (all word lists in `wordsDir`). */
export async function writeShardBundle(
  pass: ShardPass,
  wordsDir: string,
  output: string,
  scratch: string,
): Promise<string[]> {
  const lists = Array.from({ length: pass.count }, (_, i) => {
    const file = wordsFile(wordsDir, i);
    if (!existsSync(file)) throw new Error(`search: no word list for shard ${i} in ${wordsDir}`);
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  });
  const job = jobOf(pass, scratch);
  const { names } = loadEntityNames(pass.vocab);
  const warnings = buildRecords(job, names, false).warnings;
  const missing = missingWords(new Set(lists.flat()), new Set(lists[pass.index]));
  return [...warnings, ...(await writeShard(job.records, missing, output))];
}

/** Last step: the bundles `<bundlesDir>/shard-<i>` of every shard into `dist/pagefind/`. */
export function assembleShards(bundlesDir: string, count: number, dist: string): number {
  const bundles = Array.from({ length: count }, (_, i) => join(bundlesDir, `shard-${i}`));
  const absent = bundles.find((b) => !existsSync(join(b, 'pagefind-entry.json')));
  if (absent) throw new Error(`search: no bundle in ${absent}`);
  return assembleIndex(dist, bundles, count > 1);
}
