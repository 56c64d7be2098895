import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RelatedInput } from './related.ts';
import {
  inputOf,
  paragraphs,
  readText,
  sharedPrints,
  shortPrints,
  type ReadText,
  type RelatedSource,
} from './relatedInput.ts';
import { byteLines } from './byteLines.ts';
import { contentPart } from './contentDigest.ts';

/*
 * Reading every article's words for related articles is most of a warm build's time (5–6 s at
 * 10,000 articles), and it gives the same answer while an article's file and the furniture it
 * shares with others are the same. So each article's read is kept, under its file's digest, in
 * one JSON-lines file in the build cache (`ARCHIVE_CACHE`): its short paragraphs' fingerprints,
 * which of them were shared, and its terms. A build reads the text of new or changed articles
 * only, and of those whose shared paragraphs changed.
 */

/** One article's cached read: digest, fingerprints, which were shared (0/1), terms. */
interface Entry {
  id: string;
  digest: string;
  prints: string[];
  shared: string;
  /** The text's distinct terms in first-seen order, space-separated (terms hold no spaces), and their counts. */
  terms: string;
  counts: number[];
  title: string;
  lead: string;
}

/** A source article as the cache sees it: front matter and the loader's digest of its file. */
export type CachedSource = RelatedSource & { digest?: string | number };

/** The code a read depends on, so a change to it starts the cache afresh. */
function codeVersion(root: string): string {
  const h = createHash('sha256');
  for (const f of ['relatedInput.ts', 'textTerms.ts', 'jieba.ts', 'relatedCache.ts'].map((f) =>
    join(root, 'src', 'lib', f),
  ))
    h.update(existsSync(f) ? readFileSync(f) : 'missing');
  const lock = join(root, 'package-lock.json');
  h.update(existsSync(lock) ? readFileSync(lock) : 'missing');
  return h.digest('hex').slice(0, 16);
}

/** The cached entries of a file written by this code version, by article id. */
function load(file: string, version: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  if (!existsSync(file)) return out;
  let first = true;
  for (const line of byteLines(readFileSync(file))) {
    if (first) {
      if (line !== version) return out;
      first = false;
    } else if (line) {
      const e = JSON.parse(line) as Entry;
      out.set(e.id, e);
    }
  }
  return out;
}

/** A cached entry back into what the ranking reads (it counts words, so grouped repeats are the same). */
function textOf(e: Entry): ReadText {
  const terms = e.terms ? e.terms.split(' ') : [];
  const words: string[] = [];
  terms.forEach((t, i) => {
    for (let k = 0; k < (e.counts[i] ?? 0); k++) words.push(t);
  });
  return { words, titleWords: e.title ? e.title.split(' ') : [], leadWords: e.lead ? e.lead.split(' ') : [] };
}

/** A fresh read as a cache entry. */
function entryOf(id: string, digest: string, prints: string[], shared: string, text: ReadText): Entry {
  const counts = new Map<string, number>();
  for (const w of text.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return {
    id,
    digest,
    prints,
    shared,
    terms: [...counts.keys()].join(' '),
    counts: [...counts.values()],
    title: [...new Set(text.titleWords)].join(' '),
    lead: [...new Set(text.leadWords)].join(' '),
  };
}

/**
 * The related-article ranking's input (relatedInput.ts), with each article's read kept in
 * `file` between builds. Same answer as relatedInput for the same articles.
 */
export function cachedRelatedInput<T extends CachedSource>(
  articles: readonly T[],
  bodyOf: (article: T) => string,
  file: string,
  root = process.cwd(),
): RelatedInput[] {
  const version = codeVersion(root);
  const cached = load(file, version);
  const fresh = new Map<string, string[]>();
  const valid = (a: T) => {
    const e = cached.get(a.id);
    const digest = contentPart(a.digest);
    return e && digest && e.digest === digest ? e : undefined;
  };
  const prints = articles.map((a) => {
    const e = valid(a);
    if (e) return e.prints;
    const read = paragraphs(bodyOf(a));
    fresh.set(a.id, read);
    return shortPrints(read);
  });
  const shared = sharedPrints(prints);
  let changed = fresh.size > 0 || cached.size !== articles.length;
  const entries: Entry[] = [];
  const inputs = articles.map((a, i) => {
    const list = prints[i] as string[];
    const mask = list.map((p) => (shared.has(p) ? '1' : '0')).join('');
    const e = valid(a);
    if (e && e.shared === mask) {
      entries.push(e);
      return inputOf(a, textOf(e));
    }
    changed = true;
    const text = readText(a.data.title, fresh.get(a.id) ?? paragraphs(bodyOf(a)), shared);
    entries.push(entryOf(a.id, contentPart(a.digest) ?? '', list, mask, text));
    return inputOf(a, text);
  });
  if (changed && articles.every((a) => a.digest)) {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${version}\n${entries.map((e) => JSON.stringify(e)).join('\n')}\n`);
    renameSync(tmp, file);
  }
  return inputs;
}
