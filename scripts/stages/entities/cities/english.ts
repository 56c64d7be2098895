import { WORD, type CityGazetteer, type NameEntry } from '../../../vocab/cities.ts';
import { insideName } from './insideName.ts';

interface Token {
  w: string;
  start: number;
  end: number;
}

const CAPITAL = /^\p{Lu}/u;
const CHINA = new Set(['CN', 'HK', 'MO', 'TW']);

/** True when most longer words are capitalised: a headline in title case says nothing by case. */
function isTitleCase(tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.w.length >= 4);
  return long.length >= 3 && long.filter((t) => CAPITAL.test(t.w)).length / long.length > 0.6;
}

/** A token starts a sentence when nothing but opening punctuation stands between it and a full stop. */
function startsSentence(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  return /[.!?:;"“([\n]\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
}

/** Title-case an all-capitals dateline word: `HONG` → `Hong`. */
const titleWord = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

/** Does the mention of `entry` at tokens [i, i+n) count as the city (see city-context.yml)? */
function counts(
  text: string,
  tokens: Token[],
  i: number,
  n: number,
  entry: NameEntry,
  titleCase: boolean,
  gaz: CityGazetteer,
  listFrom: number,
  listLength: number,
): boolean {
  const r = gaz.rules;
  const first = tokens[i]!;
  const last = tokens[i + n - 1]!;
  const next = tokens[i + n];
  const prev = tokens[i - 1];
  const sepAfter = next ? text.slice(last.end, next.start) : '';
  const sepBefore = prev ? text.slice(prev.end, first.start) : '';
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  const after = text.slice(last.end, last.end + 40);
  const nextWord = next && /^\s+$/.test(sepAfter) ? next.w : null;
  const prevWord = prev && /^\s+$/.test(sepBefore) ? prev.w : null;

  if (nextWord && r.enProperAfter.has(nextWord)) return false;
  if (r.enProperBefore.some((p) => before.endsWith(`${p} `))) return false;
  if (prevWord && r.enSurnames.has(prevWord) && CHINA.has(entry.city.country)) return false;
  // Even in a title-case headline a capitalised word after the name joins it ("Mobile World Congress").
  if (nextWord && CAPITAL.test(nextWord) && !r.enFreeAfter.has(nextWord)) return false;
  if (!titleCase) {
    // A possessive ends the name before it: "Facebook's Palo Alto office".
    if (
      prevWord &&
      CAPITAL.test(prevWord) &&
      !/['’]s$/.test(prevWord) &&
      !r.enFreeBefore.has(prevWord) &&
      !startsSentence(text, tokens, i - 1)
    )
      return false;
  }
  // "Scottish & Newcastle" is a company.
  if (/^\s*&\s*$/.test(sepBefore)) return false;
  if (r.enGovAfterAny.test(after)) return false;
  if (entry.city.capital && (r.enGovAfter.test(after) || r.enGovBefore.test(before))) return false;
  // "a Beijing-based analyst", "a journalist based in New York": where a person works, not news.
  if (r.enPersonAfter.test(after) || r.enPersonBefore.test(before)) return false;
  if (r.enAffiliationBefore.test(text.slice(Math.max(0, first.start - 160), first.start))) return false;
  // "Redmond, Washington, Chief Executive…": after a city and a comma, a name that no further city
  // follows is its state or country.
  const second = listLength === 1 && listFrom >= 0 && listFrom === prev?.end && /^,\s+$/.test(sepBefore);
  if (second && !continuesList(after, gaz)) return false;
  if (!entry.needsCue && !r.enAlwaysCue) return true;
  return placeContext(before, after, nextWord, listFrom, first.start, gaz);
}

const NEXT_NAME = /^(?:,\s+|,?\s+and\s+|,?\s+or\s+)(\p{Lu}[\p{L}'’-]*)(?:\s+(\p{Lu}[\p{L}'’-]*))?/u;

/** Does a list of cities go on after the name (", Denver", " and Boise", ", and more")? */
function continuesList(after: string, gaz: CityGazetteer): boolean {
  // "in Wuhan, Suzhou, and more": a list's last comma.
  if (/^,?\s+and\b/.test(after)) return true;
  const m = NEXT_NAME.exec(after);
  if (!m) return false;
  return gaz.english.has(m[1]!) || (m[2] !== undefined && gaz.english.has(`${m[1]} ${m[2]}`));
}

/**
 * Is the name used as a place? A locative before it ("in", "city of", "based in"), a place word
 * or suffix after it ("-based", "airport", ", Texas"), or a list continuing one such name
 * ("in Austin, Denver and Boise"). A bare name may be a person, a company or a common word.
 */
function placeContext(
  before: string,
  after: string,
  nextWord: string | null,
  listFrom: number,
  start: number,
  gaz: CityGazetteer,
): boolean {
  const r = gaz.rules;
  if (nextWord?.toLowerCase() === 'city' || r.enCueBefore.test(before)) return true;
  if (r.enPlaceAfter.test(after) || /^,\s+\p{Lu}/u.test(after)) return true;
  return (
    listFrom >= 0 && start - listFrom <= 6 && LIST_GAP.test(before.slice(before.length - (start - listFrom)))
  );
}

const LIST_GAP = /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|\s*\/\s*)$/;

const LETTER = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const isWordCode = (c: number, text: string, k: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  // Chinese characters and punctuation end an English word; testing them one by one is slow.
  // The character is taken out only here: a one-character string per character shows.
  (c > 127 && (c < 0x2e80 || c > 0xffef) && LETTER.test(text.charAt(k)));

/** All word tokens of a paragraph, built only once a capitalised word could start a name. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text))
    tokens.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** End of the word starting at `i` (an apostrophe between letters stays inside: Xi'an). */
function wordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && isWordCode(text.charCodeAt(j), text, j)) j++;
    const a = text.charCodeAt(j);
    if (
      (a === 39 || a === 0x2019) &&
      j > i &&
      j + 1 < text.length &&
      isWordCode(text.charCodeAt(j + 1), text, j + 1)
    )
      j += 2;
    else return j;
  }
}

/** Up to `max` words from `start`, each parted from the one before by spaces or hyphens only. */
function wordsFrom(text: string, start: number, max: number): Token[] {
  const out: Token[] = [];
  for (let pos = start; out.length < max;) {
    const end = wordEnd(text, pos);
    if (end === pos) break;
    out.push({ w: text.slice(pos, end), start: pos, end });
    let k = end;
    // An abbreviation's full stop stays inside a name: "St. Louis", "Ft. Worth".
    if (
      text.charAt(k) === '.' &&
      end - pos <= 3 &&
      /^\p{Lu}/u.test(text.charAt(pos)) &&
      text.charAt(k + 1) === ' '
    )
      k++;
    while (k < text.length && /[\s-]/.test(text.charAt(k))) k++;
    if (k === end) break;
    pos = k;
  }
  return out;
}

function keyOf(span: Token[], inDateline: boolean): string {
  const words = span.map((t) => (inDateline ? titleWord(t.w) : t.w.replace(/’/g, "'")));
  words[words.length - 1] = words[words.length - 1]!.replace(/'s$/, '');
  return words.join(' ');
}

/** Add to `found` the canonical names of the cities named in one English paragraph. */
export function englishCities(
  text: string,
  gaz: CityGazetteer,
  found: Set<string>,
  names: string[] = [],
): void {
  // A dateline in capitals ("HONG KONG, May 3 (Reuters) -") names the city in another case.
  const dateline = /^[\p{Lu}][\p{Lu} .'’-]{1,30}(?=\s*(?:,|\(|—|–|-\s|:))/u.exec(text)?.[0];
  let tokens: Token[] | null = null;
  let titleCase = false;
  let i = 0;
  let skipTo = 0;
  // End of the last name that counted: a list goes on from it ("in Austin, Denver").
  let lastEnd = -1;
  // How many names the list ending at lastEnd holds ("Austin, Denver": 2).
  let listLength = 0;
  // Capitalised words, found by a plain character scan: a regex with look-behind here costs more
  // than all the rest of the recogniser (and a generator's allocations show too).
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!isWordCode(c, text, k)) continue;
    const start = k;
    const end = wordEnd(text, k);
    k = end - 1;
    if (!((c >= 65 && c <= 90) || (c > 127 && UPPER.test(text.charAt(start))))) continue;
    if (start < skipTo) continue;
    const inDateline = dateline !== undefined && start < dateline.length;
    const w = text.slice(start, end);
    const head = inDateline
      ? titleWord(w)
      : w.includes("'") || w.includes('’')
        ? w.replace(/’/g, "'").replace(/'s$/, '')
        : w;
    const longest = gaz.englishFirst.get(head);
    if (longest === undefined) continue;
    const span = wordsFrom(text, start, longest);
    let n = span.length;
    while (n > 0 && !gaz.english.has(keyOf(span.slice(0, n), inDateline))) n--;
    if (n === 0) continue;
    const entry = gaz.english.get(keyOf(span.slice(0, n), inDateline))!;
    skipTo = span[n - 1]!.end;
    // A city already found needs no second look; long texts repeat names many times.
    const inList = lastEnd >= 0 && /^(?:,\s*|,?\s+and\s+|\s+or\s+)$/.test(text.slice(lastEnd, start));
    if (found.has(entry.city.name)) {
      listLength = inList ? listLength + 1 : 1;
      lastEnd = span[n - 1]!.end;
      continue;
    }
    if (!tokens) {
      tokens = tokenize(text);
      titleCase = isTitleCase(tokens);
    }
    while (i < tokens.length && tokens[i]!.start < start) i++;
    if (i >= tokens.length || tokens[i]!.start !== start) continue;
    const named = insideName(text, start, span[n - 1]!.end, names);
    if (!named && (inDateline || counts(text, tokens, i, n, entry, titleCase, gaz, lastEnd, listLength))) {
      found.add(entry.city.name);
      listLength = inList ? listLength + 1 : 1;
      lastEnd = span[n - 1]!.end;
    }
  }
}
