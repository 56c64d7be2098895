import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: process.env.BASELINE_ARTICLES ?? 'articles' }),
});

export const collections = { articles };
