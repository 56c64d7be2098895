import { isNavLine, textLike, type ContentRegion, type RegionVocab } from '../findContent.ts';
import { readCredits } from './findByline.ts';
import { statedDates } from './findDate.ts';
import { cleanTitle, headlineShaped, isSiteName } from './findTitle.ts';
import { isCaption, type Para } from './layout.ts';
import type { SitesVocab } from './vocab.ts';

// Markdown blocks that are structure, not furniture: tables, lists, quotes, code, headings.
const STRUCTURE = /^\s{0,3}(?:\||[-*+]\s|\d{1,3}\.\s|>|```|#{1,6}\s|[*_]Image:)/;

/**
 * The headline of a text dump: the first headline-shaped line in the header above the content
 * region. The header reaches up `headerLines` lines and stops at a navigation line (a menu,
 * breadcrumb, login or subscription line is never the headline). Bylines, datelines, captions,
 * site names and credit lines are skipped. -1 when there is none.
 */
export function headerHeadline(
  paras: Para[],
  region: ContentRegion,
  sites: SitesVocab,
  vocab: RegionVocab,
  siteNames: string[] = [],
): number {
  let found = -1;
  for (let i = region.first - 1; i >= 0 && i >= region.first - vocab.headerLines; i--) {
    const p = paras[i]!.plain;
    if (isNavLine(p, vocab)) break;
    if (!headlineShaped(p) || isCaption(paras, i, sites) || statedDates(p).length > 0) continue;
    if (sites.gluedLabel.test(p) || readCredits(p, sites).creditOnly) continue;
    const t = cleanTitle(p, sites, siteNames).title;
    if (!t || isSiteName(t, sites) || !headlineShaped(t)) continue;
    found = i;
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
