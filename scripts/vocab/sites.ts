import { join } from 'node:path';
import { z } from 'zod';
import { compileSites, type SitesData, type SitesVocab } from '../stages/meta/vocab.ts';
import { readVocabFile } from './vocabFiles.ts';

const words = z.array(z.string().min(1)).default([]);

const fileSchema = z.object({
  title: z.object({
    prefixes: words,
    sections: words,
    site_suffixes_zh: z.array(z.string().min(1)).min(1),
    site_words_en: z.array(z.string().min(1)).min(1),
    repeat_labels: z.array(z.string().min(1)).min(1),
    repost_markers: z.array(z.string().min(1)),
  }),
  sources: z.array(z.array(z.string().min(1)).min(1)).default([]),
  generic_sources: words,
  byline: z.object({
    author_labels: z.array(z.string().min(1)).min(1),
    glued_labels: words,
    editor_labels: z.array(z.string().min(1)).min(1),
    source_labels: z.array(z.string().min(1)).min(1),
    url_labels: z.array(z.string().min(1)).min(1),
    role_words: z.array(z.string().min(1)).min(1),
    not_names: words,
    placeholders: words,
  }),
  captions: z.object({
    start: z.array(z.string().min(1)).min(1),
    end: z.array(z.string().min(1)).min(1),
    end_credits: words,
  }),
  copyright: z.array(z.string().min(1)).min(1),
  update_labels: z.array(z.string().min(1)).min(1),
  page: z.object({ date_keys: words, date_classes: words }).default({ date_keys: [], date_classes: [] }),
  front_matter: z.object({
    title: words,
    date: words,
    author: words,
    editor: words,
    source: words,
    source_url: words,
    excerpt: words,
    elsewhere: words,
  }),
});

/** Read `sites.yml` from a vocab folder and compile it for the metadata stage. */
export function loadSites(dir: string): SitesVocab {
  const file = join(dir, 'sites.yml');
  const parsed = fileSchema.safeParse(readVocabFile(file));
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${why}`);
  }
  return compileSites(parsed.data satisfies SitesData);
}
