import { salient, type Evidence } from './salience.ts';

/** Weights of the salience model (content/vocab/company-salience.yml), by feature name. */
export interface SalienceModel {
  weights: Record<string, number>;
  /** A company is listed when its score (the model's probability) is at least this. */
  threshold: number;
}

/** What the model knows of one company in one article. */
export interface ArticleContext {
  /** Some company is named in the headline. */
  titled: boolean;
  /** The most body mentions any company of the article has. */
  maxStrong: number;
  zh: boolean;
}

/**
 * Features that hold on any article: where and how often the name is mentioned, what it does,
 * how it compares with the article's other companies, and the hand-written rule's verdict.
 */
export function salienceFeatures(e: Evidence, a: ArticleContext): Record<string, number> {
  const b = (x: boolean) => (x ? 1 : 0);
  return {
    bias: 1,
    rule: b(salient(e, a.titled, a.zh)),
    title: b(e.inTitle),
    strong: Math.log1p(e.strong),
    weak: Math.log1p(e.weak),
    weak_only: b(e.strong === 0 && !e.inTitle),
    acts: Math.log1p(e.acts),
    lead: b(e.inLead),
    party: b(e.party),
    facility: b(e.facility),
    discovered: b(e.discovered),
    legal: b(e.suffix),
    other_in_title: b(a.titled && !e.inTitle),
    top: b(e.strong > 0 && e.strong === a.maxStrong),
    share: a.maxStrong > 0 ? e.strong / a.maxStrong : 0,
    zh: b(a.zh),
  };
}

/** The model's probability that the article is about the company or that it acts in it. */
export function salienceScore(features: Record<string, number>, model: SalienceModel): number {
  let z = 0;
  for (const [k, x] of Object.entries(features)) z += (model.weights[k] ?? 0) * x;
  return 1 / (1 + Math.exp(-z));
}

/** Is the company listed for the article? The model decides where there is one, else the rules. */
export function isSalient(e: Evidence, a: ArticleContext, model: SalienceModel | undefined): boolean {
  if (!model) return salient(e, a.titled, a.zh);
  return salienceScore(salienceFeatures(e, a), model) >= model.threshold;
}
