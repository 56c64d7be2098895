import { stringify } from 'yaml';
import { articleSchema, type ArticleMetaInput } from '../src/lib/articleSchema.ts';
import { warn, type Block, type Warning } from './lib/types.ts';
import { articleId } from './stages/articleId.ts';
import { extractMeta } from './stages/extractMeta.ts';
import { normaliseText } from './stages/normaliseText.ts';
import { readFrontMatter } from './stages/readFrontMatter.ts';
import { repairMarkup } from './stages/repairMarkup.ts';
import { sanitizeMarkup } from './stages/sanitizeMarkup.ts';
import { stripBoilerplate, type BoilerplateVocab } from './stages/stripBoilerplate.ts';
import { splitParagraphs, toMarkdown } from './stages/toMarkdown.ts';

/** The text a recogniser looks at: headline and body paragraphs of one article. */
export interface RecogniserDoc {
  title: string;
  paragraphs: string[];
  lang: 'en' | 'zh';
  categories: string[];
}

/** Everything the pure pipeline needs besides the block: vocabularies and recognisers, built once. */
export interface PipelineContext {
  boilerplate: BoilerplateVocab;
  companies?: (doc: RecogniserDoc) => { companies: string[] };
  cities?: (doc: RecogniserDoc) => { cities: string[] };
  tags?: (doc: RecogniserDoc) => { tags: string[] };
}

/** One article ready to write: its id, validated front matter and Markdown body. */
export interface Article {
  id: string;
  meta: ArticleMetaInput;
  body: string;
  /** Hash input for duplicate detection: the cleaned text, independent of the block's name. */
  text: string;
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
  const fm = readFrontMatter(normaliseText(block.text));
  if (fm.error) warnings.push(warn(where, 'front-matter', `front matter ignored: ${fm.error}`));
  const markdown = toMarkdown(sanitizeMarkup(repairMarkup(fm.body)));
  const { kept, removed } = stripBoilerplate(splitParagraphs(normaliseText(markdown)), ctx.boilerplate);
  const extracted = extractMeta({ data: fm.data, kept, removed, where });
  warnings.push(...extracted.warnings);
  if (extracted.body.length === 0 && !extracted.meta.title) {
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
    companies: ctx.companies?.(doc).companies ?? [],
    cities: ctx.cities?.(doc).cities ?? [],
    tags: ctx.tags?.(doc).tags ?? [],
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
  return { article: { id, meta: front, body, text: `${meta.title}\n\n${body}` }, warnings };
}

/** Serialise an article as the file INTERFACE §3 describes; same input, same bytes. */
export function serialiseArticle(article: Article): string {
  const yaml = stringify(article.meta, {
    lineWidth: 0,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
  });
  return `---\n${yaml}---\n\n${article.body}\n`;
}
