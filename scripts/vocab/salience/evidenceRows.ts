import type { Block } from '../../lib/types.ts';
import type { PipelineContext } from '../../pipeline.ts';
import { cleanBody } from '../../stages/clean/cleanBody.ts';
import { entityText } from '../../stages/entities/entityText.ts';
import { findCompanies } from '../../stages/entities/findCompanies.ts';
import { salienceFeatures } from '../../stages/entities/companies/salienceModel.ts';
import { extractMeta } from '../../stages/extractMeta.ts';
import { normaliseText } from '../../stages/normaliseText.ts';
import { readFrontMatter } from '../../stages/readFrontMatter.ts';

/** One company of one article as the salience model sees it, with the annotators' answer. */
export interface Row {
  article: number;
  key: string;
  features: Record<string, number>;
  label: boolean;
}

/** The scorer's name normalisation (../shared/eval/score.py): case, punctuation, legal suffixes. */
export function normName(name: string): string {
  let s = name.normalize('NFKC').toLowerCase().replace(/&/g, ' and ');
  s = s
    .replace(/[\u2019'’.,()[\]"“”]/g, '')
    .replace(/[-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const suffix =
    /\s*\b(?:group|holdings?|inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|ag|sa|集团|公司|有限公司|股份有限公司)$/;
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(suffix, '').trim();
  }
  return s;
}

/**
 * Every company the recogniser weighs in each annotated article (the stages up to entity
 * recognition, as in pipeline.ts), labelled by whether the gold answer lists it. `missed`
 * counts gold companies no evidence row names: no salience model can find those.
 */
export function evidenceRows(
  blocks: Block[],
  gold: Map<string, string[]>,
  ctx: PipelineContext,
): { rows: Row[]; missed: number[]; articles: number } {
  const rows: Row[] = [];
  const missed: number[] = [];
  let article = 0;
  for (const block of blocks) {
    const answer = gold.get(block.name);
    if (!answer) continue;
    const fm = readFrontMatter(normaliseText(block.text));
    const title = typeof fm.data.title === 'string' ? fm.data.title : undefined;
    const { kept, removed } = cleanBody(fm.body, ctx.boilerplate, { title });
    const where = { file: block.file, line: block.line, name: block.name, id: block.name };
    const { meta, body } = extractMeta({ data: fm.data, kept, removed, where }, ctx.sites);
    const doc = { title: entityText(meta.title), paragraphs: body.map(entityText), lang: meta.lang };
    const { evidence } = findCompanies(doc, ctx.companies);
    const wanted = new Set(answer.map(normName));
    const a = {
      titled: evidence.some((e) => e.inTitle),
      maxStrong: Math.max(0, ...evidence.map((e) => e.strong)),
      zh: meta.lang === 'zh',
    };
    const seen = new Set<string>();
    for (const e of evidence) {
      const key = normName(e.key);
      seen.add(key);
      rows.push({ article, key: e.key, features: salienceFeatures(e, a), label: wanted.has(key) });
    }
    missed.push([...wanted].filter((w) => !seen.has(w)).length);
    article++;
  }
  return { rows, missed, articles: article };
}
