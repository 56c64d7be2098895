import { foldWidth, sentences } from './text.ts';

const MAX = 200;

/**
 * A plain-text excerpt of at most 200 characters: whole sentences when they fit, else cut at a
 * word boundary (English) or a character (Chinese), ending in `…` whenever text was cut.
 */
export function makeExcerpt(plain: string): string {
  const text = foldWidth(plain).replace(/\s+/g, ' ').trim();
  const chars = [...text];
  if (chars.length <= MAX) return text;
  let out = '';
  for (const s of sentences(text)) {
    if ([...out].length + [...s].length + 2 > MAX) break;
    out = out ? `${out} ${s}` : s;
  }
  // Chinese sentences are joined without a space.
  out = out.replace(/(?<=[。！？」”])\s(?=\S)/gu, '');
  if ([...out].length >= 60) return /[.!?]["”’)]?$/u.test(out) ? `${out} …` : `${out}…`;
  const head = chars.slice(0, MAX - 1).join('');
  const space = head.lastIndexOf(' ');
  const cut = /\p{Script=Han}/u.test(head.slice(-20)) || space < 60 ? head : head.slice(0, space);
  return `${cut.replace(/[\s\p{P}]+$/u, '')}…`;
}
