import { overlaps, type Hit } from './matcher.ts';

/** One text of the article (0 = title) with the vocabulary names found in it, sorted. */
export interface Part {
  text: string;
  hits: Hit[];
}

const isWord = (c: string): boolean => /[A-Za-z0-9]/.test(c);

/** Where `form` stands in the part as a name (Latin forms on word boundaries) and no vocabulary name is. */
export function occurrences(part: Part, form: string): Hit[] {
  const { text } = part;
  const out: Hit[] = [];
  const latin = /^[A-Za-z0-9]/.test(form);
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
    const end = i + form.length;
    if (latin && (isWord(text.charAt(i - 1)) || isWord(text.charAt(end)))) continue;
    if (!overlaps(part.hits, i, end)) out.push({ id: -1, start: i, end, guard: false });
  }
  return out;
}

/** The lead: up to the second paragraph of some length (bylines and captions are short). */
export function leadEnd(parts: Part[]): number {
  let seen = 0;
  for (let i = 1; i < parts.length; i++)
    if ((parts[i]?.text.trim().length ?? 0) >= 60 && ++seen === 2) return i;
  return parts.length - 1;
}
