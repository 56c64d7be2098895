import { isNavLine, textLike, type ContentRegion, type RegionVocab } from '../findContent.ts';
import { readCredits } from './findByline.ts';
import { statedDates } from './findDate.ts';
import { cleanTitle, headlineShaped, isSiteName } from './findTitle.ts';
import { isCaption, overlap, type Para } from './layout.ts';
import { compareKey, looksChinese } from './text.ts';
import type { SitesVocab } from './vocab.ts';

// Markdown blocks that are structure, not furniture: tables, lists, quotes, code, headings.
const STRUCTURE = /^\s{0,3}(?:\||[-*+]\s|\d{1,3}\.\s|>|```|#{1,6}\s|[*_]Image:)/;

// A headline shares some words with the text below; a standfirst the lead repeats shares more.
/** A byline, a credit or a short dated line: what sits beside a headline. */
function besideHeadline(p: string, sites: SitesVocab): boolean {
  if (p.length <= 100 && statedDates(p).length > 0) return true;
  const credits = readCredits(p, sites);
  return sites.gluedLabel.test(p) || sites.update.test(p) || credits.authors.length > 0 || credits.creditOnly;
}

// Shorter keys (a one-word label) say nothing by being found inside a sentence.
const MIN_QUOTED = 24;

/**
 * Is line `i` copied word for word inside a longer paragraph below it, down to `end`? A
 * standfirst is often the lead's own sentence ("The X airline will offer …" above "Through the
 * alliance, … the X airline will offer …"); a headline is written for the page, not lifted from it.
 */
function quotedBelow(paras: Para[], i: number, end: number): boolean {
  const key = compareKey(paras[i]!.plain);
  if (key.length < MIN_QUOTED) return false;
  for (let j = i + 1; j < Math.min(end, paras.length); j++) {
    const other = compareKey(paras[j]!.plain);
    if (other.length > key.length && other.includes(key)) return true;
  }
  return false;
}

/** Words of an English line, or half the characters of a Chinese one. */
function size(t: string): number {
  return looksChinese(t) ? t.length / 2 : t.split(/\s+/).length;
}

/**
 * The headline of a text dump, among the headline-shaped lines of the header above the content
 * region (`headerLines` up; never a navigation, breadcrumb, login or subscription line, a
 * byline, dateline, caption, credit or site name). Each is scored by its size (up to a
 * headline's), a byline or date within three lines, and how much of it the text below it (down
 * to the article's third paragraph) repeats; a section label scores low on all three. Ties go to the higher line (a
 * headline stands above its standfirst). -1 when there is none.
 */
export function headerHeadline(
  paras: Para[],
  region: ContentRegion,
  sites: SitesVocab,
  vocab: RegionVocab,
  siteNames: string[] = [],
): number {
  const top = Math.max(0, region.first - vocab.headerLines);
  // The text below a line, down to the article's third paragraph: what a headline summarises.
  const below = (i: number) =>
    paras
      .slice(i + 1, region.first + 3)
      .map((p) => p.plain)
      .filter((p) => textLike(p, vocab))
      .join(' ');
  /** The cleaned headline line `i` could be, or '' when it cannot be one. */
  const candidate = (i: number): string => {
    const p = paras[i]!.plain;
    if (isNavLine(p, vocab) || beside[i] || !headlineShaped(p) || isCaption(paras, i, sites)) return '';
    const t = cleanTitle(p, sites, siteNames).title;
    return t && !isSiteName(t, sites) && headlineShaped(t) && !quotedBelow(paras, i, region.first + 3)
      ? t
      : '';
  };
  const beside = paras.map((p, i) => i >= top - 3 && i < region.first && besideHeadline(p.plain, sites));
  let found = -1;
  let best = -Infinity;
  for (let i = region.first - 1; i >= top; i--) {
    const t = candidate(i);
    if (!t) continue;
    const near = [1, 2, 3].some((d) => beside[i + d] || beside[i - d]);
    const score = 2 * Math.min(size(t), 6) + (near ? 6 : 0) + 10 * overlap(t, below(i));
    if (score >= best) [found, best] = [i, score];
  }
  return found;
}

/**
 * The paragraphs of a text dump that are page furniture: outside the region every paragraph that
 * is not running text and not long, inside it only menus; structure (tables, lists, quotes,
 * headings, image captions) and the text lines between the headline and the region (a
 * standfirst) stay.
 */
export function furniture(
  paras: Para[],
  region: ContentRegion,
  headline: number,
  vocab: RegionVocab,
): Set<number> {
  const out = new Set<number>();
  if (region.start < 0) return out;
  region.classes.forEach((c, i) => {
    if (c === 'good' || STRUCTURE.test(paras[i]!.md)) return;
    const plain = paras[i]!.plain;
    if (isNavLine(plain, vocab)) out.add(i);
    // Inside the region only menus go: a paragraph of names and figures is still the article.
    if (i >= region.start && i <= region.end) return;
    if (i > headline && i < region.first && textLike(plain, vocab)) return;
    if (plain.length <= LONG) out.add(i);
  });
  return out;
}

// Paragraphs longer than this stay wherever they are: dropping a sentence loses text for good.
const LONG = 400;
