import type { Removed } from '../../lib/types.ts';
import { gluedByline, leadCredits, readCredits } from './findByline.ts';
import { cleanSource } from './names.ts';
import { plainText } from './text.ts';
import type { Para } from './layout.ts';
import type { SitesVocab } from './vocab.ts';

/** Credits gathered from the text, best evidence first in each list. */
export interface Gathered {
  authors: string[];
  editors: string[];
  /** Sources by strength: labelled lines, then datelines, then a bare known name near the top. */
  sources: string[];
  urls: string[];
}

/** Boilerplate kinds that are credits or datelines the cleaning stage took out of the body. */
export const CREDIT_KINDS = new Set(['dateline', 'byline', 'author', 'editor', 'source', 'credit']);
const SHORT = 160;
const TAIL = 8;
const EDGE = 40;

/**
 * Collect author, editor, source and link credits. Whole credit lines anywhere are read and
 * dropped; labelled editors, sources and links count in a mixed line near the top or the end;
 * authors only from whole credit lines, a dateline's brackets or a byline glued to the lead.
 * Paragraphs read as credits are added to `drop`; a glued byline is cut from its paragraph
 * (`rewrite` gets the new Markdown and `paras` the new plain text).
 */
export function gatherCredits(
  paras: Para[],
  removed: Removed[],
  zone: { end: number; lead: number },
  vocab: SitesVocab,
  drop: Set<number>,
  rewrite: Map<number, string>,
): Gathered {
  const out: Gathered = { authors: [], editors: [], sources: [], urls: [] };
  const add = (c: ReturnType<typeof readCredits>, withAuthors: boolean) => {
    if (withAuthors) out.authors.push(...c.authors);
    out.editors.push(...c.editors);
    out.sources.push(...c.sources);
    out.urls.push(...c.urls);
  };
  for (const r of removed) {
    if (CREDIT_KINDS.has(r.kind)) add(readCredits(plainText(r.text.slice(0, 2000)), vocab), true);
  }
  // Credit lines sit at the top or the end; the middle of a long article is not searched.
  // Datelines already in `drop` are read too: `2019-09-07 19:53 来源：每日经济新闻`.
  paras.forEach((p, i) => {
    if (i >= EDGE && i < paras.length - EDGE) return;
    if (p.md.length > SHORT * 4 || p.plain.length > SHORT) return;
    const c = readCredits(p.plain, vocab);
    if (c.creditOnly) {
      add(c, true);
      drop.add(i);
    } else if (i <= zone.end + 2 || i >= paras.length - TAIL) add(c, false);
  });
  // The news dateline may sit a few paragraphs below promos the cleaner left (`新京报快讯（记者 …）`).
  const leads = [0, 1, 2, 3].map((k) => zone.lead + k).filter((i) => zone.lead >= 0 && i < paras.length);
  for (const i of leads) {
    const c = leadCredits(paras[i]!.plain, vocab);
    out.authors.push(...c.authors);
    if (c.source) out.sources.push(c.source);
  }
  // A known publication alone on a line near the top (`新京报` under the date) is a credit too.
  for (let i = 0; i <= zone.end && i < paras.length; i++) {
    const p = paras[i]!.plain;
    if (drop.has(i) || p.length > 30 || !vocab.sources.has(p.toLowerCase())) continue;
    const s = cleanSource(p, vocab, { knownOnly: true });
    if (!s) continue;
    out.sources.push(s);
    drop.add(i);
  }
  for (let i = 0; i <= Math.max(zone.end, zone.lead) && i < paras.length; i++) {
    if (drop.has(i)) continue;
    const g = gluedByline(paras[i]!.plain, vocab, out.authors);
    if (!g) continue;
    out.authors.push(g.author);
    const md = paras[i]!.md;
    const at = md.indexOf(g.author);
    if (at < 0 || at >= 40) continue;
    rewrite.set(i, md.slice(at + g.author.length).trimStart());
    paras[i] = { md: rewrite.get(i)!, plain: g.rest };
  }
  return out;
}
