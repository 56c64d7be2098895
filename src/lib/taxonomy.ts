import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { slugify } from './slug.ts';

/** The three kinds of entity an article lists, named as in its front matter and URLs. */
export type Kind = 'companies' | 'cities' | 'tags';
/** Every kind, in display order. */
export const KINDS: readonly Kind[] = ['companies', 'cities', 'tags'];

/** What a vocabulary says about one name: Chinese name, preferred slug, and for cities a place. */
export interface VocabEntry {
  name: string;
  zh?: string;
  slug?: string;
  lat?: number;
  lon?: number;
  country?: string;
}

/** The vocabularies the site displays from, one list per kind (any may be empty). */
export type Vocab = Record<Kind, VocabEntry[]>;

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
// Companies list several Chinese names; the first is the one to show.
const firstZh = (v: unknown): string | undefined => (Array.isArray(v) ? v.map(str).find(Boolean) : str(v));

/** One vocabulary entry from a loosely shaped record; undefined when it has no name. */
export function toEntry(raw: unknown): VocabEntry | undefined {
  if (!isRecord(raw)) return undefined;
  const name = str(raw.name);
  if (!name) return undefined;
  const entry: VocabEntry = { name };
  const zh = firstZh(raw.zh);
  const slug = str(raw.slug);
  const lat = num(raw.lat);
  const lon = num(raw.lon);
  const country = str(raw.country);
  if (zh) entry.zh = zh;
  if (slug && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) entry.slug = slug;
  if (lat !== undefined && lon !== undefined) Object.assign(entry, { lat, lon });
  if (country) entry.country = country;
  return entry;
}

/** Records found under a list, a `key:` list, or `groups[].key` lists (as tags.yml nests them). */
export function entriesOf(doc: unknown, key: string): VocabEntry[] {
  let items: unknown[] = [];
  if (Array.isArray(doc)) items = doc;
  else if (isRecord(doc)) {
    if (Array.isArray(doc[key])) items = doc[key] as unknown[];
    if (Array.isArray(doc.groups))
      for (const g of doc.groups)
        if (isRecord(g) && Array.isArray(g[key])) items.push(...(g[key] as unknown[]));
  }
  return items.map(toEntry).filter((e): e is VocabEntry => e !== undefined);
}

/** Parse a vocabulary file's text; a broken file gives an empty list, never an exception. */
export function parseVocab(text: string, key: string, json = false): VocabEntry[] {
  try {
    // The 660 kB city gazetteer is JSON: JSON.parse reads it in milliseconds, the YAML parser in a second.
    return entriesOf(json ? JSON.parse(text) : parse(text), key);
  } catch {
    return [];
  }
}

const files: Record<Kind, string> = {
  companies: 'companies.yml',
  cities: 'cities.json',
  tags: 'tags.yml',
};

let cached: Vocab | undefined;

/** Read the vocabularies from `content/vocab/` once per build; missing files count as empty. */
export function loadVocab(dir = join(process.cwd(), 'content', 'vocab')): Vocab {
  if (cached) return cached;
  const read = (kind: Kind) => {
    const path = join(dir, files[kind]);
    return existsSync(path) ? parseVocab(readFileSync(path, 'utf8'), kind, path.endsWith('.json')) : [];
  };
  cached = { companies: read('companies'), cities: read('cities'), tags: read('tags') };
  return cached;
}

/** How a term is shown and linked: canonical name, Chinese name, URL slug, place if known. */
export interface Term {
  kind: Kind;
  name: string;
  zh: string | null;
  slug: string;
  lat: number | null;
  lon: number | null;
}

// Rank duplicate names (many towns share a name): a Chinese entry first, then one with a place.
const rank = (e: VocabEntry) => (e.zh ? 2 : 0) + (e.lat !== undefined ? 1 : 0);

/** Index a vocabulary by name, keeping the best entry for a name that appears twice. */
export function vocabByName(entries: readonly VocabEntry[]): Map<string, VocabEntry> {
  const map = new Map<string, VocabEntry>();
  for (const e of entries) {
    const seen = map.get(e.name);
    if (!seen || rank(e) > rank(seen)) map.set(e.name, e);
  }
  return map;
}

// Static routes under each kind that an entity slug must never shadow.
const RESERVED = new Set(['a-z', 'by-city', 'rss', 'rss-xml', 'page']);

/**
 * Terms for the names one kind uses in the archive, with unique slugs. A name absent from the
 * vocabulary shows as itself with `slugify(name)`; colliding slugs get `-2`, `-3` in name order,
 * so the same archive always gives the same URLs.
 */
export function buildTerms(kind: Kind, names: Iterable<string>, vocab: Map<string, VocabEntry>): Term[] {
  const used = new Set<string>();
  const terms: Term[] = [];
  for (const name of [...new Set(names)].sort()) {
    const e = vocab.get(name);
    let base = e?.slug ?? slugify(name);
    if (RESERVED.has(base)) base = `${base}-x`;
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    const zh = e?.zh && e.zh !== name ? e.zh : null;
    terms.push({ kind, name, zh, slug, lat: e?.lat ?? null, lon: e?.lon ?? null });
  }
  return terms;
}
