/** Helpers that turn Markdown paragraphs into the plain text metadata is read from. */

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space become ASCII, for matching. */
export function asciiWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Full-width ASCII as a reader expects it in metadata: letters, digits and the ideographic space
 * become ASCII (`１０年` → `10年`, `Ｔ恤` → `T恤`), and so does punctuation between two of them
 * (`２，０００` → `2,000`) and number signs (`１５％`); Chinese punctuation in Chinese text
 * (`：`, `，`, `（组图）`) stays.
 */
export function foldWidth(s: string): string {
  return s
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]/g, (c) =>
      c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(
      /(?<=[A-Za-z0-9])[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e](?=[A-Za-z0-9])|(?<=[0-9])[％＄＋－．]|[＄＋－．＃＠](?=[0-9])/g,
      (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/ {2,}/g, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decode the HTML entities front matter and scraped titles carry; unknown ones stay. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** A URL-ish token: scheme URLs, protocol-relative links and bare `www.` hosts. */
export const URL_TOKEN = /(?:https?:|ftp:)?\/\/[^\s<>"'）)\]]{1,2000}|\bwww\.[^\s<>"'）)\]]{1,2000}/gi;

/**
 * Markdown (and stray tags) to plain text: links keep their text, images, tags, emphasis marks,
 * heading and quote markers and backslash escapes go; whitespace collapses.
 */
export function plainText(md: string): string {
  return decodeEntities(
    md
      // Inner classes exclude their own openers, so a run of `[` or `(` cannot make them backtrack.
      .replace(/!\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '')
      .replace(/\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '$1')
      .replace(/<\/?\s*[a-z][^<>\n]{0,500}>/gi, ' ')
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
      .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d{1,3}\.)\s+/gm, '')
      .replace(/(\*{1,3}|_{2,3}|~~)/g, '')
      .replace(/\p{Co}/gu, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text with URLs removed, for reading dates and names that must not come from a link. */
export function withoutUrls(s: string): string {
  return s.replace(URL_TOKEN, ' ');
}

/** A comparison key: full-width folded, lower-cased, letters and digits only. */
export function compareKey(s: string): string {
  return asciiWidth(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Han characters in a string. */
export function hanCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\p{Script=Han}/gu)) n++;
  return n;
}

/** Is the text mostly Chinese (more Han characters than Latin words)? */
export function looksChinese(s: string): boolean {
  let latin = 0;
  for (const _ of s.matchAll(/[A-Za-z]+/g)) latin++;
  return hanCount(s) > latin;
}

/** Does the text end like a finished sentence or headline (not cut off mid-word)? */
export function endsCleanly(s: string): boolean {
  return /[.!?。！？…"'”’」』》）)\]】:：;；]$/u.test(s.trim());
}

const TERMINATOR = /[。！？]+["”’」』）)]*|[.!?]+["”’)]*(?=\s+["“‘(\p{Lu}\p{Script=Han}\d]|$)/gu;
// A period after these is not the end of a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

/** Split plain text into sentences at Chinese and English terminators. */
export function sentences(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of s.matchAll(TERMINATOR)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREVIATION.test(s.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    const t = s.slice(start, end).trim();
    if (t) out.push(t);
    start = end;
  }
  const rest = s.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
