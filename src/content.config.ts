import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/articleLoader.ts';
import { articleSchema } from './lib/articleSchema.ts';

/** Articles written by the ingest into `content/articles/` (INTERFACE §3). */
const articles = defineCollection({
  // ARCHIVE_ARTICLES lets the test suite build from its own folder.
  loader: articleLoader(process.env.ARCHIVE_ARTICLES ?? 'content/articles'),
  schema: articleSchema,
});

export const collections = { articles };
