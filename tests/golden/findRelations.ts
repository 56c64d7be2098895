import { join } from 'node:path';
import { findRelations } from '../../scripts/stages/findRelations.ts';
import { loadContext } from '../../scripts/vocab/context.ts';

/** Expected output is JSON: the relations the stage states, sorted by company and city. */
export const expected = 'json';

const ctx = loadContext(join(import.meta.dirname, '..', '..', 'content', 'vocab'));

/** Run the relation stage on `{ lang, title, paragraphs, companies, cities }` written by hand. */
export function run(input: string): string {
  const {
    lang = 'en',
    title = '',
    paragraphs = [],
    companies = [],
    cities = [],
  } = JSON.parse(input) as {
    lang?: 'en' | 'zh';
    title?: string;
    paragraphs?: string[];
    companies?: string[];
    cities?: string[];
  };
  const relations = findRelations({ title, paragraphs, lang }, { companies, cities, candidates: [] }, ctx);
  return JSON.stringify(relations, null, 2) + '\n';
}
