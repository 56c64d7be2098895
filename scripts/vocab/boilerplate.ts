import { join } from 'node:path';
import { z } from 'zod';
import type { RegionVocab } from '../stages/findContent.ts';
import type { BoilerplateVocab } from '../stages/stripBoilerplate.ts';
import { navPattern } from './navWords.ts';
import { readVocabFile } from './vocabFiles.ts';

const entry = z.object({ kind: z.string().min(1), pattern: z.string().min(1) });
const regionSchema = z.object({
  lengthLow: z.number().positive(),
  lengthHigh: z.number().positive(),
  hanWeight: z.number().positive(),
  stopwordsLow: z.number().min(0).max(1),
  stopwordsHigh: z.number().min(0).max(1),
  stopwordsLowZh: z.number().min(0).max(1),
  stopwordsHighZh: z.number().min(0).max(1),
  maxGap: z.number().int().min(0),
  headerLines: z.number().int().min(0),
  nav_words: z.array(z.string().min(1)).min(1),
  furniture: z.string().min(1),
});
const stopwordsSchema = z.object({
  en: z.array(z.string().min(1)).min(1),
  zh: z.array(z.string().min(1)).min(1),
});
const fileSchema = z.object({
  paragraphs: z.array(entry),
  content_region: regionSchema.optional(),
  fragments: z.array(entry.extend({ at: z.enum(['start', 'end']) })).default([]),
  tails: z.array(entry).default([]),
  settings: z
    .object({
      tailMaxLength: z.number().int().positive().default(120),
      navRun: z.number().int().min(2).default(4),
      navMaxWidth: z.number().int().positive().default(12),
      repeatMinLength: z.number().int().positive().default(20),
      siteSuffix: z.string().default(''),
    })
    .prefault({}),
});

function compile(file: string, kind: string, source: string): RegExp {
  try {
    return new RegExp(source, 'iu');
  } catch (cause) {
    throw new Error(`${file}: bad pattern for ${kind}: ${source}`, { cause });
  }
}

/** Read `boilerplate.yml` from a vocab folder and compile its patterns (whole paragraph, start, end). */
export function loadBoilerplate(dir: string): BoilerplateVocab {
  const file = join(dir, 'boilerplate.yml');
  const stopwords = stopwordsSchema.parse(readVocabFile(join(dir, 'stopwords.json')));
  return compileBoilerplate(readVocabFile(file), file, stopwords);
}

/**
 * Compile parsed `boilerplate.yml` data; `file` names the source in error messages. The
 * content-region classifier needs the function words (`stopwords.json`); without them it is off.
 */
export function compileBoilerplate(
  data: unknown,
  file = 'boilerplate.yml',
  stopwords?: z.infer<typeof stopwordsSchema>,
): BoilerplateVocab {
  const parsed = fileSchema.parse(data);
  const s = parsed.settings;
  return {
    paragraphs: parsed.paragraphs.map(({ kind, pattern }) => ({
      kind,
      pattern: compile(file, kind, `^(?:${pattern})$`),
    })),
    fragments: parsed.fragments.map(({ kind, at, pattern }) => ({
      kind,
      pattern: compile(file, kind, at === 'start' ? `^(?:${pattern})` : `(?:${pattern})$`),
    })),
    tails: parsed.tails.map(({ kind, pattern }) => ({
      kind,
      pattern: compile(file, kind, `^(?:${pattern})$`),
    })),
    tailMaxLength: s.tailMaxLength,
    navRun: s.navRun,
    navMaxWidth: s.navMaxWidth,
    repeatMinLength: s.repeatMinLength,
    siteSuffix: s.siteSuffix ? compile(file, 'siteSuffix', `(?:${s.siteSuffix})$`) : undefined,
    region: parsed.content_region && stopwords && compileRegion(parsed.content_region, file, stopwords),
  };
}

/**
 * The content-region settings, with the English and Chinese function words of `stopwords.json`
 * (built from the `stopword` package by scripts/vocab/buildStopwords.ts).
 */
function compileRegion(
  r: z.infer<typeof regionSchema>,
  file: string,
  stop: z.infer<typeof stopwordsSchema>,
): RegionVocab {
  return {
    lengthLow: r.lengthLow,
    lengthHigh: r.lengthHigh,
    hanWeight: r.hanWeight,
    stopwordsLow: r.stopwordsLow,
    stopwordsHigh: r.stopwordsHigh,
    stopwordsLowZh: r.stopwordsLowZh,
    stopwordsHighZh: r.stopwordsHighZh,
    maxGap: r.maxGap,
    headerLines: r.headerLines,
    stopwordsEn: new Set(stop.en),
    stopwordsZh: new Set(stop.zh),
    navWords: compile(file, 'nav_words', navPattern(r.nav_words)),
    furniture: compile(file, 'furniture', `^(?:${r.furniture})$`),
  };
}
