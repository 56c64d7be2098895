import { readCredits } from './findByline.ts';
import { frontMatterDate, type StatedDate } from './findDate.ts';
import { splitNames } from './names.ts';
import type { FrontMatterField, SitesVocab } from './vocab.ts';

/** What the front matter states, as text; `extra` holds every key the archive does not read. */
export interface FrontMatterMeta {
  title: string | null;
  date: StatedDate | null;
  authors: string[];
  editors: string[];
  source: string | null;
  /** Every link the front matter states, in key order; the caller keeps the first valid one. */
  sourceUrls: string[];
  excerpt: string | null;
  extra: Record<string, string | string[]>;
}

const MAX_KEYS = 50;
const MAX_TEXT = 2000;
const SAFE_KEY = /^[\p{L}_][\p{L}\p{N}_.-]{0,63}$/u;

/** A scalar as trimmed text (numbers and booleans included); anything else is null. */
function scalar(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  return null;
}

/** A value as inert text: scalars as strings, lists as lists of strings, maps as JSON. */
function inert(v: unknown): string | string[] {
  // Controls would survive YAML quoting but break terminals and diffs.
  const clip = (s: string) =>
    s.replace(/\p{Cc}/gu, (c) => (c === '\t' || c === '\n' ? c : '')).slice(0, MAX_TEXT);
  const text = (x: unknown) =>
    typeof x === 'string' ? x : x === null || x === undefined ? '' : (scalar(x) ?? safeJson(x));
  if (Array.isArray(v)) return v.slice(0, MAX_KEYS).map((x) => clip(text(x)));
  return clip(text(v));
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

/**
 * Read the metadata fields the front matter states; never trusts a value beyond its text.
 * `dayHints` (days the block name states) only settle a date whose day and month could swap.
 */
export function readFrontMatterMeta(
  data: Record<string, unknown>,
  vocab: SitesVocab,
  dayHints?: ReadonlySet<string>,
): FrontMatterMeta {
  const byKey = new Map<string, unknown>();
  for (const [k, v] of Object.entries(data)) if (!byKey.has(k.toLowerCase())) byKey.set(k.toLowerCase(), v);
  const pick = (field: FrontMatterField): unknown => {
    for (const k of vocab.frontMatter[field]) if (byKey.has(k)) return byKey.get(k);
    return undefined;
  };
  const texts = (v: unknown): string[] =>
    (Array.isArray(v) ? v : [v])
      .map(scalar)
      .filter((s): s is string => s !== null)
      .slice(0, 20);
  const out: FrontMatterMeta = {
    title: scalar(pick('title')),
    date: frontMatterDate(pick('date'), dayHints),
    authors: [],
    editors: [],
    source: scalar(pick('source')),
    sourceUrls: vocab.frontMatter.source_url.flatMap((k) => texts(byKey.get(k))),
    excerpt: scalar(pick('excerpt')),
    extra: {},
  };
  // `author: "责任编辑：张申"` names an editor; `author: "name, email@…"` names nobody.
  for (const a of texts(pick('author'))) {
    const credits = readCredits(a, vocab);
    if (credits.editors.length || credits.authors.length) {
      out.authors.push(...credits.authors);
      out.editors.push(...credits.editors);
    } else out.authors.push(...splitNames(a, vocab));
  }
  for (const e of texts(pick('editor'))) out.editors.push(...splitNames(e, vocab));
  let kept = 0;
  for (const [k, v] of Object.entries(data)) {
    if (vocab.knownKeys.has(k.toLowerCase()) || !SAFE_KEY.test(k) || k === '__proto__') continue;
    if (kept++ >= MAX_KEYS) break;
    out.extra[k] = inert(v);
  }
  return out;
}
