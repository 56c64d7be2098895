import { describe, expect, it } from 'vitest';
import { pinyinSyllables } from '../../scripts/stages/categoryTags.ts';
import { join } from 'node:path';
import { assignTags } from '../../scripts/stages/assignTags.ts';
import { loadTags } from '../../scripts/vocab/tags.ts';
import { doc, run } from './tagTestVocab.ts';

describe('assignTags: the source’s own categories', () => {
  it.each([
    ['en: a tag slug', ['cloud-computing'], ['Cloud computing']],
    ['en: a keyword inside a category', ['AI News'], ['Artificial intelligence']],
    ['zh: a tag’s Chinese name', ['云计算'], ['Cloud computing']],
    ['zh: a keyword inside a category', ['人工智能新闻'], ['Artificial intelligence']],
    ['en: a real topic outside the taxonomy is kept', ['space-tourism'], ['Space tourism']],
    ['zh: a real topic outside the taxonomy is kept', ['新冠肺炎'], ['新冠肺炎']],
    ['zh: a section suffix is stripped', ['科技新闻'], ['科技']],
    ['en: a word that reads as two pinyin syllables is kept', ['media'], ['Media']],
    ['en: a pinyin section name is generic', ['keji'], []],
    [
      'en: site slug, generic label, publication',
      ['zhongguofazhanwang', 'Archive', 'China Daily', 'sina.com.cn'],
      [],
    ],
    [
      'zh: site name + 新闻, generic label, publication',
      ['中国发展网新闻', '未分类', '新闻', '人民日报'],
      [],
    ],
    ['dates, ids and empty labels', ['2022-04-29', '12345', '  '], []],
    ['at most max_kept unmapped categories', ['Robotics', 'Space', 'Biology'], ['Robotics', 'Space']],
  ])('%s', (_name, categories, expected) => {
    expect(run(doc('en', 'Update', ['Calm.'], categories))).toEqual(expected);
  });

  it('puts mapped categories ahead of text tags under the cap', () => {
    const d = doc(
      'en',
      'Chips, cloud and AI',
      ['Semiconductor chips.', 'Cloud computing, cloud services.', 'AI, artificial intelligence.'],
      ['IPO', 'Wine'],
    );
    expect(run(d)).toEqual(['Food and drink', 'IPO', 'Semiconductors']);
  });
});

describe('pinyinSyllables', () => {
  it.each([
    ['zhongguofazhanwang', 5],
    ['caijingxinwen', 4],
    ['xian', 1],
    ['media', 2],
    ['gaming', 2],
    ['technology', 0],
    ['business', 0],
  ])('%s reads as %i syllables', (word, n) => {
    expect(pinyinSyllables(word)).toBe(n);
  });
});

describe('categories with the project vocabulary', () => {
  const real = loadTags(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
  it.each([
    ['a site slug and the site name + 新闻 (sample.txt)', ['zhongguofazhanwang', '中国发展网新闻'], []],
    ['a generic label and a topic keyword', ['Archive', '新冠肺炎'], ['COVID-19']],
    ['Chinese and English names of the same tag', ['云计算', 'Cloud computing'], ['Cloud computing']],
  ])('%s', (_name, categories, expected) => {
    expect(assignTags(doc('zh', '公告', ['详情待公布。'], categories), real).tags).toEqual(expected);
  });
});
