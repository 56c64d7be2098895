import type { CityGazetteer } from '../vocab/cities.ts';
import type { CompanyVocab } from '../vocab/companies.ts';
import type { DigestRules } from '../vocab/digests.ts';
import { plainText } from './meta/text.ts';
import { recogniseEntities } from './recogniseEntities.ts';

/** What the digest detector reads: the body paragraphs (Markdown) of one article. */
export interface DigestDoc {
  paragraphs: string[];
  lang: 'en' | 'zh';
}

/** Vocabularies the detector reads: names for the entities of each item, and the thresholds. */
export interface DigestContext {
  companies: CompanyVocab;
  cities: CityGazetteer;
  digests: DigestRules;
}

/** The verdict and the figures it rests on, so a reviewer can see why. */
export interface DigestVerdict {
  kind: 'article' | 'digest';
  /** Items long enough to count. */
  items: number;
  /** Items naming a company or city. */
  entityItems: number;
  /** Different companies and cities over all items. */
  distinct: number;
  /** Share of entity items naming the most shared company or city (0 when none). */
  shared: number;
}

/** Lines of the body cut into items at item starts; a run of heading-only lines starts one item. */
function items(doc: DigestDoc, rules: DigestRules): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  let headingsOnly = false;
  for (const p of doc.paragraphs ?? []) {
    for (const line of (typeof p === 'string' ? p : '').split('\n')) {
      if (line.trim() === '' || rules.linkOnly.test(line)) continue;
      const heading = rules.headingOnly.some((re) => re.test(line));
      if (rules.itemStart.some((re) => re.test(line)) && !(current && headingsOnly && heading)) {
        out.push((current = [line]));
        headingsOnly = heading;
      } else if (current) {
        current.push(line);
        headingsOnly &&= heading;
      }
    }
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[(s.length - 1) >> 1] ?? 0);
};

/**
 * Is the block a digest of many short, unrelated stories (content/vocab/digests.yml)? Decided
 * from structure alone: enough short items, and companies and cities spread over them rather
 * than shared. Pure; entity recognition runs per item only once the structure qualifies.
 */
export function detectDigest(doc: DigestDoc, ctx: DigestContext): DigestVerdict {
  const r = ctx.digests;
  const lang = doc.lang === 'zh' ? 'zh' : 'en';
  const texts = items(doc, r)
    .map((lines) => ({ lines, plain: lines.map(plainText).join(' ') }))
    .filter((i) => i.plain.length >= r.minItemChars[lang]);
  const verdict: DigestVerdict = {
    kind: 'article',
    items: texts.length,
    entityItems: 0,
    distinct: 0,
    shared: 0,
  };
  if (texts.length < r.minItems || median(texts.map((i) => i.plain.length)) > r.maxMedianItemChars[lang])
    return verdict;
  const perEntity = new Map<string, number>();
  for (const { lines } of texts) {
    // Each item is a story of its own: its first line is its headline.
    const found = recogniseEntities({ title: lines[0] ?? '', paragraphs: lines.slice(1), lang }, ctx);
    const names = new Set([...found.companies.map((c) => `c:${c}`), ...found.cities.map((c) => `p:${c}`)]);
    if (names.size === 0) continue;
    verdict.entityItems++;
    for (const n of names) perEntity.set(n, (perEntity.get(n) ?? 0) + 1);
  }
  verdict.distinct = perEntity.size;
  const most = Math.max(0, ...perEntity.values());
  const shared = verdict.entityItems ? most / verdict.entityItems : 0;
  verdict.shared = Math.round(shared * 100) / 100;
  if (
    verdict.entityItems >= r.minEntityItems &&
    verdict.distinct >= r.minDistinctEntities &&
    shared <= r.maxSharedShare
  )
    verdict.kind = 'digest';
  return verdict;
}
