import { createRequire } from 'node:module';
import { isSurname, nameChunks } from './cues.ts';
import type { Discovered } from './discover.ts';
import type { Hit } from './matcher.ts';
import type { CompanyRules } from './rules.ts';
import { escapeRegExp } from '../../../lib/escapeRegExp.ts';

const require = createRequire(import.meta.url);
// The broad English function-word list ("It", "They", "However", "Meanwhile" open sentences).
const FUNCTION_WORDS = new Set((require('stopwords-iso') as Record<string, string[]>).en);

// "X, who", "X, 66,", "X is a private billionaire who's", "X's wife": a person.
const PERSON_AFTER =
  /^\s*(?:,\s*)?(?:who|whose)\b|^,\s*\d{1,3},|^\s+(?:is|was)\s+an?\s+[^.,;]{0,40}\bwho(?:['’]s)?\b|^['’]s\s+(?:wife|husband|son|daughter|father|mother)\b/;
const MAX_NAMES = 20;
const SENTENCE_START = /(?:^|[.!?:;"“(\n]\s*)$/;
// "in the United States", "across Wyoming": a place, not an actor.
const PLACE_BEFORE = /\b(?:in|across|throughout|near|outside|around)\s+(?:the\s+)?$/;
// A capitalised word right before the name, inside a sentence: "Janet Yellen", "Mukesh Ambani".
const GIVEN_BEFORE = /(?<![.!?:;"“(\n]\s{0,3})(?<![\p{L}])\p{Lu}\p{Ll}+[ \t\u00a0]+$/u;

/** What the thresholds of a behaviour find are (content/vocab/company-actors.yml). */
export interface ActorRules {
  /** Mentions of the name in the article, at least. */
  minMentions: number;
  /** Mentions followed by an action word (en_act: "has signed", "will pay"), at least. */
  minActs: number;
}

interface Tally {
  count: number;
  acts: number;
  /** Mentions that do not open a sentence: a sentence's first word is capitalised anyway. */
  inside: number;
  person: boolean;
  place: boolean;
  evidence: string;
}

/** Is the word one of English's function words ("However", "They")? */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(word.toLowerCase());

/** Is the word also written in lower case in the text, not as a web address ("iberojet.com")? */
export function lowerCaseUse(word: string, whole: string): boolean {
  const w = word.toLowerCase();
  return w !== word && new RegExp(`(?<![\\p{L}./@])${escapeRegExp(w)}(?![\\p{L}]|\\.[a-z])`, 'u').test(whole);
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
const LEGAL_INITIALS = /^(?:[A-Z]\.){1,3}$/;

/**
 * The full name an acronym stands for where the article spells it out ("Showa Denko K.K. (SDK)"),
 * without its legal form, if its first letter fits.
 */
function spelledOut(acronym: string, whole: string, rules: CompanyRules): string | undefined {
  const m = new RegExp(`((?:[A-Z][\\w&'’.-]*\\s+){1,5})\\(${acronym}\\)`).exec(whole);
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  while (words.length > 1) {
    const w = words[words.length - 1]!.replace(/[.,]+$/, '');
    if (!rules.enLegal.has(w) && !LEGAL_INITIALS.test(words[words.length - 1]!)) break;
    words.pop();
  }
  while (words.length > 1 && rules.enStop.has(words[0]!)) words.shift();
  const name = words.join(' ').replace(/[.,]+$/, '');
  return name.charAt(0) === acronym.charAt(0) && name.length > acronym.length ? name : undefined;
}

const PERSONAL = /\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b/g;
const IMPERSONAL = /\b(?:[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir)\b/g;

/**
 * Is the name a person's by the pronouns that follow its mentions ("Zhong Shanshan … his
 * fortune")? The rest of the sentence and the next one are read.
 */
function takesPersonalPronouns(name: string, whole: string): boolean {
  let personal = 0;
  let impersonal = 0;
  for (let i = whole.indexOf(name); i >= 0; i = whole.indexOf(name, i + name.length)) {
    const next =
      /^[^.!?\n]*[.!?]?[^.!?\n]*/.exec(whole.slice(i + name.length, i + name.length + 300))?.[0] ?? '';
    personal += next.match(PERSONAL)?.length ?? 0;
    impersonal += next.match(IMPERSONAL)?.length ?? 0;
  }
  return personal > impersonal;
}

/** Is some mention of the name followed by what is said only of people ("Zhong, 66,")? */
function describedAsPerson(name: string, whole: string): boolean {
  for (let i = whole.indexOf(name); i >= 0; i = whole.indexOf(name, i + name.length)) {
    const end = i + name.length;
    if (/[\p{L}]/u.test(whole.charAt(end))) continue;
    if (PERSON_AFTER.test(whole.slice(end, end + 80))) return true;
  }
  return false;
}

/** Is the word written somewhere right after a capitalised word that is no function word ("Janet Yellen")? */
function afterGivenName(word: string, whole: string, rules: CompanyRules): boolean {
  for (let i = whole.indexOf(word); i >= 0; i = whole.indexOf(word, i + word.length)) {
    const m = GIVEN_BEFORE.exec(whole.slice(Math.max(0, i - 20), i));
    const given = m?.[0].trim();
    if (given && !rules.enStop.has(given) && !FUNCTION_WORDS.has(given.toLowerCase())) return true;
  }
  return false;
}

/**
 * Is the English name a person's: a surname after a given name, or a name that an age, "who" or
 * (with `pronouns`) personal pronouns follow? Pronouns are weak where a story tells of a company's
 * founders, so finds with a company cue are judged without them. A person is also named by one part of the name alone ("Zhong Shanshan
 * … Zhong, 66, … his"; "Steve Jobs … for which Jobs took a leave from his post").
 */
export function looksLikePerson(name: string, whole: string, rules: CompanyRules, pronouns = true): boolean {
  const single = !name.includes(' ');
  if (isSurname(name, whole) || (single && afterGivenName(name, whole, rules))) return true;
  const parts = single ? [name] : [name, ...name.split(' ').filter((w) => w.length >= 3)];
  return parts.some((p) => (pronouns && takesPersonalPronouns(p, whole)) || describedAsPerson(p, whole));
}

/**
 * English finds from behaviour, for names no list or company word gives: a capitalised name the
 * article repeats and that acts as the subject of company actions ("Iberojet has signed an
 * interline agreement … Iberojet moves its operations … Iberojet has modified the schedule").
 * People are told apart by a given name and a personal pronoun (isSurname), common words by the
 * function-word list and by being written in lower case in the same article.
 */
export function discoverActors(
  parts: { text: string; hits: Hit[] }[],
  rules: CompanyRules,
  actors: ActorRules,
): Discovered[] {
  const whole = parts.map((p) => p.text).join('\n');
  const tally = new Map<string, Tally>();
  for (const { text, hits } of parts) {
    for (const { name, start, end } of nameChunks(text, hits, rules)) {
      if (name.length < 3) continue;
      const t = tally.get(name) ?? {
        count: 0,
        acts: 0,
        inside: 0,
        person: false,
        place: false,
        evidence: '',
      };
      t.count++;
      const after = text.slice(end, end + 60);
      if (!SENTENCE_START.test(text.slice(Math.max(0, start - 4), start))) t.inside++;
      const before = text.slice(Math.max(0, start - 30), start);
      if (PERSON_AFTER.test(after)) t.person = true;
      if (PLACE_BEFORE.test(before)) t.place = true;
      // People speak; a company's speech is its spokesperson's and is found through cues.
      if (rules.enActAfter.test(after) && !rules.enSpeech.test(after.slice(0, 12))) {
        t.acts++;
        t.evidence ||= `${name}${after.split(/[.;!?]/, 1)[0]}`;
      }
      tally.set(name, t);
    }
  }
  const out: Discovered[] = [];
  // The checks below read the whole text per name: a huge block gets only its most active names read.
  const active = [...tally]
    .filter(([, t]) => t.count >= actors.minMentions && t.acts >= actors.minActs && t.inside > 0)
    .filter(([, t]) => !t.person && !t.place)
    .sort((a, b) => b[1].acts - a[1].acts || a[0].localeCompare(b[0]))
    .slice(0, MAX_NAMES);
  for (const [name, t] of active) {
    const single = !name.includes(' ');
    if (single && FUNCTION_WORDS.has(name.toLowerCase())) continue;
    // Written in lower case too ("Analysts … analysts"): a common word opening sentences.
    if (single && lowerCaseUse(name, whole)) continue;
    if (looksLikePerson(name, whole, rules)) continue;
    const acronym = ACRONYM.test(name);
    const full = acronym ? spelledOut(name, whole, rules) : undefined;
    const forms = full ? [full, name] : [name];
    out.push({
      name: full ?? name,
      forms,
      evidence: t.evidence,
      strong: false,
      legal: false,
      facility: false,
    });
  }
  return out;
}
