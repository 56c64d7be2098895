import { join } from 'node:path';
import { z } from 'zod';
import type { BoilerplateVocab } from '../stages/stripBoilerplate.ts';
import { readVocabFile } from './vocabFiles.ts';

const entry = z.object({ kind: z.string().min(1), pattern: z.string().min(1) });
const fileSchema = z.object({
  paragraphs: z.array(entry),
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
  };
}
