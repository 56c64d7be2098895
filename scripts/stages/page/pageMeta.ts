import { statedDates } from '../meta/findDate.ts';
import { isDomain } from '../meta/names.ts';
import { collapseSpace, decodeEntities } from '../meta/text.ts';
import type { SitesVocab } from '../meta/vocab.ts';

/** Front-matter-shaped fields a page states; read by the metadata stage like front matter. */
export type PageData = Partial<Record<'title' | 'date' | 'author' | 'source' | 'url', string>>;

/** What Readability read from the page (its JSON-LD, Open Graph and `<meta>` rules). */
export interface ExtractorMeta {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
}

const clip = (s: string | null | undefined, n = 500) => collapseSpace(decodeEntities(s ?? '')).slice(0, n);

/** The host of an absolute http(s) URL, without `www.`; '' when it is none. */
function hostOf(url: string): string {
  const m = /^https?:\/\/([^/?#\s:]+)/i.exec(url);
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : '';
}

const SECOND_LEVEL = new Set(['com', 'co', 'net', 'org', 'gov', 'edu', 'ac']);

/** The name part of a host: `news.example.com` → `example`, `example.co.uk` → `example`. */
function domainName(host: string): string {
  const labels = host.split('.');
  if (labels.length > 1) labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  return labels.at(-1) ?? '';
}

/**
 * A byline as a name: `By: A. Writer   August 18, 2010 3:21 PM` → `A. Writer`. The name ends
 * where a date, digit, separator or a second line starts; a long remainder is no name.
 */
function bylineName(byline: string): string {
  const first = byline.split(/\n|\s{3,}|[|–—]| - /)[0] ?? '';
  const name = first
    .replace(/^\s*(?:by|written by|posted by|作者)\s*[:：]?\s*/i, '')
    .replace(
      /(?:\d|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d).*$/s,
      '',
    )
    .replace(/[\s,;:]+$/, '')
    .trim();
  return name && name.split(/\s+/).length <= 6 && !/[@/]/.test(name) ? name : '';
}

/**
 * The date a page shows beside its headline: a `<time>` element or one whose class or id names a
 * date (`post-time`, `m-con-time`, from the vocabulary) holding a short text with a full date,
 * else a full date in the short lines right under the `<h1>` (before any running text). The
 * first after the `<h1>` wins (sidebars of dated links usually come later or have none).
 */
function dateElement(doc: Document, vocab: SitesVocab): string {
  const h1 = doc.querySelector('h1');
  let passed = !h1;
  let before = '';
  let under = '';
  let read = 0;
  for (const el of doc.querySelectorAll('*')) {
    if (el === h1) passed = true;
    else if (passed && h1 && read >= 0 && !h1.contains(el) && !NO_TEXT.has(el.tagName)) {
      // The short lines under the headline, up to the first paragraph of running text.
      const own = clip(
        [...el.childNodes]
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent)
          .join(' '),
        400,
      );
      if (own.length > 150 || (read += own.length) > 400) read = -1;
      else if (own && !under && statedDates(own).length > 0) under = own;
    }
    const isTime = el.tagName === 'TIME';
    if (
      !isTime &&
      !vocab.pageDateClass.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)
    )
      continue;
    const text = clip(isTime ? (el.getAttribute('datetime') ?? el.textContent) : el.textContent, 200);
    if (text.length > 80 || statedDates(text).length === 0) continue;
    if (passed) return text;
    before ||= text;
  }
  return under || before;
}

const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Read what the page states about itself before the extractor rewrites it: extra date fields
 * (`<meta name="pubdate">`, `itemprop="datePublished"`, from the vocabulary), the canonical
 * URL and the one `<h1>`. `read` merges them with what Readability found, Readability first.
 */
export function pageMetadata(doc: Document, vocab: SitesVocab) {
  const metas = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !metas.has(key)) metas.set(key, clip(content, 300));
  }
  let date = '';
  for (const key of vocab.pageDateKeys) if (!date && metas.get(key)) date = metas.get(key)!;
  if (!date) {
    const el = doc.querySelector('[itemprop="datePublished"]');
    date = clip(el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? el?.textContent, 200);
  }
  if (/^\d{8}$/.test(date)) date = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`;
  const shownDate = date ? '' : dateElement(doc, vocab);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const url = [metas.get('og:url') ?? '', canonical].find((u) => /^https?:\/\//i.test(u)) ?? '';
  const h1s = [...doc.querySelectorAll('h1')].map((h) => clip(h.textContent, 300)).filter(Boolean);
  const docTitle = clip(doc.querySelector('title')?.textContent, 500);

  return {
    /** The page's fields and site names, given what the extractor read. */
    read(found: ExtractorMeta): { data: PageData; siteNames: string[] } {
      const data: PageData = {};
      const title = clip(found.title) || (h1s.length === 1 ? h1s[0]! : '') || docTitle;
      if (title) data.title = title;
      // A byline that carries the date (`By A. Writer 2014-01-26 21:32`) states it too.
      const when = clip(found.publishedTime, 200) || date || shownDate || clip(found.byline, 300);
      if (when) data.date = when;
      const author = bylineName(found.byline ?? '');
      if (author) data.author = author;
      const site = clip(found.siteName, 100);
      if (site && !isDomain(site)) data.source = site;
      if (url) data.url = url;
      const host = hostOf(url);
      const siteNames = [site, host, domainName(host)].filter((s) => s.length >= 2);
      return { data, siteNames };
    },
  };
}
