import { join } from 'node:path';
import { z } from 'zod';
import { readVocabFile } from './vocabFiles.ts';

const perLang = z.object({ en: z.number().int().nonnegative(), zh: z.number().int().nonnegative() }).strict();
const fileSchema = z
  .object({
    item_starts: z.array(z.string().min(1)).min(1),
    heading_only: z.array(z.string().min(1)).default([]),
    link_only: z.string().min(1),
    min_item_chars: perLang,
    min_items: z.number().int().positive(),
    max_median_item_chars: perLang,
    min_entity_items: z.number().int().positive(),
    max_shared_share: z.number().positive().max(1),
    min_distinct_entities: z.number().int().positive(),
  })
  .strict();

/** The digest thresholds of content/vocab/digests.yml, compiled once per run. */
export interface DigestRules {
  itemStart: RegExp[];
  headingOnly: RegExp[];
  linkOnly: RegExp;
  minItemChars: { en: number; zh: number };
  minItems: number;
  maxMedianItemChars: { en: number; zh: number };
  minEntityItems: number;
  maxSharedShare: number;
  minDistinctEntities: number;
}

function compile(file: string, source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (cause) {
    throw new Error(`${file}: bad pattern: ${source}`, { cause });
  }
}

/** Validate parsed digests.yml data and compile its patterns; throws naming the file on bad data. */
export function compileDigests(data: unknown, file = 'digests.yml'): DigestRules {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const d = parsed.data;
  return {
    itemStart: d.item_starts.map((p) => compile(file, p)),
    headingOnly: d.heading_only.map((p) => compile(file, p)),
    linkOnly: compile(file, d.link_only),
    minItemChars: d.min_item_chars,
    minItems: d.min_items,
    maxMedianItemChars: d.max_median_item_chars,
    minEntityItems: d.min_entity_items,
    maxSharedShare: d.max_shared_share,
    minDistinctEntities: d.min_distinct_entities,
  };
}

/** Read and compile `digests.yml` from a vocabulary folder (usually content/vocab). */
export function loadDigests(dir: string): DigestRules {
  const file = join(dir, 'digests.yml');
  return compileDigests(readVocabFile(file), file);
}
