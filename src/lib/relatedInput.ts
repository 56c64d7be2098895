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
  const seen = new Map<string, number>();
  for (const [i, a] of articles.entries())
    for (const p of new Set(paragraphsOf(bodyOf(a)).filter((p) => p.length <= FURNITURE_MAX))) {
      const key = fingerprint(p);
      const first = seen.get(key);
      // -1: seen in two articles or more.
      if (first === undefined) seen.set(key, i);
      else if (first !== i) seen.set(key, -1);
    }
  for (const a of articles) {
    const kept = paragraphsOf(bodyOf(a)).filter(
      (p) => p.length > FURNITURE_MAX || seen.get(fingerprint(p)) !== -1,
    );
    // The headline's own line (many scrapes repeat it first) is no evidence that the text is about it.
    const headline = a.data.title.trim().toLowerCase();
    const lead = kept
      .filter((p) => p.toLowerCase() !== headline)
      .join('\n')
      .slice(0, LEAD_CHARS);
    yield {
      lang: a.data.lang,
      digest: a.data.kind === 'digest',
      entities: [...a.data.companies.map((c) => `company:${c}`), ...a.data.cities.map((c) => `city:${c}`)],
      words: contentTerms(kept.join('\n')),
      titleWords: contentTerms(a.data.title),
      leadWords: contentTerms(lead),
    };
  }
}
