/** Helpers that turn Markdown paragraphs into the plain text metadata is read from. */
import { hanCount } from '../clean/han.ts';

export { hanCount } from '../clean/han.ts';

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
// A bare `www.` host ends with its top-level domain: `www.example.com2006年…` keeps the date.
export const URL_TOKEN =
  /(?:https?:|ftp:)?\/\/[^\s<>"'）)\]]{1,2000}|\bwww\.(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,12}(?![a-z0-9-])(?:[/?#][^\s<>"'）)\]]{0,2000})?/gi;

/**
 * Markdown (and stray tags) to plain text: links keep their text, images, tags, emphasis marks,
 * heading and quote markers and backslash escapes go; whitespace collapses.
 */
export function plainText(md: string): string {
  // Each rewrite runs only when its marker character is present; most paragraphs have none.
  let s = md;
  if (s.includes('](')) {
    // Inner classes exclude their own openers, so a run of `[` or `(` cannot make them backtrack.
    s = s
      .replace(/!\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '')
      .replace(/\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '$1');
  }
  if (s.includes('<')) s = s.replace(/<\/?\s*[a-z][^<>\n]{0,500}>/gi, ' ');
  s = s.replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d{1,3}\.)\s+/gm, '');
  // Emphasis marks go before escapes are undone, so an escaped `\*` (as in `7\*7`) stays text.
  if (s.includes('*') || s.includes('__') || s.includes('~~'))
    s = s.replace(/(?<!\\)(\*{1,3}|_{2,3}|~~)/g, '');
  if (s.includes('\\')) s = s.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
  if (PRIVATE_USE_UNIT.test(s)) s = s.replace(/\p{Co}/gu, ' ');
  if (s.includes('&')) s = decodeEntities(s);
  return collapseSpace(s);
}

// Code units that can be (part of) a private-use character: a cheap test before the `\p{Co}` pass.
const PRIVATE_USE_UNIT = /[\ue000-\uf8ff\udb80-\udbff]/;
const SPACE_BMP = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) SPACE_BMP[c] = 1;

/** `s.replace(/\s+/g, ' ').trim()`, without building a new string when nothing changes. */
export function collapseSpace(s: string): string {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return s.replace(/\s+/g, ' ').trim();
      prevSpace = true;
    } else if (SPACE_BMP[c] === 1) {
      return s.replace(/\s+/g, ' ').trim();
    } else prevSpace = false;
  }
  return prevSpace && s.length > 0 ? s.trimEnd() : s;
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

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Runs of Latin letters (`[A-Za-z]+`, full-width ones too when `fullWidth`), counted. */
export function latinRuns(s: string, fullWidth = false): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter =
      isAsciiLetter(c) || (fullWidth && ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)));
    if (letter && !inRun) n++;
    inRun = letter;
  }
  return n;
}

/** Is the text mostly Chinese (more Han characters than Latin words)? */
export function looksChinese(s: string): boolean {
  return hanCount(s) > latinRuns(s);
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
