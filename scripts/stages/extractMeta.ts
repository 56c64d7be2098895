import type { Removed, Warning, Where } from '../lib/types.ts';
import { warn } from '../lib/types.ts';
import { isoDate } from '../../src/lib/articleSchema.ts';

/** The metadata fields the ingest derives for an article (INTERFACE §3). */
export interface MetaFields {
  title: string;
  title_derived: boolean;
  date: string | null;
  lang: 'en' | 'zh';
  source: string | null;
  source_url: string | null;
  author: string | null;
  editor: string | null;
  excerpt: string;
  extra: Record<string, unknown>;
}

/** What the metadata stage reads: front matter, the kept paragraphs and what boilerplate removal took. */
export interface MetaInput {
  data: Record<string, unknown>;
  kept: string[];
  removed: Removed[];
  where: Where;
}

const KNOWN_KEYS = new Set([
  'title',
  'date',
  'author',
  'source',
  'url',
  'categories',
  'tags',
  'layout',
  'permalink',
]);

/** Derive title, date, language and the rest; return the body paragraphs left after the headline. */
export function extractMeta(input: MetaInput): { meta: MetaFields; body: string[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const body = [...input.kept];
  let title = typeof input.data.title === 'string' ? input.data.title.trim() : '';
  let derived = false;
  if (!title) {
    const first = body[0] ?? '';
    if (first.length <= 200) {
      title = first;
      body.shift();
    } else {
      title = first.slice(0, 80).replace(/\s+\S*$/, '') + '…';
      derived = true;
    }
  }
  if (!title) {
    title = input.where.name || 'Untitled';
    derived = true;
  }
  const text = body.join('\n');
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]+/g) ?? []).length;
  const lang = han > latin ? 'zh' : 'en';
  let date: string | null = null;
  const raw = input.data.date;
  const m = typeof raw === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(raw.trim()) : null;
  if (m?.[1]) {
    if (isoDate.safeParse(m[1]).success) date = m[1];
    else warnings.push(warn(input.where, 'impossible-date', `front-matter date ${m[1]} does not exist`));
  }
  const extra = Object.fromEntries(Object.entries(input.data).filter(([k]) => !KNOWN_KEYS.has(k)));
  return {
    meta: {
      title,
      title_derived: derived,
      date,
      lang,
      source: null,
      source_url: null,
      author: null,
      editor: null,
      excerpt: (body[0] ?? '').slice(0, 200),
      extra,
    },
    body,
    warnings,
  };
}
