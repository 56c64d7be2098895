import { createHash } from 'node:crypto';
import type { RelatedInput } from './related.ts';
import { contentTerms, plainText } from './textTerms.ts';

/** What related-article ranking reads of an article: its front matter and a way to its body. */
export interface RelatedSource {
  id: string;
  data: {
    title: string;
    lang: 'en' | 'zh';
    kind?: 'article' | 'digest';
    companies: string[];
    cities: string[];
  };
}

// Furniture is short: a paragraph longer than this found in two articles is shared reporting, not a template.
const FURNITURE_MAX = 300;
// A real headline's words come back within the first paragraphs.
const LEAD_CHARS = 1000;
// A paragraph that is only a link (a list item of links included) is navigation, not the story.
const LINK_ONLY = /^(?:[-*+]|\d+[.)])?\s*!?\[[^\]]*\]\([^)]*\)$/;

const paragraphsOf = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && !LINK_ONLY.test(p))
    .map(plainText)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
const fingerprint = (p: string) => createHash('sha1').update(p.toLowerCase()).digest('base64').slice(0, 16);

/** What the ranking reads of one article's text, once its shared furniture is known. */
export interface ReadText {
  words: string[];
  titleWords: string[];
  leadWords: string[];
}

/** The fingerprints of an article's short paragraphs (furniture candidates), once each, in order. */
export function shortPrints(paragraphs: string[]): string[] {
  return [...new Set(paragraphs.filter((p) => p.length <= FURNITURE_MAX).map(fingerprint))];
}

/** An article's paragraphs, as furniture detection and term reading see them. */
export const paragraphs = (body: string): string[] => paragraphsOf(body);

/** An article's words without the paragraphs in `shared` (furniture found in other articles too). */
export function readText(title: string, paragraphs: string[], shared: Set<string>): ReadText {
  const kept = paragraphs.filter((p) => p.length > FURNITURE_MAX || !shared.has(fingerprint(p)));
  // The headline's own line (many scrapes repeat it first) is no evidence that the text is about it.
  const headline = title.trim().toLowerCase();
  const lead = kept
    .filter((p) => p.toLowerCase() !== headline)
    .join('\n')
    .slice(0, LEAD_CHARS);
  return {
    words: contentTerms(kept.join('\n')),
    titleWords: contentTerms(title),
    leadWords: contentTerms(lead),
  };
}

/** The ranking's input of one article from its front matter and its read text. */
export function inputOf(a: RelatedSource, text: ReadText): RelatedInput {
  return {
    lang: a.data.lang,
    digest: a.data.kind === 'digest',
    entities: [...a.data.companies.map((c) => `company:${c}`), ...a.data.cities.map((c) => `city:${c}`)],
    ...text,
  };
}

/** Which fingerprints occur in more than one article, from each article's own (shortPrints). */
export function sharedPrints(prints: Iterable<string[]>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const list of prints)
    for (const key of list) {
      if (seen.has(key)) shared.add(key);
      else seen.add(key);
    }
  return shared;
}

/**
 * The ranking's input, article by article in archive order. Two passes over the bodies: the
 * first finds short paragraphs that occur in more than one article (site furniture the ingest
 * kept, such as "Click to follow Telangana Today Facebook page"), the second reads each article's
 * words without them, so a shared template never makes two articles look related.
 */
export function* relatedInput<T extends RelatedSource>(
  articles: readonly T[],
  bodyOf: (article: T) => string,
): Generator<RelatedInput> {
  const shared = sharedPrints(articles.map((a) => shortPrints(paragraphsOf(bodyOf(a)))));
  for (const a of articles) yield inputOf(a, readText(a.data.title, paragraphsOf(bodyOf(a)), shared));
}
