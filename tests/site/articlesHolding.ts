import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile } from '../../src/lib/readArticleFile.ts';

/** Ids of the articles in `dir` whose title or body holds `text`, or that are about `company`. */
export function holding(dir: string, text: string, company: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .filter((f) => {
      const { data, content } = readArticleFile(readFileSync(join(dir, f), 'utf8'));
      const companies = Array.isArray(data.companies) ? data.companies : [];
      return `${String(data.title)}\n${content}`.includes(text) || companies.includes(company);
    })
    .map((f) => f.slice(0, -3))
    .sort();
}
