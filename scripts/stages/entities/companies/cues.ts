import { looksLikePerson } from './actors.ts';
import type { Discovered } from './discover.ts';
import { overlaps, type Hit } from './matcher.ts';
import type { CompanyRules } from './rules.ts';
import { escapeRegExp } from '../../../lib/escapeRegExp.ts';

// A capitalised run of up to four words (CamelCase and all-caps words, &, digits inside).
const WORD = String.raw`[A-Z](?:[A-Za-z0-9&]|[.-](?=[A-Z0-9]))*`;
// A Chinese character may touch the name (芯片制造商ASML): only a Latin letter or digit joins it.
const CHUNK = new RegExp(String.raw`(?<![\p{Script=Latin}\p{N}&.'’-])${WORD}(?:\s+(?:${WORD}|&))*`, 'gu');
const MAX_WORDS = 4;
// "Elon Musk" makes a later "Musk" a person; a company is rarely written after a capitalised word.
const GIVEN = /(?<![\p{L}\p{N}])[A-Z][a-z]+[ \t\u00a0]+$/u;

function nameWords(chunk: string, rules: CompanyRules): string[] {
  const words = chunk.split(/\s+/).filter(Boolean);
  while (words[0] !== undefined && (rules.enStop.has(words[0]) || words[0] === '&')) words.shift();
  while (words.length && words[words.length - 1] === '&') words.pop();
  return words.length > MAX_WORDS ? [] : words;
}

/**
 * A single word written elsewhere as the second half of a two-word name that a personal pronoun
 * follows ("Elon Musk … his") is a person's surname; "Camp Strava event" is not.
 */
export function isSurname(name: string, whole: string): boolean {
  if (name.includes(' ')) return false;
  for (let i = whole.indexOf(name); i >= 0; i = whole.indexOf(name, i + name.length)) {
    const before = whole.slice(Math.max(0, i - 20), i);
    const m = GIVEN.exec(before);
    if (!m || /[.!?:;"“\n]\s*$/.test(before.slice(0, m.index))) continue;
    if (PRONOUN.test(whole.slice(i + name.length, i + name.length + 120))) return true;
  }
  return false;
}

/** Capitalised runs of a text outside the vocabulary's hits, without leading function words. */
export function nameChunks(
  text: string,
  hits: Hit[],
  rules: CompanyRules,
): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(CHUNK)) {
    const end = m.index + m[0].length;
    if (overlaps(hits, m.index, end)) continue;
    const words = nameWords(m[0], rules);
    if (words.length === 0) continue;
    const name = words.join(' ');
    const start = m.index + m[0].indexOf(words[0]!);
    // nameWords drops only leading function words and trailing ampersands.
    out.push({ name, start, end: m.index + m[0].replace(/(?:\s+&)+\s*$/, '').trimEnd().length });
  }
  return out;
}

const PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b/;

const LIST_PATTERNS = new WeakMap<CompanyRules, { nextLegal: RegExp; prevLegal: RegExp }>();

/**
 * A name with a legal form right after a list comma ("…, AirScrub Inc.") or right before a comma or
 * "and" ("Zorvex Ltd. and …"); "X Paper and Pulp Company" is one name, not a list.
 */
function besideLegal(rules: CompanyRules): { nextLegal: RegExp; prevLegal: RegExp } {
  let p = LIST_PATTERNS.get(rules);
  if (!p) {
    const legal = [...rules.enLegal].map(escapeRegExp).join('|');
    p = {
      nextLegal: new RegExp(`^,\\s+(?:and\\s+)?(?:[A-Z][\\w&'’.-]*\\s+){1,4}(?:${legal})\\b`),
      prevLegal: new RegExp(`\\b(?:${legal})\\.?,?\\s+(?:and\\s+)?$`),
    };
    LIST_PATTERNS.set(rules, p);
  }
  return p;
}

/**
 * English finds from what is said about a name, not from a list or a company word: "X's shares",
 * "chief executive of X", "X, the carmaker", "X-owned", or "X, Y Inc." (listed beside a company with a
 * legal form: such a find counts as strong, met once). Otherwise such a name needs repetition to be
 * listed (salience.ts); a surname ("Musk's company") is not a company.
 */
export function discoverByCue(text: string, hits: Hit[], rules: CompanyRules, whole: string): Discovered[] {
  const out: Discovered[] = [];
  const { nextLegal, prevLegal } = besideLegal(rules);
  for (const m of text.matchAll(CHUNK)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(hits, start, end)) continue;
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, start - 40), start);
    const cue = rules.enCueAfter.exec(after)?.[0] ?? rules.enApposition.exec(after)?.[0];
    const cueBefore = cue
      ? undefined
      : (rules.enCueBefore.exec(before) ??
          rules.enNounBefore.exec(before) ??
          rules.zhNounBefore.exec(before))?.[0];
    // "contracted by Prospect Airport Services, AirScrub Inc. and the city": a name of two or more
    // words listed beside a company with a legal form is a company too (the same kind of party).
    const next = !cue && !cueBefore && nextLegal.test(after);
    const listed = next || (!cue && !cueBefore && prevLegal.test(before));
    if (!cue && !cueBefore && !listed) continue;
    const words = nameWords(m[0], rules);
    const name = words.join(' ');
    if (name.length < 2 || /^[A-Z]$/.test(name) || isSurname(name, whole)) continue;
    // A strong find skips the person check of finds.ts: "Dana Whitlock, Zorvex Inc. chairman, … his" is a person.
    if (listed && (words.length < 2 || looksLikePerson(name, whole, rules))) continue;
    const evidence = listed
      ? next
        ? `${name}${after.slice(0, 40)}`
        : `${before.slice(-30)}${name}`
      : cue
        ? `${name}${cue}`
        : `${cueBefore}${name}`;
    out.push({ name, forms: [name], evidence, strong: listed, legal: false, facility: false });
  }
  return out;
}

// What a story says of the company it just named ("Strava … the company", "… its stores").
const ANAPHORA =
  /\b(?:the|The)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|startup|start-up|carrier|airline|retailer|chain|platform|app maker|carmaker|automaker|chipmaker)\b|\b(?:its|Its)\s+(?:shares|stores|customers|users|employees|subscribers|app|platform|stock|revenue|founder|chief executive|CEO)\b/;

/**
 * The name a headline opens with ("Strava taps AI …") is the story's company when the body names
 * it again and then speaks of it as a company ("the San Francisco-headquartered company", "its
 * stores"). A person or a country opening a headline is never spoken of so.
 */
export function discoverHeadline(
  title: string,
  hits: Hit[],
  body: string,
  rules: CompanyRules,
): Discovered[] {
  const m = /^\s*(?:[\p{P}\s]|【[^】]{0,12}】)*/u.exec(title);
  const at = m?.[0].length ?? 0;
  const chunk = new RegExp(`^${CHUNK.source}`, 'u').exec(title.slice(at))?.[0];
  if (!chunk || overlaps(hits, at, at + chunk.length)) return [];
  const name = nameWords(chunk, rules).join(' ');
  if (name.length < 2 || name !== chunk.trim() || isSurname(name, body)) return [];
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + name.length)) {
    const end = i + name.length;
    if (/[\p{L}\p{N}]/u.test(body.charAt(i - 1)) || /[\p{L}\p{N}]/u.test(body.charAt(end))) continue;
    // The same sentence: "China's largest chipmaker SMIC. … the company" speaks of SMIC.
    const window = body.slice(end, end + 160).split(/[.!?。！？\n]/, 1)[0]!;
    const said = ANAPHORA.exec(window);
    if (said) {
      const evidence = `${name} …${window.slice(0, said.index + said[0].length)}`;
      return [{ name, forms: [name], evidence, strong: true, legal: false, facility: false }];
    }
  }
  return [];
}
