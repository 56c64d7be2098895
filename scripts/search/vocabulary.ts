import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CustomRecord } from 'pagefind';
import type { EntityNames } from './entityNames.ts';
import { cutWords } from '../../src/lib/jieba.ts';
import { joinHan } from '../../src/scripts/search/cjk.ts';
import { vocabBucket } from '../../src/scripts/search/suggest.ts';

// A shard's own word list, for the search page's "Did you mean …?" (src/scripts/search/suggest.ts).
// It depends on the shard's articles only, so shards stay independent of each other. Chinese is
// indexed by character, so its words for suggestions come from jieba (2–4 characters).

const latinWord = /[\p{Script=Latin}\p{N}]*\p{Script=Latin}[\p{Script=Latin}\p{N}]*/gu;
const hanRun = /\p{Script=Han}+/gu;

/** Words of one text: Latin words of 3+ letters as written, Chinese words of 2–4 characters. */
export function textWords(text: string): string[] {
  const out = (text.match(latinWord) ?? []).filter((w) => w.length >= 3);
  // One jieba call per text, not one per run of characters (twice as fast): a space between the
  // runs is a boundary jieba never cuts across, so the words are those of each run cut alone.
  const runs = text.match(hanRun);
  if (runs)
    for (const w of cutWords(runs.join(' ')))
      if (w.length >= 2 && w.length <= 4 && !w.includes(' ')) out.push(w);
  return out;
}

/** Collects words over a shard's records: per word, its commonest spelling and its article count. */
export class Vocabulary {
  private words = new Map<string, { pages: number; forms: Map<string, number> }>();

  /** Count the words of one record (content, title and hidden names). */
  add(record: CustomRecord): void {
    const text = joinHan([record.content, record.meta?.title ?? '', record.meta?.names ?? ''].join('\n'));
    const seen = new Set<string>();
    for (const word of textWords(text)) {
      const key = word.toLowerCase();
      let entry = this.words.get(key);
      if (!entry) this.words.set(key, (entry = { pages: 0, forms: new Map() }));
      entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        entry.pages += 1;
      }
    }
  }

  /** Write the buckets under `<bundle>/vocab/`, sorted, so the files are reproducible. */
  write(bundle: string): void {
    const buckets = new Map<string, string[]>();
    for (const [key, { pages, forms }] of [...this.words].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const form = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? key;
      const file = vocabBucket(key);
      const lines = buckets.get(file) ?? [];
      if (!lines.length) buckets.set(file, lines);
      lines.push(`${form}\t${pages}`);
    }
    mkdirSync(join(bundle, 'vocab'), { recursive: true });
    for (const [file, lines] of buckets) writeFileSync(join(bundle, file), `${lines.join('\n')}\n`);
  }
}

/** The facets whose values have Chinese names in the vocabularies. */
const namedFacets = { company: 'company', city: 'city', tag: 'tag' } as const;

/**
 * The Chinese names of the facet values a shard's records use (`facet-names.zh.json`), so the
 * Chinese interface can show 联想 for Lenovo; values without one are left out.
 */
export function writeFacetNames(records: CustomRecord[], names: EntityNames, bundle: string): void {
  const out: Record<string, Record<string, string>> = {};
  for (const [facet, kind] of Object.entries(namedFacets)) {
    const values = new Set(records.flatMap((r) => r.filters?.[facet] ?? []));
    const named: Record<string, string> = {};
    for (const value of [...values].sort()) {
      const zh = names[kind].get(value)?.find((n) => /\p{Script=Han}/u.test(n));
      if (zh) named[value] = zh;
    }
    out[facet] = named;
  }
  writeFileSync(join(bundle, 'facet-names.zh.json'), `${JSON.stringify(out)}\n`);
}
