import { join } from 'node:path';
import { z } from 'zod';
import { Converter } from 'opencc-js';
import { eng, zho } from 'stopword';
import type { RegionVocab } from '../stages/findContent.ts';
import type { BoilerplateVocab } from '../stages/stripBoilerplate.ts';
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
  return compileBoilerplate(readVocabFile(file), file);
}

/** Compile parsed `boilerplate.yml` data; `file` names the source in error messages. */
export function compileBoilerplate(data: unknown, file = 'boilerplate.yml'): BoilerplateVocab {
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
    region: parsed.content_region && compileRegion(parsed.content_region, file),
  };
}

/** `stopword`'s one-character Chinese function words, in simplified and traditional forms. */
function chineseStopwords(): Set<string> {
  const simplified = zho.filter((w) => [...w].length === 1);
  const out = new Set(simplified);
  for (const to of ['tw', 'hk'] as const) {
    const convert = Converter({ from: 'cn', to });
    for (const w of simplified) out.add(convert(w));
  }
  return out;
}

/** The content-region settings, with the English and Chinese function words of `stopword`. */
function compileRegion(r: z.infer<typeof regionSchema>, file: string): RegionVocab {
  const words = [...new Set(r.nav_words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const e = w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
      return /^\w/.test(w) ? `\\b${e}\\b` : e;
    });
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
    stopwordsEn: new Set(eng),
    stopwordsZh: chineseStopwords(),
    navWords: compile(file, 'nav_words', words.join('|')),
    furniture: compile(file, 'furniture', `^(?:${r.furniture})$`),
  };
}
