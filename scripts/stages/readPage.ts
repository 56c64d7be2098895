import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pageMetadata, type PageData } from './page/pageMeta.ts';
import type { SitesVocab } from './meta/vocab.ts';

/** What the page stage hands on: the body to clean and what the page's own metadata states. */
export interface PageRead {
  /** The article's HTML for a whole page, else the body unchanged. */
  body: string;
  /** Whether the body was a whole page that went through the article extractor. */
  page: boolean;
  /** Front-matter-shaped fields the page states (`title`, `date`, `author`, `source`, `url`). */
  data: PageData;
  /** Names of the site the page states (og:site_name, publisher, its domain), for title cleaning. */
  siteNames: string[];
}

const DOCUMENT = /<(?:!doctype\s+html|html|head|body)[\s>]/i;
const LINK = /<a\s[^>]{0,2000}>([\s\S]{0,500}?)<\/a\s*>/gi;
const TAG = /<[^<>]{0,2000}>/g;
const SCRIPTS = /<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi;

/** Text length of a markup string, without tags, scripts and whitespace. */
function textLength(html: string): number {
  return html
    .replace(TAG, '')
    .replace(/&[#\w]{1,10};/g, ' ')
    .replace(/\s+/g, '').length;
}

/**
 * Is the body a saved web page rather than an article's markup: a document (`<html>`, `<head>`,
 * `<body>`), a cut-out holding the page's `<h1>` in layout markup, or markup where links and page
 * furniture (navigation, headers, footers, forms) hold much of the text? An article body of a
 * few links in long paragraphs is not.
 */
export function isWholePage(body: string): boolean {
  const head = body.slice(0, 4000);
  if (DOCUMENT.test(head) && /<\/?(?:html|body|head)[\s>]/i.test(body)) return true;
  // A page's own headline (`<h1>`) inside layout markup: a cut-out of the page, not an article body.
  if (/<h1[\s>]/i.test(body) && (body.match(/<div[\s>]/gi)?.length ?? 0) >= 10) return true;
  if (!/<a\s/i.test(body)) return false;
  const html = body.replace(SCRIPTS, ' ');
  const total = textLength(html);
  if (total < 200) return false;
  let inLinks = 0;
  let links = 0;
  for (const m of html.matchAll(LINK)) {
    inLinks += textLength(m[1]!);
    links++;
  }
  const furniture = /<(?:nav|header|footer|form|aside|iframe|button|input)[\s>]/i.test(html);
  return links >= 8 && (inLinks / total > 0.25 || (furniture && inLinks / total > 0.1));
}

/**
 * The fields a news-corpus record states in its own tags (`<contenttitle>`, `<url>`, as in the
 * Sogou records): its headline and address, as plain text.
 */
function recordFields(body: string): PageData {
  const data: PageData = {};
  const title = /<contenttitle>([^<]{1,500})<\/contenttitle>/i.exec(body.slice(0, 5000))?.[1]?.trim();
  if (title) data.title = title;
  const url = /<url>\s*(https?:\/\/[^\s<]{1,2000})\s*<\/url>/i.exec(body.slice(0, 5000))?.[1];
  if (url) data.url = url;
  return data;
}

/**
 * Read a whole saved page: its own metadata (JSON-LD, Open Graph, `<meta>`, `<title>`), then the
 * article with Readability on a server-side DOM (linkedom runs no script and fetches nothing).
 * Anything else passes through untouched. What is kept is still HTML for the sanitiser.
 */
export function readPage(body: string, vocab: SitesVocab): PageRead {
  if (!isWholePage(body)) return { body, page: false, data: recordFields(body), siteNames: [] };
  const doc = DOCUMENT.test(body.slice(0, 4000)) ? body : `<!doctype html><html><body>${body}</body></html>`;
  const { document } = parseHTML(doc);
  const own = pageMetadata(document as unknown as Document, vocab);
  let article: ReturnType<Readability<string>['parse']>;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    // Readability gives up on some malformed trees; the page is then cleaned as it is.
    article = null;
  }
  const content = article?.content ?? '';
  // A page the extractor could not read keeps its whole text: losing the article is worse.
  if (textLength(content) < 100) return { body, page: true, ...own.read({}) };
  return {
    body: content,
    page: true,
    ...own.read({
      title: article?.title ?? '',
      byline: article?.byline ?? '',
      siteName: article?.siteName ?? '',
      publishedTime: article?.publishedTime ?? '',
    }),
  };
}
