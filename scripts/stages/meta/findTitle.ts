import { cleanSource, isDomain } from './names.ts';
import {
  asciiWidth,
  compareKey,
  decodeEntities,
  foldWidth,
  looksChinese,
  plainText,
  sentences,
} from './text.ts';
import type { SitesVocab } from './vocab.ts';
import { escapeRegExp } from '../../lib/escapeRegExp.ts';

/** A headline cleaned of site decorations, and the site name a suffix or prefix gave away. */
export interface CleanTitle {
  title: string;
  site: string | null;
}

// `_` (portals), `|`, spaced dashes and `--` between Chinese words separate a headline from channel and site names.
const SEPARATOR = /\s*[|｜]\s*|[_＿]|\s[-－–—]{1,2}\s|(?<=\p{Script=Han}|[”」》）])--(?=\p{Script=Han})/gu;

/** Is this title segment a site name: known, a domain, or shaped like one (`长江网`, `DayDayNews`)? */
function isSite(seg: string, vocab: SitesVocab): boolean {
  const s = seg.trim();
  if (vocab.sources.has(s.toLowerCase()) || isDomain(s)) return true;
  if (/\p{Script=Han}/u.test(s)) return s.length <= 12 && !/\s/.test(s) && vocab.siteSuffixZh.test(s);
  const words = s.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && vocab.siteWordEn.test(s);
}

/** Is the whole line a site's name (`Daily Example News`, `长江网`, `example.com`)? */
export function isSiteName(s: string, vocab: SitesVocab): boolean {
  return isSite(s, vocab) || isSection(s, vocab);
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
export function cleanTitle(raw: string, vocab: SitesVocab, known: string[] = []): CleanTitle {
  let t = foldWidth(plainText(decodeEntities(raw.slice(0, 3000)))).slice(0, 1000);
  let site: string | null = null;
  const repost = vocab.repostMarker.exec(t);
  if (repost && t.length > repost[0].length) t = t.slice(repost[0].length);
  for (const p of vocab.titlePrefixes) {
    const m = new RegExp(`^${escapeRegExp(p)}\\s*[:：|｜_＿\\-－]\\s*`, 'iu').exec(t);
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
  const named = stripNamedSegments(t, known, vocab);
  return { title: named.title.replace(/\s+/g, ' ').trim(), site: site ?? named.site };
}

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** A full headline, long enough to stand without the segment next to it. */
function fullHeadline(s: string): boolean {
  return looksChinese(s) ? s.trim().length >= 8 : wordCount(s) >= 4;
}

/** Does the segment name one of the site's own names (`CBC News` for `CBC`, `cbc.ca`)? */
function namesSite(seg: string, known: string[]): boolean {
  const key = compareKey(seg);
  if (!key) return false;
  return known.some((n) => {
    const k = compareKey(n);
    return k.length >= 2 && (key === k || ((key.startsWith(k) || key.endsWith(k)) && wordCount(seg) <= 4));
  });
}

/**
 * A short, name-shaped segment: one to three capitalised words (`WIRED`, `The Globe and Mail` is
 * four with `and`), or a few Han characters without spaces (`数据`, `澎湃新闻`).
 */
function nameShaped(seg: string): boolean {
  const s = seg.trim();
  if (!s || /[.。,，!?！？:：;；"“”]/u.test(s.replace(/[.!]$/, ''))) return false;
  if (looksChinese(s)) return !/\s/.test(s) && [...s].length <= 8;
  const words = s.split(/\s+/).filter((w) => !/^(?:and|of|the|&|de|for|on)$/i.test(w));
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/**
 * Segments at either end that name the page's site (`known`), and a name-shaped tail or
 * publication label beside a full headline (Readability's title rule, made stricter: the other
 * side must read as a whole headline, and a label must end like a publication's name).
 */
function stripNamedSegments(t: string, known: string[], vocab: SitesVocab): CleanTitle {
  const label = /^(\p{Script=Han}{2,12})\s?[:：]\s?/u.exec(t);
  if (label && isPublication(label[1]!, vocab) && fullHeadline(t.slice(label[0].length)))
    return { title: t.slice(label[0].length), site: label[1]! };
  const parts = t.split(SEPARATOR);
  if (parts.length < 2) return { title: t, site: null };
  const seps = [...t.matchAll(SEPARATOR)].map((m) => m[0]);
  let from = 0;
  let to = parts.length;
  let site: string | null = null;
  const join = () =>
    parts.slice(from, to).reduce((acc, p, i) => (i === 0 ? p : acc + seps[from + i - 1] + p), '');
  while (to - from > 1 && namesSite(parts[to - 1]!, known)) site ??= parts[--to]!.trim();
  while (to - from > 1 && namesSite(parts[from]!, known)) site ??= parts[from++]!.trim();
  if (to - from === 2) {
    const [a, b] = [parts[from]!, parts[from + 1]!];
    if (nameShaped(b) && fullHeadline(a)) {
      // Only a segment shaped like a site's name is reported as the source; a channel is not.
      if (isSite(b, vocab)) site ??= b.trim();
      to--;
    } else if (/[|｜]/.test(seps[from]!) && fullHeadline(b) && isPublication(a, vocab)) {
      site ??= a.trim();
      from++;
    }
  }
  return { title: join(), site };
}

/** A label naming a publication: a known source or a Chinese name ending like one (`…周刊`, `…报`). */
function isPublication(seg: string, vocab: SitesVocab): boolean {
  const s = seg.trim();
  if (vocab.sources.has(s.toLowerCase())) return true;
  return /\p{Script=Han}/u.test(s) && !/\s/.test(s) && [...s].length <= 12 && vocab.siteSuffixZh.test(s);
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
  // A line that opens with an ellipsis continues another: a teaser, not a headline.
  if (/^(?:…|\.{3})/u.test(t)) return false;
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
