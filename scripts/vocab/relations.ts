import { join } from 'node:path';
import { z } from 'zod';
import { readVocabFile } from './vocabFiles.ts';
import { escapeRegExp } from '../lib/escapeRegExp.ts';

const perLang = z.object({ en: z.number().int().positive(), zh: z.number().int().positive() }).strict();
const fileSchema = z
  .object({
    window: perLang,
    negation_window: perLang,
    en: z
      .object({
        facility: z.string().min(1),
        cues: z.array(z.string().min(1)).min(1),
        attributive: z.array(z.string().min(1)).default([]),
        attributive_window: z.number().int().nonnegative().default(2),
        attributive_breaks: z.array(z.string().min(1)).default([]),
        negations: z.array(z.string().min(1)).default([]),
      })
      .strict(),
    zh: z
      .object({
        cues: z.array(z.string().min(1)).min(1),
        nouns: z.array(z.string().min(1)).default([]),
        noun_after: z.number().int().nonnegative().default(3),
        negations: z.array(z.string().min(1)).default([]),
      })
      .strict(),
  })
  .strict();

/** The relation cues of content/vocab/relations.yml, compiled once per run. */
export interface RelationVocab {
  /** Words (en) or characters (zh) a city may stand from its cue. */
  window: { en: number; zh: number };
  /** How far before a cue a negation still cancels it, in the same units. */
  negationWindow: { en: number; zh: number };
  /** Global, case-insensitive: every English cue, whole words only. */
  enCue: RegExp;
  /** English cues that describe the company right after them, within `attributiveWindow` words. */
  enAttributive: RegExp;
  attributiveWindow: number;
  /** Words that end an attributive description before the company. */
  attributiveBreak: RegExp;
  enNegation: RegExp;
  /** Global: every Chinese cue, longest first so 第二总部 wins over 总部. */
  zhCue: RegExp;
  /** Chinese cues that are nouns: the city stands before them, or at most `zhNounAfter` after. */
  zhNouns: Set<string>;
  zhNounAfter: number;
  zhNegation: RegExp;
}

const longestFirst = (list: string[]) =>
  [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

function compile(file: string, what: string, source: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (cause) {
    throw new Error(`${file}: bad ${what} pattern: ${source}`, { cause });
  }
}

/** Validate parsed relations.yml data and compile its patterns; throws naming the file on bad data. */
export function compileRelations(data: unknown, file = 'relations.yml'): RelationVocab {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const { en, zh } = parsed.data;
  // Each pattern is checked on its own first, so a bad one is named rather than the whole alternation.
  const words = (what: string, list: string[]) => {
    for (const p of list) compile(file, what, p.replaceAll('{facility}', en.facility), 'i');
    return `\\b(?:${list.map((p) => p.replaceAll('{facility}', en.facility)).join('|')})\\b`;
  };
  const plain = (list: string[]) => longestFirst(list).map(escapeRegExp).join('|') || '(?!)';
  return {
    window: parsed.data.window,
    negationWindow: parsed.data.negation_window,
    // No `u` flag on the English patterns: they need none, and it makes the scan three times slower.
    enCue: compile(file, 'cue', words('cue', en.cues), 'gi'),
    enAttributive: compile(file, 'cue', en.attributive.length ? words('cue', en.attributive) : '(?!)', 'gi'),
    attributiveWindow: en.attributive_window,
    attributiveBreak: compile(
      file,
      'break',
      `\\b(?:${en.attributive_breaks.map(escapeRegExp).join('|') || '(?!)'})\\b`,
      'i',
    ),
    enNegation: compile(
      file,
      'negation',
      en.negations.length ? words('negation', en.negations) : '(?!)',
      'gi',
    ),
    zhCue: compile(file, 'cue', plain([...zh.cues, ...zh.nouns]), 'gu'),
    zhNouns: new Set(zh.nouns),
    zhNounAfter: zh.noun_after,
    zhNegation: compile(file, 'negation', plain(zh.negations), 'gu'),
  };
}

/** Read and compile `relations.yml` from a vocabulary folder (usually content/vocab). */
export function loadRelations(dir: string): RelationVocab {
  const file = join(dir, 'relations.yml');
  return compileRelations(readVocabFile(file), file);
}
