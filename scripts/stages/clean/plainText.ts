import { displayWidth, isCjk, joinWrapped } from './cjkSpacing.ts';

/**
 * Plain text to paragraphs. Every non-empty line is a paragraph, except in hard-wrapped prose:
 * when many lines stop near one width (as an editor wrapping at 72 or 80 columns leaves them), a
 * line that reaches that width and does not end a sentence continues on the next line.
 */

const MIN_WRAP = 50;
const MAX_WRAP = 100;
// Sentence ends in English and Chinese, with closing quotes and brackets after them.
const SENTENCE_END = /[.!?。！？…:：;；]["'”’」』）)\]]*$/u;

/** The wrap width of hard-wrapped text, or 0 when the lines do not look wrapped. */
export function wrapWidth(lines: string[]): number {
  const widths = lines.map(displayWidth).filter((w) => w > 0);
  if (widths.length < 3) return 0;
  const fitting = widths.filter((w) => w <= MAX_WRAP);
  if (fitting.length < widths.length * 0.9) return 0;
  const width = fitting.reduce((a, b) => (b > a ? b : a), 0);
  if (width < MIN_WRAP) return 0;
  // Wrapped prose fills most lines close to the width; a list of short lines does not.
  const near = fitting.filter((w) => w >= width - 20).length;
  return near >= 2 && near >= widths.length * 0.4 ? width : 0;
}

/**
 * True when `line` (wrapped at `width`) runs on into `next`: the editor broke it because the
 * next word did not fit. If it would have fitted, the break was meant (a new paragraph); a
 * lowercase start or a missing sentence end also says the sentence goes on.
 */
function continues(line: string, next: string, width: number): boolean {
  const used = displayWidth(line);
  if (used < width * 0.5) return false;
  const word = /^\S+/.exec(next)?.[0] ?? '';
  const nextWord = isCjk(next[0]) ? 2 : displayWidth(word) + 1;
  if (used + nextWord > width) return true;
  return used >= width * 0.7 && (/^\p{Ll}/u.test(next) || !SENTENCE_END.test(line));
}

/** Split plain text into paragraphs: lines, re-joined where the text was hard-wrapped. */
export function plainParagraphs(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
  const width = wrapWidth(lines);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    if (line === '') {
      if (current) paragraphs.push(current);
      current = '';
      return;
    }
    current = current ? joinWrapped(current, line) : line;
    const next = lines[i + 1] ?? '';
    if (!(width > 0 && next !== '' && continues(line, next, width))) {
      paragraphs.push(current);
      current = '';
    }
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}
