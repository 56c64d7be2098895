import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { placeNamesBySlug, withPlaceNames } from '../../src/lib/placeNames.ts';
import { readArticleFile } from '../../src/lib/readArticleFile.ts';
import { articleRecord, type SearchableArticle } from './articleRecord.ts';
import type { EntityNames } from './entityNames.ts';
import { markdownText } from './markdownText.ts';
import type { City } from '../vocab/cities.ts';
import { Vocabulary, writeFacetNames } from './vocabulary.ts';

const batchSize = 64;

/** Read one article file into the fields the index needs; null (with a warning) when unusable. */
function readArticle(
  file: string,
  places: ReadonlyMap<string, string>,
  warnings: string[],
): { article: SearchableArticle; body: string } | null {
  try {
    const parsed = readArticleFile(readFileSync(file, 'utf8'));
    // Facets name an ambiguous city as the site does: Cambridge (Massachusetts).
    const d = withPlaceNames(parsed.data, places);
    const list = (v: unknown) =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    const date = d.date instanceof Date ? d.date.toISOString().slice(0, 10) : d.date;
    if (typeof d.id !== 'string' || typeof d.title !== 'string') throw new Error('no id or title');
    const article: SearchableArticle = {
      id: d.id,
      title: d.title,
      date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      lang: d.lang === 'zh' ? 'zh' : 'en',
      source: typeof d.source === 'string' && d.source ? d.source : null,
      companies: list(d.companies),
      cities: list(d.cities),
      tags: list(d.tags),
    };
    return { article, body: parsed.content };
  } catch (error) {
    warnings.push(`search: skipped ${file}: ${(error as Error).message}`);
    return null;
  }
}

/** One shard's work, as handed to a worker thread. */
export interface ShardJob {
  files: string[];
  articles: string;
  vocab: string;
  /** The shard's period (shardPlan.ts). */
  period: string;
  /** The shard's name when the index has several (it becomes a hidden filter). */
  shard?: string;
  /** Where the shard's records are kept between the two passes (JSON lines). */
  records: string;
}

/** What building a shard's records produced: its pages and warnings. */
export interface RecordsResult {
  pages: number;
  warnings: string[];
}

/** Build the records of a shard's articles (one per article, at the article page's URL) into `job.records`. */
export function buildRecords(job: ShardJob, names: EntityNames): RecordsResult {
  const warnings: string[] = [];
  const lines: string[] = [];
  const gazetteer = join(job.vocab, 'cities.json');
  const places = placeNamesBySlug(
    existsSync(gazetteer) ? (JSON.parse(readFileSync(gazetteer, 'utf8')) as City[]) : [],
  );
  for (const file of job.files) {
    const read = readArticle(join(job.articles, file), places, warnings);
    if (!read) continue;
    const record = articleRecord(read.article, markdownText(read.body), names, job.shard);
    lines.push(JSON.stringify(record));
  }
  writeFileSync(job.records, lines.length ? `${lines.join('\n')}\n` : '');
  return { pages: lines.length, warnings };
}

/**
 * Index a shard's records (read back from `job.records`) with Pagefind's Node API and write the
 * bundle to `outputPath`, with the shard's word list for suggestions (vocabulary.ts). A shard
 * depends on its own articles only. One Pagefind service per process: callers run shards in
 * separate threads to use every core. With `keepService` the service stays up for the thread's
 * next shard (its start-up is paid once per thread, not once per shard); the caller closes it.
 */
export async function writeShard(
  records: string,
  outputPath: string,
  names: EntityNames,
  keepService = false,
): Promise<string[]> {
  const warnings: string[] = [];
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const all = readFileSync(records, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CustomRecord);
    const vocabulary = new Vocabulary();
    for (const r of all) vocabulary.add(r);
    // Records go to the Pagefind service in batches: one round trip at a time is ~10x slower.
    for (let i = 0; i < all.length; i += batchSize) {
      const batch = all.slice(i, i + batchSize);
      const added = await Promise.all(batch.map((r) => index.addCustomRecord(r)));
      added.forEach((a, j) => {
        if (a.errors.length) warnings.push(`search: ${batch[j]?.url}: ${a.errors.join('; ')}`);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    vocabulary.write(outputPath);
    writeFacetNames(all, names, outputPath);
  } finally {
    // The service frees the shard's pages; a kept service then holds nothing of it.
    if (keepService) await index.deleteIndex();
    else await pagefind.close();
  }
  return warnings;
}
