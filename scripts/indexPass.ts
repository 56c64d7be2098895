/**
 * One step of the search index for one shard, so shards can be built by separate CI jobs or
 * machines (README, Scaling: past one machine). `npm run build` does not need this: it runs every
 * step on worker threads (scripts/index.ts).
 *
 *   node scripts/indexPass.ts words  --shard i/n --words DIR              (every shard)
 *   node scripts/indexPass.ts bundle --shard i/n --words DIR --out DIR    (every shard, after all words)
 *   node scripts/indexPass.ts assemble --shards n --out DIR               (once, after all bundles)
 *
 * Workflow: 1. each job lists its shard's words; 2. the word lists are gathered in one folder;
 * 3. each job indexes its shard into `<out>/shard-i`; 4. one job assembles `dist/pagefind/`.
 * ARCHIVE_ARTICLES, ARCHIVE_VOCAB and ARCHIVE_DIST as for the build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleShards, writeShardBundle, writeShardWords } from './lib/indexPasses.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    shard: { type: 'string' },
    shards: { type: 'string' },
    words: { type: 'string' },
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
  console.error(
    'usage: indexPass.ts words|bundle --shard i/n --words DIR [--out DIR] | assemble --shards n --out DIR',
  );
  process.exit(2);
};
if (step === 'assemble') {
  if (!values.out || !(Number(values.shards) >= 1)) usage();
  const pages = assembleShards(
    values.out as string,
    Number(values.shards),
    process.env.ARCHIVE_DIST ?? 'dist',
  );
  console.log(`index: ${pages} pages in ${values.shards} shard(s) assembled`);
} else {
  if (!spec || pass.index >= pass.count || !values.words || !['words', 'bundle'].includes(step ?? ''))
    usage();
  if (step === 'bundle' && !values.out) usage();
  const scratch = mkdtempSync(join(tmpdir(), 'search-pass-'));
  try {
    if (step === 'words') {
      console.log(
        `index: shard ${values.shard} has ${writeShardWords(pass, values.words as string, scratch)} words`,
      );
    } else {
      const output = join(values.out as string, `shard-${pass.index}`);
      for (const w of await writeShardBundle(pass, values.words as string, output, scratch)) console.warn(w);
      console.log(`index: shard ${values.shard} written to ${output}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
