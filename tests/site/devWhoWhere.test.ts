import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage } from './pagesFixtureSite.ts';

const root = join(import.meta.dirname, '..', '..');
const devCorpus = join(root, '..', 'shared', 'eval', 'dev-corpus.txt');
const present = existsSync(devCorpus);
if (!present)
  console.warn(`skipped: ${devCorpus} is missing (the annotated dev set lives beside the project)`);
const base = join(root, 'tests', '.artifacts', 'site-dev');
const articles = join(base, 'articles');
const dist = join(base, 'dist');

/** Run a command of the project from its root; throw with its output when it fails. */
function run(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

describe.skipIf(!present)('/who-where/ built from the dev corpus', () => {
  beforeAll(() => {
    rmSync(base, { recursive: true, force: true });
    run(['scripts/ingest.ts', '--quiet', '--no-cache', '--out', articles, devCorpus]);
    run([join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      ARCHIVE_ARTICLES: articles,
      ARCHIVE_DIST: dist,
      ARCHIVE_CACHE: join(base, 'cache'),
    });
  });

  it('lists stated relation pairs, each quoting its sentence and linking its article', () => {
    const html = readPage(dist, 'who-where/index.html');
    const stated = html.slice(html.indexOf('id="stated-h"'), html.indexOf('id="grid-h"'));
    const quotes = [...stated.matchAll(/<blockquote[^>]*>([^<]+)<\/blockquote>/g)].map((m) => m[1] ?? '');
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    for (const q of quotes) expect(q.length).toBeGreaterThan(20);
    const linked = [...stated.matchAll(/<figcaption><a href="\/articles\/([^/"]+)\/"/g)].map((m) => m[1]);
    expect(linked.length).toBe(quotes.length);
    for (const id of linked) expect(existsSync(join(dist, 'articles', id!, 'index.html'))).toBe(true);
    expect(stated).toContain('href="/companies/oppo/"');
    expect(stated).toContain('href="/cities/hyderabad/"');
  });

  it('marks no article of the dev corpus as a digest', () => {
    for (const id of readdirSync(join(dist, 'articles')))
      expect(readPage(dist, `articles/${id}/index.html`), id).not.toContain('class="label-digest"');
  });
});
