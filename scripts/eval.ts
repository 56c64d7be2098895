/**
 * `npm run eval [-- --misses]`: measure extraction on the annotated dev set.
 *
 * Workflow:
 *   1. Ingest the bundled sample and ../shared/eval/dev-corpus.txt into a temporary folder.
 *   2. Read each article's front matter and score it against ../shared/eval/dev-gold.jsonl
 *      with the same rules as score.py (scripts/eval/score.ts).
 *   3. Print the figures score.py prints. Without ../shared, say so and exit 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFile } from '../src/lib/readArticleFile.ts';
import { score, type Gold, type Scored } from './eval/score.ts';

const shared = join('..', 'shared', 'eval');
const corpus = join(shared, 'dev-corpus.txt');
const goldFile = join(shared, 'dev-gold.jsonl');
if (!existsSync(corpus) || !existsSync(goldFile)) {
  console.log(
    `eval: ${shared} is not here (it sits beside the project on development machines); nothing to measure`,
  );
  process.exit(0);
}
const out = join(mkdtempSync(join(tmpdir(), 'eval-')), 'articles');
const run = spawnSync(
  process.execPath,
  ['scripts/ingest.ts', '--quiet', '--out', out, 'content/sources/sample.txt', corpus],
  { stdio: 'inherit' },
);
if (run.status !== 0) process.exit(run.status ?? 1);

const articles = new Map<string, Scored>();
for (const f of readdirSync(out).filter((x) => x.endsWith('.md'))) {
  const data = readArticleFile(readFileSync(join(out, f), 'utf8')).data as Scored & {
    origin?: { name?: string };
  };
  if (data.origin?.name) articles.set(data.origin.name, data);
}
const gold = readFileSync(goldFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Gold);
const res = score(articles, gold);
if (process.argv.includes('--misses')) for (const m of res.misses) console.log(m);
console.log(
  `articles ${res.articles} (missing ${res.missing}); title ${res.title}; date ${res.date}; lang ${res.lang}`,
);
for (const [k, v] of Object.entries(res.fields)) {
  console.log(
    `${k.padEnd(16)} P ${v.precision.toFixed(3)}  R ${v.recall.toFixed(3)}  F1 ${v.f1.toFixed(3)}  (tp ${v.tp} fp ${v.fp} fn ${v.fn})`,
  );
}
rmSync(join(out, '..'), { recursive: true, force: true });
