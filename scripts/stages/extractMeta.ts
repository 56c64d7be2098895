import { articleSchema, isoDate } from '../../src/lib/articleSchema.ts';
import type { Removed, Warning, Where } from '../lib/types.ts';
import { warn } from '../lib/types.ts';
import { CREDIT_KINDS, gatherCredits } from './meta/credits.ts';
import { detectLang } from './meta/detectLang.ts';
import { makeExcerpt } from './meta/excerpt.ts';
import {
  datelineDate,
  datelinePrefixDate,
  nameDays,
  statedDates,
  updateDate,
  type StatedDate,
} from './meta/findDate.ts';
import { cleanTitle, deriveTitle, headlineShaped, isSiteName } from './meta/findTitle.ts';
import { readFrontMatterMeta } from './meta/frontMatter.ts';
import { furniture, headerHeadline } from './meta/header.ts';
import { findContent, isNavLine, type RegionVocab } from './findContent.ts';
import {
  isCaption,
  isProse,
  isTeaser,
  LEAD_MAX,
  lazyPara,
  leadIndex,
  overlap,
  type Para,
} from './meta/layout.ts';
import { joinNames } from './meta/names.ts';
import { asciiWidth, compareKey, plainText } from './meta/text.ts';
import type { SitesVocab } from './meta/vocab.ts';

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
  /** Names the page states for its site (og:site_name, domain): a headline segment naming it goes. */
  siteNames?: string[];
  /** The content-region classifier's settings: text dumps find their article and headline by it. */
  region?: RegionVocab | undefined;
}

// Datelines, bylines and headlines are looked for only this close to the top.
const ZONE_MAX = 12;
const READ_MAX = 20_000;
const REGION_MAX = 600;

const validUrl = (u: string | null | undefined) =>
  u && articleSchema.shape.source_url.safeParse(u).success && /^https?:\/\/[^\s/]+\.[^\s/]/i.test(u)
    ? u
    : null;

/**
 * Derive title, date, language, credits and excerpt from what the text states (never guessed),
 * and return the body: the kept paragraphs minus those read as headline, dateline or credits.
 */
export function extractMeta(
  input: MetaInput,
  vocab: SitesVocab,
): { meta: MetaFields; body: string[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const fm = readFrontMatterMeta(input.data ?? {}, vocab, nameDays(input.where.name ?? ''));
  const paras: Para[] = input.kept.map((md) => lazyPara(md, READ_MAX));
  const drop = new Set<number>();
  const rewrite = new Map<number, string>();
  // The classifier reads the first REGION_MAX paragraphs: a page's furniture sits around an
  // article of ordinary length, and a huge block is not scanned twice over.
  const region = input.region
    ? findContent(
        paras.slice(0, REGION_MAX).map((p) => p.plain.slice(0, 2000)),
        input.region,
      )
    : null;
  let lead = leadIndex(paras, vocab);
  // Running text above the region (a disclaimer, a menu sentence) is not the article's lead.
  if (region && region.first > lead && lead >= 0 && region.classes[lead] !== 'good') lead = region.first;
  const zoneEnd = Math.min(lead >= 0 ? lead : 5, paras.length - 1, ZONE_MAX - 1);

  // Datelines near the top: read, and dropped when they hold a real day.
  const datelines: StatedDate[] = [];
  let updated: StatedDate | null = null;
  for (let i = 0; i <= zoneEnd; i++) {
    const d = datelineDate(paras[i]!.plain, vocab);
    updated ??= d ? null : updateDate(paras[i]!.plain, vocab);
    if (!d) continue;
    datelines.push(d);
    if (d.iso) drop.add(i);
  }
  const credits = gatherCredits(paras, input.removed, { end: zoneEnd, lead }, vocab, drop, rewrite);

  // Title: the front matter's, else the first headline-shaped line above the lead.
  let title = '';
  let site: string | null = null;
  if (fm.title) ({ title, site } = cleanTitle(fm.title, vocab, input.siteNames));
  const headline =
    region && input.region ? headerHeadline(paras, region, vocab, input.region, input.siteNames) : -1;
  if (!title && headline >= 0 && !drop.has(headline)) {
    ({ title, site } = cleanTitle(paras[headline]!.plain, vocab, input.siteNames));
    drop.add(headline);
  }
  const searchEnd = lead >= 0 ? lead : Math.min(paras.length, 6);
  for (let i = 0; !title && i < searchEnd; i++) {
    if (drop.has(i) || isCaption(paras, i, vocab)) continue;
    // A menu, breadcrumb or prompt line is never the headline.
    if (input.region && isNavLine(paras[i]!.plain, input.region)) continue;
    const c = cleanTitle(paras[i]!.plain, vocab, input.siteNames);
    if (!headlineShaped(c.title)) continue;
    ({ title, site } = c);
    drop.add(i);
  }
  // The headline repeated under itself (`原标题：…`, a second copy with other quotes) goes too.
  const titleKey = compareKey(title);
  for (let i = 0; titleKey && i <= Math.min(zoneEnd + 1, paras.length - 1); i++) {
    const p = paras[i]!.plain.replace(vocab.repeatLabel, '');
    if (!drop.has(i) && (compareKey(p) === titleKey || compareKey(cleanTitle(p, vocab).title) === titleKey))
      drop.add(i);
  }
  // A teaser cut mid-word that the lead paragraph repeats in full.
  for (let i = 0; lead >= 0 && i < lead; i++) {
    if (!drop.has(i) && isTeaser(paras[i]!.plain) && overlap(paras[i]!.plain, paras[lead]!.plain) >= 0.6)
      drop.add(i);
  }

  const date = resolveDate(
    fm.date,
    input.removed,
    [...datelines, datelinePrefixDate(lead >= 0 ? paras[lead]!.plain : ''), updated],
    vocab,
  );
  for (const p of date.problems) warnings.push(warn(input.where, 'impossible-date', `${p}; date left empty`));

  if (region && input.region) for (const i of furniture(paras, region, headline, input.region)) drop.add(i);
  const body = input.kept.map((md, i) => rewrite.get(i) ?? md).filter((_, i) => !drop.has(i));
  const bodyParas = paras.filter((_, i) => !drop.has(i)).slice(0, LEAD_MAX);
  const first =
    bodyParas.find((p, i) => isProse(p.plain) && !isCaption(bodyParas, i, vocab)) ??
    bodyParas.find((p) => p.plain);
  let derived = false;
  if (!title) {
    title =
      deriveTitle(first?.plain ?? '') || input.where.name.replace(/\.[a-z0-9]{1,5}$/i, '') || 'Untitled';
    derived = true;
  }

  const fmExcerpt = fm.excerpt ? plainText(fm.excerpt) : '';
  const excerpt =
    fmExcerpt.length >= 20 && compareKey(fmExcerpt) !== compareKey(title)
      ? makeExcerpt(fmExcerpt)
      : makeExcerpt(first?.plain ?? '');
  const sourceFm = fm.source ? asciiWidth(fm.source).replace(/\s+/g, ' ').slice(0, 100) : null;
  const source =
    sourceFm && !vocab.genericSources.has(sourceFm.toLowerCase()) ? sourceFm : (credits.sources[0] ?? site);
  return {
    meta: {
      title,
      title_derived: derived,
      date: date.iso,
      lang: detectLang(body.length ? body : [title]),
      source,
      source_url: [...fm.sourceUrls, ...credits.urls].map(validUrl).find(Boolean) ?? null,
      author: joinNames(people(fm.authors.length ? fm.authors : unique(credits.authors), input, vocab)),
      editor: joinNames(fm.editors.length ? fm.editors : unique(credits.editors)),
      excerpt,
      extra: fm.extra,
    },
    body,
    warnings,
  };
}

const unique = (xs: string[]) => [...new Set(xs)];

/**
 * Bylines that name people: a name that is the site's own (`by Example Times`), shaped like a
 * publication, or a menu or policy link (`Privacy Policy`) is no author.
 */
function people(names: string[], input: MetaInput, vocab: SitesVocab): string[] {
  const sites = new Set((input.siteNames ?? []).map(compareKey));
  return names.filter(
    (n) =>
      !sites.has(compareKey(n)) &&
      !isSiteName(n, vocab) &&
      !(input.region && isNavLine(n, input.region)) &&
      !/^(?:terms|conditions|privacy|cookies?)\b/i.test(n),
  );
}

// Removed kinds that are lists (related links, comments): dates in them belong to other items.
const LIST_KINDS = new Set(['related', 'comments', 'widget']);

/**
 * Removed credit lines that may carry the publication date. `removed` keeps document order, so
 * a date beside related links or comments, or one repeated down the page, is a list item's date.
 */
function removedDatelines(removed: Removed[]): Removed[] {
  const seen = new Map<string, number>();
  for (const r of removed) seen.set(r.text, (seen.get(r.text) ?? 0) + 1);
  return removed.filter(
    (r, i) =>
      CREDIT_KINDS.has(r.kind) &&
      seen.get(r.text) === 1 &&
      !LIST_KINDS.has(removed[i - 1]?.kind ?? '') &&
      !LIST_KINDS.has(removed[i + 1]?.kind ?? ''),
  );
}

/**
 * The publication date, by strength of evidence: front matter, a dateline the cleaner removed,
 * then `datelines` in their order (near the top, opening the lead, an update label). Impossible
 * days are reported, never used.
 */
function resolveDate(
  fmDate: StatedDate | null,
  removed: Removed[],
  datelines: (StatedDate | null)[],
  vocab: SitesVocab,
): { iso: string | null; problems: string[] } {
  const fromRemoved = removedDatelines(removed).map((r) => {
    const plain = plainText(r.text.slice(0, 2000));
    return r.kind === 'dateline' ? (statedDates(plain)[0] ?? null) : datelineDate(plain, vocab);
  });
  const candidates = [fmDate, ...fromRemoved, ...datelines];
  const problems: string[] = [];
  for (const c of candidates) {
    if (!c) continue;
    if (c.iso && isoDate.safeParse(c.iso).success) return { iso: c.iso, problems };
    if (c.problem) problems.push(c.problem);
  }
  return { iso: null, problems };
}
