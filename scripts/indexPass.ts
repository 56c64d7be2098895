/**
 * One step of the search index for one shard, so shards can be built by separate CI jobs or
 * machines (README, Scaling: past one machine). `npm run build` does not need this: it runs every
 * step on worker threads (scripts/index.ts).
 *
 *   node scripts/indexPass.ts bundle --shard i/n --out DIR    (every shard, in any order)
 *   node scripts/indexPass.ts assemble --shards n --out DIR   (once, after all bundles)
 *
 * Workflow: 1. each job indexes its shard into `<out>/shard-i` (a shard depends on its own
 * articles only); 2. the bundles are gathered in one folder; 3. one job assembles `dist/pagefind/`.
 * ARCHIVE_ARTICLES, ARCHIVE_VOCAB, ARCHIVE_DIST and ARCHIVE_SEARCH_SHARDS as for the build; n is the
 * number of shards the articles make (one index, or one per period: scripts/search/shardPlan.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleShards, writeShardBundle } from './lib/indexPasses.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    shard: { type: 'string' },
    shards: { type: 'string' },
    out: { type: 'string' },
  },
});
const [step] = positionals;
const spec = /^(\d+)\/(\d+)$/.exec(values.shard ?? '');
const pass = {
  articles: process.env.ARCHIVE_ARTICLES ?? 'content/articles',
  vocab: process.env.ARCHIVE_VOCAB ?? 'content/vocab',
  index: Number(spec?.[1]),
  count: Number(spec?.[2]),
};
const usage = (): never => {
  console.error('usage: indexPass.ts bundle --shard i/n --out DIR | assemble --shards n --out DIR');
  process.exit(2);
};
const scratch = mkdtempSync(join(tmpdir(), 'search-pass-'));
try {
  if (step === 'assemble') {
    if (!values.out || !(Number(values.shards) >= 1)) usage();
    const dist = process.env.ARCHIVE_DIST ?? 'dist';
    const count = Number(values.shards);
    const pages = assembleShards({ ...pass, count }, values.out as string, dist, scratch);
    console.log(`index: ${pages} pages in ${count} shard(s) assembled`);
  } else {
    if (!spec || pass.index >= pass.count || step !== 'bundle' || !values.out) usage();
    const output = join(values.out as string, `shard-${pass.index}`);
    for (const w of await writeShardBundle(pass, output, scratch)) console.warn(w);
    console.log(`index: shard ${values.shard} written to ${output}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
