import { createHash } from 'node:crypto';
import type { Archive } from './archive.ts';
import { termsOf } from './archiveIndex.ts';
import { contentPart } from './contentDigest.ts';
import { KINDS } from './taxonomy.ts';

/**
 * Everything an article page shows, as one hash: its own file but for its corpus origin (the
 * loader's digest, contentDigest.ts), the names
 * of its companies, cities and tags, its related articles and its neighbours by date. Astro's
 * incremental build re-renders the page only when this or the page's code changes, so adding an
 * article re-renders just the pages whose related list or neighbours it touches.
 */
export function articleCacheKey(archive: Archive, id: string): string {
  const { index } = archive;
  const at = index.position.get(id) ?? -1;
  const article = index.articles[at];
  if (!article) return `missing:${id}`;
  const brief = (i: number) => {
    const a = index.articles[i];
    return a ? [a.id, a.data.title, a.data.date, a.data.lang, a.data.source, a.data.excerpt] : null;
  };
  const shown = {
    digest: contentPart(article.digest) ?? JSON.stringify({ ...article.data, origin: null }),
    terms: KINDS.map((kind) => termsOf(index, article, kind)),
    related: (archive.related()[at] ?? []).map(brief),
    older: brief(at + 1),
    newer: brief(at - 1),
  };
  return createHash('sha256').update(JSON.stringify(shown)).digest('hex').slice(0, 32);
}
