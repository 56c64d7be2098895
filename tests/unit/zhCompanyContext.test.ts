import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompanies } from '../../scripts/vocab/companies.ts';
import { findCompanies } from '../../scripts/stages/entities/findCompanies.ts';

// Chinese contexts that decide whether a named company acts in the story. Texts are written for the test.
const vocab = loadCompanies(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const companies = (title: string, ...paragraphs: string[]) =>
  findCompanies({ title, paragraphs, lang: 'zh' }, vocab).companies;

describe('a platform someone posts on', () => {
  it('is where it was said, not a company that acts', () => {
    expect(
      companies(
        '大使批评新规',
        '一名大使周一在社交媒体推特发文，批评这项新规。',
        '他在推特上写道，新规令人失望。',
      ),
    ).toEqual([]);
  });

  it('still acts when it is the one that speaks', () => {
    expect(
      companies('推特收紧广告规则', '推特周一宣布，将收紧广告规则。', '推特表示，新规下月生效。'),
    ).toEqual(['Twitter']);
  });

  it('still acts when a post announces its own news', () => {
    expect(companies('新规', '推特在官方博客发文，宣布收紧广告规则。', '推特表示，新规下月生效。')).toEqual([
      'Twitter',
    ]);
  });
});

describe('a unit the text says another company owns', () => {
  it('is listed under its owner, not on its own', () => {
    expect(
      companies(
        '推特出售 Kestrel',
        '推特周三宣布，已同意将其广告公司 Kestrel 出售给游戏公司 Lumora。',
        '2015 年，推特收购了 Kestrel。Kestrel 去年为推特带来一亿美元收入。',
      ),
    ).toEqual(['Lumora', 'Twitter']);
  });

  it('is a company of its own when nothing says it is owned', () => {
    expect(
      companies(
        '推特收购 Kestrel',
        '推特周三宣布，已同意收购广告公司 Kestrel。',
        'Kestrel 表示，交易将于年底完成。Kestrel 去年收入一亿美元。',
      ),
    ).toEqual(['Kestrel', 'Twitter']);
  });
});

describe('a company named in a concession or an aside', () => {
  it('is a comparison, not a party to the story', () => {
    expect(
      companies(
        '华为发布新芯片',
        '华为周五发布新款手机芯片，性能领先。虽然联发科也会推出同类芯片，但其产品多用于低端手机。',
        '华为表示，新芯片将于下月量产。',
      ),
    ).toEqual(['Huawei']);
  });

  it('acts when the sentence is its own', () => {
    expect(
      companies(
        '华为发布新芯片',
        '华为周五发布新款手机芯片，性能领先。联发科也宣布推出同类芯片，将用于中端手机。',
        '华为表示，新芯片将于下月量产。',
      ),
    ).toEqual(['Huawei', 'MediaTek']);
  });
});

describe('the English name a Chinese report gives a company', () => {
  const run = (title: string, ...paragraphs: string[]) =>
    findCompanies({ title, paragraphs, lang: 'zh' }, vocab);

  it('names the find, once', () => {
    const r = run(
      '新工厂开工',
      '北京星河智造有限公司（Galaxy Forge Limited）周一宣布在天津建设新工厂。',
      '星河智造表示，工厂明年投产。',
    );
    expect(r.companies).toEqual(['Galaxy Forge']);
    expect(r.candidates.map((c) => [c.name, c.zh])).toEqual([['Galaxy Forge', '北京星河智造']]);
  });

  it('is pinyin where the text gives none', () => {
    const r = run(
      '新工厂开工',
      '北京星河智造有限公司周一宣布在天津建设新工厂。',
      '星河智造表示，工厂明年投产。',
    );
    expect(r.candidates.map((c) => c.name)).toEqual(['Xinghe Zhizao']);
  });
});
