import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite, type SiteDirs } from './buildOnce.ts';

const root = join(import.meta.dirname, '..', '..');
/** The annotated evaluation set, beside the project on development machines and in CI. */
export const evalDir = join(root, '..', 'shared', 'eval');
/** The annotated dev corpus; the dev-site tests skip when it is absent. */
export const devCorpus = join(evalDir, 'dev-corpus.txt');
const base = join(root, 'tests', '.artifacts', 'dev-site');

/**
 * The site built from the bundled sample plus the annotated dev corpus, shared by every site test
 * that reads real pages (related articles, who-where, search). Built once per test run: rebuilt
 * whenever it is older than this run's sample-site build. Null when the dev corpus is absent.
 */
export function devSite(): SiteDirs | null {
  if (!existsSync(devCorpus)) return null;
  const site = { dist: join(base, 'dist'), articles: join(base, 'articles') };
  const marker = join(base, 'built');
  const sample = join(inject('site').dist, 'index.html');
  if (existsSync(marker) && existsSync(sample) && statSync(marker).mtimeMs >= statSync(sample).mtimeMs)
    return site;
  rmSync(base, { recursive: true, force: true });
  const corpus = join(base, 'corpus');
  mkdirSync(corpus, { recursive: true });
  // Copied (into the ignored artefacts) so one build reads both; the corpus is never committed.
  const sources = join(root, 'content', 'sources');
  for (const f of readdirSync(sources).filter((n) => n.endsWith('.txt')))
    copyFileSync(join(sources, f), join(corpus, `a-${f}`));
  copyFileSync(devCorpus, join(corpus, 'b-dev.txt'));
  buildSite(corpus, base, 'dev');
  writeFileSync(marker, '');
  return site;
}
