import { removeCjkTokenSpaces } from './clean/cjkSpacing.ts';
import { HAN_BMP, spacedRuns } from './clean/han.ts';

/* eslint-disable no-control-regex -- these patterns exist to find control characters. */
// CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`) and two-character escapes from terminal captures.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates; invisible
// zero-width characters, soft hyphens and stray BOMs. ZWJ is handled separately (emoji need it).
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
const STRAY_ZWJ = /(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
// Spaces other than the ideographic space, which Chinese text uses as a deliberate separator.
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f]/g;
// The paragraph separator, and U+E40C, the private-use character some Chinese corpora (the Sogou
// news records) put between paragraphs: both end a paragraph.
const PARAGRAPH_SEPARATOR = /[ \t\u3000]*[\u2029\ue40c]+[ \t\u3000]*/g;
const ODD = new RegExp(
  `[\\r\\u2028\\u2029\\ue40c\\u0085${INVISIBLE.source.slice(1, -1)}${SPACES.source.slice(1, -1)}]`,
);
const INNER_RUN = /(?<=\S) {2,}(?=\S)/g;
const TRAILING = /[ \u3000]+$/gm;
/* eslint-enable no-control-regex */

/**
 * Normalise text: NFC; paragraph separators (U+2029, U+E40C) become blank lines, line separators
 * and stray CRs newlines; ANSI escapes,
 * controls, NULs, bidi controls and zero-width characters go; runs of spaces inside a line become
 * one; spaces a tokeniser put between CJK characters go. Leading indentation is left for the
 * structure-aware stages, and full-width ASCII is left as it is.
 */
export function normaliseText(text: string): string {
  let cleaned = text;
  // Line separators, controls (ESC among them), invisibles and odd spaces are rare: one scan for
  // all of them spares three passes over most texts. NFC makes none of them.
  const odd = ODD.test(cleaned);
  if (odd) cleaned = cleaned.replace(PARAGRAPH_SEPARATOR, '\n\n').replace(/\r\n?|[\u2028\u0085]/g, '\n');
  if (odd && cleaned.includes('\u001b')) cleaned = cleaned.replace(ANSI, '');
  if (odd) cleaned = cleaned.replace(INVISIBLE, '');
  if (cleaned.includes('\u200d')) cleaned = cleaned.replace(STRAY_ZWJ, '');
  cleaned = cleaned.normalize('NFC');
  if (odd) cleaned = cleaned.replace(SPACES, ' ');
  if (cleaned.includes('  ')) cleaned = cleaned.replace(INNER_RUN, ' ');
  if (/[ \u3000]$|[ \u3000]\n/.test(cleaned)) cleaned = cleaned.replace(TRAILING, '');
  // `/\p{Script=Han} +\p{Script=Han}/u.test`, by table.
  if (spacedRuns(cleaned, HAN_BMP, 1) === 0) return cleaned;
  return cleaned.split('\n').map(removeCjkTokenSpaces).join('\n');
}
