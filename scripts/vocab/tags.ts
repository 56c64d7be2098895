import { join } from 'node:path';
import { z } from 'zod';
import { compileMatcher, type Phrase, type TagMatcher } from './tagMatcher.ts';
import { readVocabFile } from './vocabFiles.ts';

// A list of phrases, written as a YAML list or as one comma-separated string.
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (typeof v === 'string' ? v.split(/[,，]/) : v).map((x) => x.trim()).filter(Boolean));
const phrases = list.default([]);
const bilingual = z.strictObject({ en: phrases, zh: phrases });
// Every tag must be findable in both languages of the corpus.
const required = list.pipe(z.array(z.string()).min(1));
const keywords = z.strictObject({ en: required, zh: required });

const tagSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase ASCII words joined by -'),
  name: z.string().trim().min(1),
  zh: z.string().trim().min(1),
  keywords,
  exclude: bilingual.optional(),
  weight: z.number().positive().default(1),
  min_score: z.number().positive().optional(),
});

const fileSchema = z.strictObject({
  settings: z.strictObject({
    max_tags: z.number().int().positive(),
    title_weight: z.number().nonnegative(),
    lead_weight: z.number().nonnegative(),
    body_weight: z.number().nonnegative(),
    min_score: z.number().positive(),
    per_1000_words: z.number().nonnegative(),
    relative_floor: z.number().min(0).max(1),
    repeat_decay: z.number().min(0),
    cjk_chars_per_word: z.number().positive(),
  }),
  categories: z.strictObject({
    max_kept: z.number().int().nonnegative(),
    max_length: z.number().int().positive(),
    min_pinyin_syllables: z.number().int().positive(),
    generic: list,
    section_suffixes: bilingual,
    media_suffixes: bilingual,
  }),
  groups: z.array(
    z.strictObject({ name: z.string().min(1), zh: z.string().min(1), tags: z.array(tagSchema).min(1) }),
  ),
});

/** The raw content of `tags.yml`, as validated. */
export type TagsFile = z.infer<typeof fileSchema>;
/** Scoring settings from `tags.yml`. */
export type TagSettings = TagsFile['settings'];
/** Rules for the source's own categories from `tags.yml`. */
export type CategoryRules = TagsFile['categories'];

/** One taxonomy tag, with the group it is listed under. */
export interface TagDef {
  slug: string;
  name: string;
  zh: string;
  group: string;
  keywords: { en: string[]; zh: string[] };
  weight: number;
  min_score?: number;
}

/** The loaded taxonomy: tags in file order, settings, and the matcher compiled once per run. */
export interface TagVocab {
  tags: TagDef[];
  settings: TagSettings;
  categories: CategoryRules;
  matcher: TagMatcher;
  /** Tag index by lowercased name, Chinese name and slug, for mapping source categories. */
  byLabel: Map<string, number>;
}

/** Validate the parsed `tags.yml` content and compile its matcher; throws on an invalid file. */
export function compileTags(data: unknown): TagVocab {
  const file = fileSchema.parse(data);
  const tags: TagDef[] = [];
  const list: Phrase[] = [];
  const byLabel = new Map<string, number>();
  for (const group of file.groups) {
    for (const t of group.tags) {
      const tag = tags.length;
      for (const label of [t.slug, t.name, t.zh]) {
        const key = label.toLowerCase();
        const other = byLabel.get(key);
        if (other !== undefined && other !== tag) throw new Error(`tags.yml: "${label}" names two tags`);
        byLabel.set(key, tag);
      }
      tags.push({
        slug: t.slug,
        name: t.name,
        zh: t.zh,
        group: group.name,
        keywords: t.keywords,
        weight: t.weight,
        ...(t.min_score ? { min_score: t.min_score } : {}),
      });
      for (const script of ['en', 'zh'] as const) {
        for (const text of t.keywords[script]) list.push({ tag, text, weight: 1, script });
        for (const text of t.exclude?.[script] ?? []) list.push({ tag, text, weight: 0, script });
      }
    }
  }
  return {
    tags,
    settings: file.settings,
    categories: file.categories,
    matcher: compileMatcher(list),
    byLabel,
  };
}

/** Read `tags.yml` from a vocab folder, validate it and compile its matcher. */
export function loadTags(dir: string): TagVocab {
  const file = join(dir, 'tags.yml');
  try {
    return compileTags(readVocabFile(file));
  } catch (cause) {
    throw new Error(`${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
