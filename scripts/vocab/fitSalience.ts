/**
 * Fits the company salience model (content/vocab/company-salience.yml) on an annotated set:
 * a logistic regression over the features of salienceModel.ts, L2-regularised, its threshold
 * chosen for F1. Prints 5-fold cross-validated figures (folds by article) for the hand-written
 * rules and for the model, then writes the model fitted on every article.
 * Run: node scripts/vocab/fitSalience.ts [CORPUS GOLD]... (default: sample + ../shared/eval/dev)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { splitCorpus } from '../stages/splitCorpus.ts';
import { loadContext } from './context.ts';
import { evidenceRows, type Row } from './salience/evidenceRows.ts';
import { bestThreshold, fitLogistic, predict, prf } from './salience/logistic.ts';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const evalDir = join(root, '..', 'shared', 'eval');
const corpora = args.length
  ? args.filter((_, i) => i % 2 === 0)
  : [join(root, 'content', 'sources', 'sample.txt'), join(evalDir, 'dev-corpus.txt')];
const goldFile = args.length ? args[1]! : join(evalDir, 'dev-gold.jsonl');
const vocabDir = join(root, 'content', 'vocab');
const ctx = loadContext(vocabDir);
// Fit without the current model: the rule feature is the hand-written rules' verdict.
ctx.companies = { ...ctx.companies, salience: undefined };

const gold = new Map<string, string[]>();
for (const line of readFileSync(goldFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as { id: string; companies: string[]; salt?: string };
  if (g.salt) throw new Error(`${goldFile}: hashed (blind) answers cannot be fitted on`);
  gold.set(g.id, g.companies);
}
const blocks = corpora.flatMap((f) => splitCorpus(readFileSync(f, 'utf8'), f).blocks);
const { rows, missed, articles } = evidenceRows(blocks, gold, ctx);
const names = Object.keys(rows[0]?.features ?? {});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const show = (label: string, m: ReturnType<typeof prf>) =>
  console.log(
    `${label.padEnd(22)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${m.tp} fp ${m.fp} fn ${m.fn})`,
  );

const FOLDS = 5;
const cvRows: Row[] = [];
const cvScores: number[] = [];
const cvRule: number[] = [];
for (let k = 0; k < FOLDS; k++) {
  const train = rows.filter((r) => r.article % FOLDS !== k);
  const test = rows.filter((r) => r.article % FOLDS === k);
  const trainMissed = sum(missed.filter((_, a) => a % FOLDS !== k));
  const w = fitLogistic(train, names);
  const t = bestThreshold(train, predict(train, names, w), trainMissed);
  // Scores are shifted so that one threshold (0.5) applies across folds.
  predict(test, names, w).forEach((s) => cvScores.push(s - t + 0.5));
  cvRows.push(...test);
  test.forEach((r) => cvRule.push(r.features.rule ?? 0));
}
console.log(
  `${articles} articles, ${rows.length} candidate companies, ${sum(missed)} gold companies never weighed`,
);
show('rules (all articles)', prf(cvRows, cvRule, 0.5, sum(missed)));
show(`model (${FOLDS}-fold CV)`, prf(cvRows, cvScores, 0.5, sum(missed)));

const w = fitLogistic(rows, names);
const threshold = bestThreshold(rows, predict(rows, names, w), sum(missed));
show('model (fitted, in-sample)', prf(rows, predict(rows, names, w), threshold, sum(missed)));
const weights = Object.fromEntries(names.map((n, i) => [n, Math.round(w[i]! * 1000) / 1000]));
const header = [
  '# Company salience model: logistic-regression weights over the features of',
  '# scripts/stages/entities/companies/salienceModel.ts, fitted on the annotated dev set by',
  '# scripts/vocab/fitSalience.ts (5-fold cross-validation by article, printed when it runs).',
  '# A company is listed when the model gives it at least `threshold`. Delete this file and the',
  '# hand-written rules (salience.ts) decide alone.',
  '',
].join('\n');
writeFileSync(join(vocabDir, 'company-salience.yml'), header + stringify({ threshold, weights }));
console.log('wrote content/vocab/company-salience.yml');
