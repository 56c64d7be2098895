import { endsCleanly, looksChinese, plainText, sentences } from './text.ts';
import type { SitesVocab } from './vocab.ts';

/** A kept paragraph: its Markdown and the plain text metadata is read from. */
export interface Para {
  md: string;
  readonly plain: string;
}

/** A paragraph whose plain text is worked out only when a rule reads it (most never are). */
export function lazyPara(md: string, limit: number): Para {
  let plain: string | undefined;
  return {
    md,
    get plain() {
      return (plain ??= plainText(md.slice(0, limit)));
    },
  };
}

/** Is this a paragraph of running text (not a headline, label, caption or menu item)? */
export function isProse(plain: string): boolean {
  if (looksChinese(plain)) return plain.length >= 30 && /[。！？!?]/u.test(plain);
  return plain.length >= 60 && plain.split(/\s+/).length >= 10 && /[.!?]/.test(plain);
}

/** A teaser: several sentences that stop mid-word (`… What kind of signa`). */
export function isTeaser(plain: string): boolean {
  return plain.length < 400 && sentences(plain).length > 1 && !endsCleanly(plain);
}

/** A photo caption or credit, or the caption line right before a `Photo by …` credit. */
export function isCaption(paras: Para[], i: number, vocab: SitesVocab): boolean {
  const p = paras[i]!.plain;
  if (p.length > 200) return false;
  if (vocab.caption.test(p)) return true;
  const next = paras[i + 1]?.plain ?? '';
  return next.length <= 80 && vocab.captionStart.test(next);
}

/** An article whose first 60 paragraphs hold no running text has no lead worth reading. */
export const LEAD_MAX = 60;

// `MUMBAI (Reuters) - `, `BEIJING, March 3, 2015 (Reuters) - `, `长江网10月4日讯（`, `新华社北京3月3日电 `.
const EN_OPENING = /^\p{Lu}{2,}[\p{L}\s,.'\d-]{0,40}?(?:\s?\([^()]{2,30}\))?\s[-—–]{1,2}\s/u;
const ZH_OPENING = /^[^，。,.!?！？\s]{2,30}?(?:电|讯)(?=[\s（(【“"])/u;

/** Does the paragraph open with a news dateline, the mark of an article's first paragraph? */
export function opensWithDateline(plain: string): boolean {
  return EN_OPENING.test(plain.slice(0, 100)) || ZH_OPENING.test(plain.slice(0, 60));
}

/**
 * The first paragraph of running text among the first 60: where the article proper starts; -1
 * when none is.
 * A paragraph opening with a dateline among the first few wins over captions above it.
 */
export function leadIndex(paras: Para[], vocab: SitesVocab): number {
  const opening = paras.slice(0, 6).findIndex((p) => p.plain.length >= 40 && opensWithDateline(p.plain));
  if (opening >= 0) return opening;
  return paras
    .slice(0, LEAD_MAX)
    .findIndex((p, i) => isProse(p.plain) && !isTeaser(p.plain) && !isCaption(paras, i, vocab));
}

/** Tokens for overlap: words in English, character pairs in Chinese. */
function tokens(s: string): Set<string> {
  const t = s.toLowerCase();
  if (looksChinese(t)) {
    const chars = [...t.replace(/[^\p{Script=Han}]/gu, '')];
    return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
  }
  return new Set(t.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Share of `a`'s tokens that also occur in `b` (0–1). */
export function overlap(a: string, b: string): number {
  const ta = tokens(a);
  if (ta.size === 0) return 0;
  const tb = tokens(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / ta.size;
}
