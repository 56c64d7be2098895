import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPools, makeCorpus } from '../../scripts/bench/makeCorpus.ts';
import { splitCorpus } from '../../scripts/stages/splitCorpus.ts';

const root = join(import.meta.dirname, '..', '..');
const base = join(root, 'tests', '.artifacts', 'incremental');

/** Run `npm run build` on one corpus into one set of folders; returns what the render step said. */
function build(name: string, corpus: string): string {
  const dirs = join(base, name);
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CORPUS: corpus,
      ARCHIVE_DIST: join(dirs, 'dist'),
      ARCHIVE_ARTICLES: join(dirs, 'articles'),
      ARCHIVE_CACHE: join(dirs, 'cache'),
    },
  });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return /render: .*/.exec(result.stdout)?.[0] ?? '';
}

/** Every file of a built site, relative to its folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('incremental build', () => {
  it(
    'after removing an early article and adding ten dated today, a warm build equals a cold one',
    { timeout: 300_000 },
    () => {
      rmSync(base, { recursive: true, force: true });
      mkdirSync(base, { recursive: true });
      const sample = join(root, 'content', 'sources', 'sample.txt');
      const pools = buildPools(splitCorpus(readFileSync(sample, 'utf8'), sample).blocks);
      // Enough articles that the most common terms have several pages.
      const blocks = makeCorpus(pools, 60).split(/(?=^<<<FILE>>>)/m);
      const today = new Date().toISOString().slice(0, 10);
      const before = blocks.join('');
      // The first block goes, which moves every later block's origin line (each article's front
      // matter records it, no page shows it), and ten new ones follow.
      const after = blocks.slice(1).join('') + makeCorpus(pools, 10, 1, 60, today);
      // One corpus path for both builds: an article's front matter records the file it came from.
      const corpus = join(base, 'corpus.txt');
      writeFileSync(corpus, before);
      build('warm', corpus);
      writeFileSync(corpus, after);
      const warm = build('warm', corpus);
      const cold = build('cold', corpus);

      const count = (line: string, what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(line)?.[1]);
      // The warm build really reused pages (it is not a cold build in disguise); in this small
      // corpus most articles share most terms, so most shared pages do change.
      expect(count(warm, 'reused')).toBeGreaterThan(0);
      expect(count(warm, 'pages rendered')).toBeLessThan(count(cold, 'pages rendered'));
      const warmDist = join(base, 'warm', 'dist');
      const coldDist = join(base, 'cold', 'dist');
      expect(files(warmDist)).toEqual(files(coldDist));
      for (const file of files(coldDist))
        expect(readFileSync(join(warmDist, file)).equals(readFileSync(join(coldDist, file))), file).toBe(
          true,
        );
    },
  );
});
