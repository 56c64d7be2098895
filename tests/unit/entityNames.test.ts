import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { isCommonPhrase } from '../../scripts/stages/entities/segment.ts';
import { loadCities } from '../../scripts/vocab/cities.ts';
import { loadCompanies } from '../../scripts/vocab/companies.ts';
import { loadTags } from '../../scripts/vocab/tags.ts';

// Every company and city the ingest publishes for the sample, dev and blind corpora, checked
// against rules a reader would apply. The eval corpora are not in the repository (CI has them).
const root = join(import.meta.dirname, '..', '..');
const evalDir = join(root, '..', 'shared', 'eval');
const corpora = [
  join(root, 'content', 'sources', 'sample.txt'),
  join(evalDir, 'dev-corpus.txt'),
  join(evalDir, 'blind-corpus.txt'),
];
const present = corpora.every((f) => existsSync(f));
if (!present) console.warn(`entityNames: ${evalDir} not found, corpus checks skipped`);

// Institutions that are never companies (ANNOTATION.md), in English and Chinese.
const INSTITUTION =
  /\b(?:University|College|Institute|Ministry|Commission|Bureau|Government|Council|Police|Court|Hospital|Index|Exchange|Daxue|Yiyuan|Zhengfu)\b/i;
const ZH_INSTITUTION = /(?:大学|学院|医院|政府|委员会|法院|指数|交易所|研究院|[局部委])$/;

interface Candidate {
  name: string;
  zh?: string;
  evidence: string;
}

describe.skipIf(!present)('published entity names on real articles', { timeout: 60_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'entity-names-'));
  const report = join(out, 'report.json');
  const run = spawnSync(
    process.execPath,
    ['scripts/ingest.ts', '--quiet', '--no-cache', '--out', join(out, 'a'), '--report', report, ...corpora],
    { cwd: root, encoding: 'utf8' },
  );
  const articles = run.status === 0 ? readdirSync(join(out, 'a')).filter((f) => f.endsWith('.md')) : [];
  const docs = articles.map((f) => matter(readFileSync(join(out, 'a', f), 'utf8')));
  const candidates: Candidate[] = run.status === 0 ? JSON.parse(readFileSync(report, 'utf8')).candidates : [];
  const vocab = loadCompanies(join(root, 'content', 'vocab'));
  const gaz = loadCities();
  const companyWords = [...vocab.rules.raw.zh_suffixes, ...Object.keys(vocab.rules.raw.zh_industry)].sort(
    (a, b) => b.length - a.length,
  );

  it('ingests the three corpora', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(docs.length).toBeGreaterThan(150);
  });

  it('publishes no government body, university, hospital, index or exchange as a company', () => {
    const bad = docs.flatMap((d) => (d.data.companies as string[]).filter((c) => INSTITUTION.test(c)));
    expect(bad).toEqual([]);
    const zhBad = candidates.filter((c) => c.zh && ZH_INSTITUTION.test(c.zh)).map((c) => c.zh);
    expect(zhBad).toEqual([]);
  });

  it('names no Chinese company after an ordinary phrase (no pinyin of 电力 or 外贸)', () => {
    const phrases = candidates
      .filter((c) => c.zh)
      .filter((c) => {
        let core = c.zh!;
        for (let w = companyWords.find((x) => core.endsWith(x)); w && core.length > w.length;) {
          core = core.slice(0, -w.length);
          w = companyWords.find((x) => core.endsWith(x));
        }
        return isCommonPhrase(core);
      })
      .map((c) => `${c.name} (${c.zh})`);
    expect(phrases).toEqual([]);
  });

  it("publishes only taxonomy tags, never a source's raw category (a publisher, a section)", () => {
    const names = new Set(loadTags(join(root, 'content', 'vocab')).tags.map((t) => t.name));
    const raw = docs.flatMap((d) => (d.data.tags as string[]).filter((t) => !names.has(t)));
    expect([...new Set(raw)]).toEqual([]);
  });

  it('takes an English city only where the text uses it as a place, not inside a longer name', () => {
    const bad: string[] = [];
    for (const d of docs) {
      if (d.data.lang !== 'en') continue;
      const text = `${d.data.title}\n${d.content}`.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      for (const city of d.data.cities as string[]) {
        const entry = gaz.cities.find((c) => c.name === city);
        const names = [city, ...(entry?.aliases ?? [])];
        const free = names.some((n) => {
          const re = new RegExp(
            `(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
            'gimu',
          );
          for (const m of text.matchAll(re)) {
            const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
            const before = text.slice(Math.max(0, m.index - 20), m.index + m[1]!.length);
            const joined =
              /^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:City|Airport|Office|Research)\b/.test(after);
            const person = /[a-z]\s+[A-Z][a-z]+\s+$/.test(before);
            if (!joined && !person) return true;
          }
          return false;
        });
        if (!free) bad.push(`${d.data.origin?.name}: ${city}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
