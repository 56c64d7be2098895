/**
 * Spacing rules around CJK text. Chinese is written without spaces between characters, so a space
 * between two Han characters is either a deliberate separator (a headline's two clauses, a
 * reporter's name after 记者) or debris from a tokeniser or machine translation that spaced every
 * word. Only the second kind is removed: a line counts as tokenised when most of its Han
 * characters sit next to such a space.
 */
import { CJK_BMP, hanCount, spacedRuns } from './han.ts';

const HAN = '\\p{Script=Han}';
const CJK_PUNCT =
  '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f';
const cjkSpace = new RegExp(`(?<=[${HAN}${CJK_PUNCT}]) +(?=[${HAN}${CJK_PUNCT}])`, 'gu');
const isCjkChar = new RegExp(`^[${HAN}${CJK_PUNCT}\\u3040-\\u30ff\\uac00-\\ud7af]$`, 'u');

/** True when `ch` is a CJK character or CJK punctuation (no space is needed next to it). */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && isCjkChar.test(ch);
}

/** Remove spaces a tokeniser put between CJK characters, leaving deliberate separators alone. */
export function removeCjkTokenSpaces(line: string): string {
  if (!line.includes(' ')) return line;
  // Counted by table: the same count as `cjkSpace` matches, far cheaper on every line.
  const gaps = spacedRuns(line, CJK_BMP);
  if (gaps < 3) return line;
  const han = hanCount(line);
  // A tokenised line has a gap every two or three characters; ordinary prose has one or two per line.
  if (gaps * 4 < han) return line;
  return line.replace(cjkSpace, '');
}

/** Join two pieces of one sentence: no space between CJK characters, one space otherwise. */
export function joinWrapped(left: string, right: string): string {
  const a = left.trimEnd();
  const b = right.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  const last = a.at(-1);
  const first = b[0];
  if (isCjk(last) || isCjk(first)) return a + b;
  // A word broken at a hyphen keeps the hyphen and loses the break.
  if (last === '-' && /\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a + b;
  return `${a} ${b}`;
}

const wide = new RegExp(`[${HAN}${CJK_PUNCT}\\u3040-\\u30ff\\uac00-\\ud7af]`, 'gu');

/** Display width of a line: CJK characters take two columns, as in a fixed-width editor. */
export function displayWidth(line: string): number {
  return line.length + (line.match(wide)?.length ?? 0);
}

/** A line break (with its indentation) between two CJK characters, which HTML would make a space. */
export const CJK_NEWLINE = new RegExp(
  `(?<=[${HAN}${CJK_PUNCT}])[ \\t]*\\n[ \\t\\u3000]*(?=[${HAN}${CJK_PUNCT}])`,
  'gu',
);
