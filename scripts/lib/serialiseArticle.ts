import { stringify } from 'yaml';
import type { Article } from '../pipeline.ts';

/**
 * Serialise an article as the file INTERFACE §3 describes; same input, same bytes. Its own module,
 * so that the ingest's main thread can write articles without loading the pipeline's stages.
 */
export function serialiseArticle(article: Article): string {
  const yaml = stringify(article.meta, {
    lineWidth: 0,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
  });
  return `---\n${yaml}---\n\n${article.body}\n`;
}
