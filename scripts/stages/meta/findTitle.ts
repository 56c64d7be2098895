import { cleanSource, isDomain } from './names.ts';
import { asciiWidth, decodeEntities, foldWidth, looksChinese, plainText, sentences } from './text.ts';
import type { SitesVocab } from './vocab.ts';

/** A headline cleaned of site decorations, and the site name a suffix or prefix gave away. */
export interface CleanTitle {
  title: string;
  site: string | null;
}

// `_` (portals), `|` and spaced dashes separate a headline from channel and site names.
const SEPARATOR = /\s*[|｜]\s*|[_＿]|\s[-－–—]{1,2}\s/g;

/** Is this title segment a site name: known, a domain, or shaped like one (`长江网`, `DayDayNews`)? */
function isSite(seg: string, vocab: SitesVocab): boolean {
  const s = seg.trim();
  if (vocab.sources.has(s.toLowerCase()) || isDomain(s)) return true;
  if (/\p{Script=Han}/u.test(s)) return s.length <= 12 && !/\s/.test(s) && vocab.siteSuffixZh.test(s);
  const words = s.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && vocab.siteWordEn.test(s);
}

/** Is this segment a channel (`科技`, `首页武汉`, `两岸三地`)? */
function isSection(seg: string, vocab: SitesVocab): boolean {
  const s = seg.trim().toLowerCase();
  if (vocab.sections.has(s)) return true;
  if (!/^\p{Script=Han}{2,6}$/u.test(s)) return false;
  return [...vocab.sections].some((w) => /\p{Script=Han}/u.test(w) && (s.startsWith(w) || s.endsWith(w)));
}

/** The site a removed tail or prefix names, as the text spells it. */
function siteName(segs: string[], vocab: SitesVocab): string | null {
  for (const s of segs)
    if (!isDomain(s) && !isSection(s, vocab) && cleanSource(s, vocab)) return cleanSource(s, vocab);
  for (const s of segs) if (isDomain(s)) return cleanSource(s, vocab, { knownOnly: true });
  return null;
}

/**
 * Clean a headline: entities, Markdown and full-width ASCII go; a known site prefix
 * (`武汉喝茶论坛:`), a Chinese label before an English headline, and a tail of channel and site
 * names (`_新闻中心_长江网_cjn.cn`, `| Reuters`, `- BBC中文网 - 两岸三地`) are removed.
 */
export function cleanTitle(raw: string, vocab: SitesVocab): CleanTitle {
  let t = foldWidth(plainText(decodeEntities(raw.slice(0, 3000)))).slice(0, 1000);
  let site: string | null = null;
  const repost = vocab.repostMarker.exec(t);
  if (repost && t.length > repost[0].length) t = t.slice(repost[0].length);
  for (const p of vocab.titlePrefixes) {
    const m = new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[:：|｜_＿\\-－]\\s*`, 'iu').exec(
      t,
    );
    if (m && t.length > m[0].length) [t, site] = [t.slice(m[0].length), cleanSource(p, vocab) ?? p];
  }
  // A Chinese site label before an English headline: `某某论坛:The Second …`.
  const label = /^(\p{Script=Han}{2,12})\s?[:：|｜]\s?(?=[A-Za-z"“‘])/u.exec(t);
  if (label && !looksChinese(t.slice(label[0].length))) {
    site ??= cleanSource(label[1]!, vocab);
    t = t.slice(label[0].length);
  }
  const parts = t.split(SEPARATOR);
  const seps = [...t.matchAll(SEPARATOR)].map((m) => m[0]);
  for (let k = 1; k < parts.length; k++) {
    const tail = parts.slice(k);
    if (!tail.every((s) => isSite(s, vocab) || isSection(s, vocab)) || !tail.some((s) => isSite(s, vocab)))
      continue;
    const head = parts.slice(0, k).reduce((acc, p, i) => (i === 0 ? p : acc + seps[i - 1] + p), '');
    if (head.trim().length < 2) continue;
    site ??= siteName(tail, vocab);
    t = head;
    break;
  }
  return { title: t.replace(/\s+/g, ' ').trim(), site };
}

const BREADCRUMB = /(?:\s[>›»]\s|[›»]).*(?:\s[>›»]\s|[›»])/u;

/**
 * Could this paragraph be the article's headline? One sentence, not too short or long, not
 * ending like a sentence (`.`, `。`) or a clause (`,`, `:`), not a breadcrumb or a bare link.
 */
export function headlineShaped(plain: string): boolean {
  const t = asciiWidth(plain).trim();
  if (!t || BREADCRUMB.test(t) || /^(?:https?:\/\/|www\.)\S+$/i.test(t) || /^[\d\s\p{P}\p{S}]+$/u.test(t))
    return false;
  // `?` and `!` may sit inside a headline (`外泄? 中铁总辟谣…`); a full stop inside may not.
  if (/[.。,，:：;；、]$/u.test(t) || sentences(t).filter((x) => /[.。]["”’」』]?$/u.test(x)).length > 0)
    return false;
  if (looksChinese(t)) return t.length >= 6 && t.length <= 64;
  const words = t.split(/\s+/).length;
  return words >= 3 && words <= 30 && t.length <= 200;
}

/**
 * A short title from a paragraph with no headline: its first sentence, cut at a word boundary
 * (English, about 80 characters) or a clause boundary (Chinese, at most 40), with `…` when cut.
 */
export function deriveTitle(plain: string): string {
  const first = (sentences(foldWidth(plain))[0] ?? '').replace(/[.。!！?？]+$/u, '').trim();
  if (!first) return '';
  const chars = [...first];
  let out: string;
  if (looksChinese(first)) {
    if (chars.length <= 40) return first;
    const head = chars.slice(0, 40).join('');
    const clause = Math.max(...['，', '、', '；', '：', ','].map((c) => head.lastIndexOf(c)));
    out = (clause >= 12 ? head.slice(0, clause) : chars.slice(0, 30).join('')) + '…';
  } else {
    if (first.length <= 90) out = first;
    else {
      const cut = first.slice(0, 81);
      out = cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:–—-]+$/u, '') + '…';
    }
  }
  return out.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
