import { articleSchema, type ArticleMetaInput } from '../src/lib/articleSchema.ts';
import { warn, type Block, type Warning } from './lib/types.ts';
import { articleId, shortHash } from './stages/articleId.ts';
import { dropReplacementChars } from './stages/dropReplacementChars.ts';
import { extractMeta } from './stages/extractMeta.ts';
import type { SitesVocab } from './stages/meta/vocab.ts';
import { normaliseText } from './stages/normaliseText.ts';
import { readFrontMatter } from './stages/readFrontMatter.ts';
import { readPage } from './stages/readPage.ts';
import { cleanBody } from './stages/clean/cleanBody.ts';
import type { BoilerplateVocab } from './stages/stripBoilerplate.ts';
import { assignTags } from './stages/assignTags.ts';
import type { CompanyCandidate } from './stages/entities/findCompanies.ts';
import { recogniseEntities } from './stages/recogniseEntities.ts';
import { detectDigest } from './stages/detectDigest.ts';
import { findRelations } from './stages/findRelations.ts';
import type { DigestRules } from './vocab/digests.ts';
import type { RelationVocab } from './vocab/relations.ts';
import type { CityGazetteer } from './vocab/cities.ts';
import type { CompanyVocab } from './vocab/companies.ts';
import type { PlaceVocab } from './vocab/places.ts';
import { resolvePlaces } from './stages/resolvePlaces.ts';
import type { TagVocab } from './vocab/tags.ts';

export { serialiseArticle } from './lib/serialiseArticle.ts';

/** The text a recogniser looks at: headline and body paragraphs of one article. */
export interface RecogniserDoc {
  title: string;
  paragraphs: string[];
  lang: 'en' | 'zh';
  categories: string[];
}

/** Everything the pure pipeline needs besides the block: vocabularies, compiled once per run. */
export interface PipelineContext {
  boilerplate: BoilerplateVocab;
  sites: SitesVocab;
  companies: CompanyVocab;
  cities: CityGazetteer;
  places: PlaceVocab;
  tags: TagVocab;
  relations: RelationVocab;
  digests: DigestRules;
}

/** One article ready to write: its id, validated front matter and Markdown body. */
export interface Article {
  id: string;
  meta: ArticleMetaInput;
  body: string;
  /**
   * SHA-256 (hex) of the cleaned text (title and body), independent of the block's name: duplicate
   * detection compares it, and the main thread never holds a second copy of every text.
   */
  textHash: string;
  /** Companies the vocabulary lacks, found in this article, for the report. */
  candidates: CompanyCandidate[];
}

const asList = (v: unknown): string[] =>
  (Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,，]/) : [])
    .filter((x): x is string => typeof x === 'string')
    .map((s) => s.trim())
    .filter(Boolean);

/** Run one block through every stage; never throws for bad input, reports instead. */
export function processBlock(block: Block, ctx: PipelineContext): { article?: Article; warnings: Warning[] } {
  const id = articleId(block.name, block.text);
  const where = { file: block.file, line: block.line, name: block.name, id };
  const warnings: Warning[] = [];
  const decoded = dropReplacementChars(block.text);
  if (decoded.runs > 0)
    warnings.push(
      warn(where, 'replacement-chars', `${decoded.runs} run(s) of U+FFFD (undecodable bytes) removed`),
    );
  const fm = readFrontMatter(normaliseText(decoded.text));
  if (fm.error) warnings.push(warn(where, 'front-matter', `front matter ignored: ${fm.error}`));
  if (fm.lenient)
    warnings.push(warn(where, 'front-matter', `front matter read line by line (not YAML: ${fm.lenient})`));
  // A whole saved page: its article and its own metadata; the front matter, when any, wins.
  const page = readPage(fm.body, ctx.sites);
  const data = { ...page.data, ...fm.data };
  const title = typeof data.title === 'string' ? data.title : undefined;
  const { kept, removed } = cleanBody(page.body, ctx.boilerplate, { title });
  const extracted = extractMeta(
    { data, kept, removed, where, siteNames: page.siteNames, region: ctx.boilerplate.region },
    ctx.sites,
  );
  warnings.push(...extracted.warnings);
  // A block whose cleaning left no body (only scripts, styles, frames…) is no article for a reader.
  if (extracted.body.length === 0) {
    warnings.push(warn(where, 'no-text', 'nothing readable left after cleaning; skipped'));
    return { warnings };
  }
  const { meta } = extracted;
  const doc: RecogniserDoc = {
    title: meta.title,
    paragraphs: extracted.body,
    lang: meta.lang,
    categories: [...asList(fm.data.categories), ...asList(fm.data.tags)],
  };
  const entities = recogniseEntities(doc, ctx);
  for (const w of entities.warnings) warnings.push(warn(where, 'entities', w));
  // A digest's stories are not one event: it states no relation and joins no co-occurrence.
  const { kind } = detectDigest(doc, ctx);
  // A title made from the first sentence is no headline: the sentence itself is in the body.
  const told = meta.title_derived ? { ...doc, title: '' } : doc;
  const relations = kind === 'digest' ? [] : findRelations(told, entities, ctx);
  // Which Cambridge: only names several places share, decided by the article's context.
  const places = resolvePlaces(doc, entities.cities, ctx);
  const front: ArticleMetaInput = {
    id,
    title: meta.title,
    title_derived: meta.title_derived,
    date: meta.date,
    lang: meta.lang,
    source: meta.source,
    source_url: meta.source_url,
    author: meta.author,
    editor: meta.editor,
    excerpt: meta.excerpt,
    companies: entities.companies,
    cities: entities.cities,
    ...(Object.keys(places).length ? { places } : {}),
    tags: assignTags(doc, ctx.tags).tags,
    kind,
    relations,
    origin: { file: block.file, line: block.line, name: block.name },
    extra: meta.extra,
  };
  const checked = articleSchema.safeParse(front);
  if (!checked.success) {
    const why = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    warnings.push(warn(where, 'invalid-front-matter', `article failed validation (${why}); skipped`));
    return { warnings };
  }
  const body = extracted.body.join('\n\n');
  const textHash = shortHash(`${meta.title}\n\n${body}`, 64);
  return { article: { id, meta: front, body, textHash, candidates: entities.candidates }, warnings };
}
