import { z } from 'zod';

/** A calendar date as the archive stores it: `YYYY-MM-DD`. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    // Round-tripping rejects Feb 30 or month 13, which Date would silently roll over.
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'date does not exist');

/** YAML readers turn an unquoted 2022-04-29 into a Date; bring it back to the string form. */
const dateField = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  isoDate.nullable(),
);

/** Where an article came from in the corpus (INTERFACE §3 `origin`). */
export const originSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  name: z.string(),
});

/** One company–city relation stated in an article: who, where, the cue word, and the sentence. */
export const relationSchema = z.object({
  company: z.string().min(1),
  city: z.string().min(1),
  cue: z.string().min(1),
  evidence: z.string().min(1),
});

/** The one schema for an article's front matter, shared by the ingest and the content collection. */
export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be a lowercase ASCII slug'),
  title: z.string().min(1),
  title_derived: z.boolean().default(false),
  date: dateField,
  lang: z.enum(['en', 'zh']),
  source: z.string().min(1).nullable(),
  source_url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  author: z.string().min(1).nullable(),
  editor: z.string().min(1).nullable().default(null),
  excerpt: z.string().default(''),
  companies: z.array(z.string().min(1)),
  cities: z.array(z.string().min(1)),
  tags: z.array(z.string().min(1)),
  /**
   * The gazetteer place (content/vocab/cities.json slug) of each city in `cities` whose name
   * several places share, by that name: `{ Cambridge: cambridge-massachusetts }`. Other cities
   * are the one place of their name.
   */
  places: z.record(z.string().min(1), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default({}),
  /** `digest`: a roundup of many short stories, kept out of relations and related articles. */
  kind: z.enum(['article', 'digest']).default('article'),
  /** Company–city "set up / operates in" relations the text states, each with its evidence sentence. */
  relations: z.array(relationSchema).default([]),
  origin: originSchema,
  extra: z.record(z.string(), z.unknown()).default({}),
});

/** A validated article front matter. */
export type ArticleMeta = z.infer<typeof articleSchema>;
/** Front matter as written by the ingest, before defaults are applied. */
export type ArticleMetaInput = z.input<typeof articleSchema>;
