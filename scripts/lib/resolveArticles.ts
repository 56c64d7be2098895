import { warn, type Warning } from './types.ts';
import type { Article } from '../pipeline.ts';

/**
 * Settle duplicates and id clashes without looking at corpus order:
 * - the same cleaned text under several blocks becomes one article, the smallest id winning;
 * - different texts that would share an id each get a suffix hashed from their own text.
 */
export function resolveArticles(articles: Article[]): { articles: Article[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const byText = new Map<string, Article[]>();
  for (const a of articles) {
    const key = a.textHash.slice(0, 32);
    byText.set(key, [...(byText.get(key) ?? []), a]);
  }
  const unique: Article[] = [];
  for (const group of byText.values()) {
    group.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const [keep, ...dupes] = group as [Article, ...Article[]];
    unique.push(keep);
    for (const d of dupes) {
      const o = d.meta.origin;
      warnings.push(
        warn(
          { ...o, id: d.id },
          'duplicate',
          `same text as ${keep.id} (${keep.meta.origin.file}:${keep.meta.origin.line}); kept once`,
        ),
      );
    }
  }
  const byId = new Map<string, Article[]>();
  for (const a of unique) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
  const out: Article[] = [];
  for (const [id, group] of byId) {
    if (group.length === 1) {
      out.push(group[0] as Article);
      continue;
    }
    for (const a of group) {
      const newId = `${id}-${a.textHash.slice(0, 8)}`;
      const o = a.meta.origin;
      warnings.push(
        warn(
          { ...o, id: newId },
          'id-clash',
          `${group.length} different blocks map to id ${id}; this one is ${newId}`,
        ),
      );
      out.push({ ...a, id: newId, meta: { ...a.meta, id: newId } });
    }
  }
  out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { articles: out, warnings };
}
