import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gluedByline, leadCredits, readCredits } from '../../scripts/stages/meta/findByline.ts';
import { cleanName, cleanSource } from '../../scripts/stages/meta/names.ts';
import { loadSites } from '../../scripts/vocab/sites.ts';

const sites = loadSites(join(import.meta.dirname, '..', '..', 'content', 'vocab'));

describe('readCredits', () => {
  it.each([
    // [line, authors, editors, sources, urls] — English and Chinese side by side
    ['(word/jing-jing fan)', ['Jing-jing Fan'], [], [], []],
    ['（文/张三）', ['张三'], [], [], []],
    ['reporter Xia Houfengchao', ['Xia Houfengchao'], [], [], []],
    ['记者 张军', ['张军'], [], [], []],
    ['By Jane Doe and Ann Lee', ['Jane Doe', 'Ann Lee'], [], [], []],
    ['原创 霍某 杨某某', ['霍某', '杨某某'], [], [], []],
    ['[Edit: Zhang Ling]', [], ['Zhang Ling'], [], []],
    ['【编辑：姚某】', [], ['姚某'], [], []],
    ['[责任编辑：alonliu]', [], ['alonliu'], [], []],
    ['责任编辑：史某某_NBJ11331', [], ['史某某'], [], []],
    ['(Reporting by Jane Doe; Editing by John Roe)', ['Jane Doe'], ['John Roe'], [], []],
    ['Source: Reuters', [], [], ['Reuters'], []],
    ['（文章来源：中国发展网）', [], [], ['中国发展网'], []],
    ['原文来自「中国新闻周刊」', [], [], ['中国新闻周刊'], []],
    ['Source: https://news.example.com/a/b.html', [], [], [], ['https://news.example.com/a/b.html']],
    ['原文链接：https://news.example.com/a/b.html', [], [], [], ['https://news.example.com/a/b.html']],
  ])('%s', (line, authors, editors, sources, urls) => {
    expect(readCredits(line, sites)).toEqual({ authors, editors, sources, urls, creditOnly: true });
  });

  it.each([
    // a sentence, a citation or a picture credit is no credit line
    ['Shares fell by 5% on Monday', '记者获悉，本月新机将发售'],
    ['By the numbers: China’s growth', '文化部发布新规定'],
    ['Source of funds: company reports', '（资料来源：参考消息、海外网等）'],
    ['Photo by Li Ming', '图片来源：视觉中国'],
    ['Text messages are popular', '来源：网络'],
  ])('reads nothing from: %s | %s', (en, zh) => {
    for (const line of [en, zh]) {
      const c = readCredits(line, sites);
      expect(c.authors).toEqual([]);
      expect(c.sources).toEqual([]);
      expect(c.creditOnly).toBe(false);
    }
  });

  it('reads a labelled source in a mixed line without calling the line a credit', () => {
    expect(readCredits('2019-09-07 19:53:27 来源: 示例经济新闻', sites)).toMatchObject({
      sources: ['示例经济新闻'],
      creditOnly: false,
    });
    expect(readCredits('记者／黄某　实习生／朱某某　通讯员／成某某', sites)).toMatchObject({
      authors: ['黄某'],
    });
  });
});

describe('leadCredits', () => {
  it.each([
    ['Changjiang Net News (Reporter Zhang Jun) With the establishment of', 'Changjiang Net', ['Zhang Jun']],
    ['长江网10月4日讯（记者陈某 整合） 国庆长假过半', '长江网', ['陈某']],
    ['SHANGHAI (Reuters) - Example Motors said on Friday', 'Reuters', []],
    ['新华社北京3月3日电（记者 张三）今天', '新华社', ['张三']],
    ['Example News Agency (Reporter Li Ming) said on Friday', 'Example News Agency', ['Li Ming']],
    ['南方日报讯　（记者／黄某　实习生／朱某某）“学习', '南方日报', ['黄某']],
    ['环球网记者李某报道，正在意大利', '环球网', ['李某']],
    ['本报讯（记者刘某）昨日', null, ['刘某']],
    ['据中新网9月9日报道，针对外媒', null, []],
    ['Apple (the company) said on Monday that', null, []],
    ['中国电信今天宣布（新闻稿）', null, []],
  ])('%s', (text, source, authors) => expect(leadCredits(text, sites)).toEqual({ source, authors }));
});

describe('gluedByline', () => {
  it.each([
    [
      'Reporter Xia Houfengchao Recently, there was news',
      [],
      { author: 'Xia Houfengchao', rest: 'Recently, there was news' },
    ],
    [
      'By John Smith The company said on Monday',
      [],
      { author: 'John Smith', rest: 'The company said on Monday' },
    ],
    [
      'Reporter Xia Houfengchao Huawei will settle',
      ['Xia Houfengchao'],
      { author: 'Xia Houfengchao', rest: 'Huawei will settle' },
    ],
    ['By the end of the year, sales rose', [], null],
    ['Reporters say the talks failed', [], null],
  ])('%s', (text, known, out) => expect(gluedByline(text, sites, known)).toEqual(out));
});

describe('names and sources', () => {
  it.each([
    ['jing-jing fan', 'Jing-jing Fan'],
    ['陈某 整合', '陈某'],
    ['李某报道', '李某'],
    ['name, email@gmail.com', null],
    ['佚名', null],
    ['the company said that it will', null],
    ['这是一个很长的句子而不是名字', null],
    ['阿卜杜·热合曼', '阿卜杜·热合曼'],
  ])('cleanName(%s) → %s', (raw, name) => expect(cleanName(raw, sites)).toBe(name));

  it.each([
    ['新华社北京', '新华社'],
    ['cjn.cn', '长江网'],
    ['南方日报', '南方日报'],
    ['MIT Technology Review', 'MIT Technology Review'],
    ['本报', null],
    ['网络', null],
    ['some words here.', null],
    ['Apple', null],
  ])('cleanSource(%s) → %s', (raw, source) =>
    expect(cleanSource(raw, sites, { knownOnly: raw === 'Apple' })).toBe(source),
  );
});

describe('extractMeta on hostile input', () => {
  it('reads a 2 MB block of credit-like lines (finishing within the test timeout)', async () => {
    const { extractMeta } = await import('../../scripts/stages/extractMeta.ts');
    const kept = Array.from({ length: 160_000 }, (_, i) => `记者 张${i % 10}三 来源：某网 By Jane Doe`);
    kept.push('['.repeat(50_000), '2024/05/17'.repeat(5_000), 'By '.repeat(17_000));
    const out = extractMeta(
      { data: { title: 'a_'.repeat(25_000) }, kept, removed: [], where: { file: 'x', line: 1, name: 'x' } },
      sites,
    );
    expect(out.meta.date).toBeNull();
  });
});
