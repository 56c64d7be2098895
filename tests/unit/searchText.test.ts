import { describe, expect, it } from 'vitest';
import { collectNames } from '../../scripts/search/entityNames.ts';
import { markdownText } from '../../scripts/search/markdownText.ts';
import { foldWidth, joinHan, spaceHan } from '../../src/scripts/search/cjk.ts';
import { queryTerms } from '../../src/scripts/search/query.ts';
import { nearest } from '../../src/scripts/search/suggest.ts';

describe('spaceHan', () => {
  it.each([
    ['English text is left alone', 'Lenovo reported results', 'Lenovo reported results'],
    ['every Chinese character stands alone', '联想集团发布', '联 想 集 团 发 布'],
    ['full-width punctuation stands alone', '表示，公司', '表 示 ， 公 司'],
    ['curly quotes stand alone', '反成“敲诈”', '反 成 “ 敲 诈 ”'],
    ['Chinese inside English', 'in 武汉:The', 'in 武 汉 :The'],
    ['full-width letters fold to ASCII', 'ＣＣＴＶ报道', 'CCTV 报 道'],
  ])('%s', (_, input, expected) => {
    expect(spaceHan(input)).toBe(expected);
  });
});

describe('joinHan undoes the spacing for display', () => {
  it.each([
    [
      'a phrase is marked once',
      '联 想 <mark>集</mark> <mark>团</mark> 发 布 ， 新',
      '联想<mark>集团</mark>发布，新',
    ],
    ['no spaces inside Chinese quotes', '反 成 “ 敲 诈 勒 索 金 ” ，', '反成“敲诈勒索金”，'],
    ['dates keep their digits attached', '4 月 28 日', '4月28日'],
    ['English spacing is kept', 'Lenovo <mark>reported</mark> 联 想', 'Lenovo <mark>reported</mark> 联想'],
  ])('%s', (_, input, expected) => {
    expect(joinHan(input)).toBe(expected);
  });
});

describe('query terms', () => {
  it('keeps each Chinese run as one phrase and drops punctuation', () => {
    expect(queryTerms('华为， Huawei JD.com “联想集团”').map((t) => t.indexed)).toEqual([
      '华 为',
      'Huawei',
      'JD.com',
      '联 想 集 团',
    ]);
  });
});

describe('suggestions', () => {
  const words = [
    { word: 'Huawei', pages: 40 },
    { word: 'Hualong', pages: 2 },
    { word: 'huawen', pages: 1 },
    { word: '华为', pages: 9 },
    { word: '华人', pages: 3 },
  ];
  it('offers the nearest real words, commoner first', () => {
    expect(nearest('Huawie', words)).toEqual(['Huawei', 'huawen']);
    expect(nearest('Huawe', words)).toEqual(['Huawei', 'huawen']);
    expect(nearest('华伟', words)).toEqual(['华为', '华人']);
    expect(nearest('qwertyuiop', words)).toEqual([]);
  });
});

describe('search helpers', () => {
  it('folds only full-width letters and digits', () => {
    expect(foldWidth('Ｌｅｎｏｖｏ２０２２，')).toBe('Lenovo2022，');
  });

  it('reads names from any vocabulary shape, tolerating odd entries', () => {
    const names = collectNames({
      companies: [
        { name: 'Lenovo', zh: ['联想', '联想集团'], aliases: ['Lenovo Group'] },
        { name: 'Odd', zh: 3 },
      ],
      groups: [{ name: 'G', zh: '组', tags: [{ name: 'Cloud computing', zh: '云计算' }] }],
    });
    expect(names.get('Lenovo')).toEqual(['联想', '联想集团', 'Lenovo Group']);
    expect(names.get('Cloud computing')).toEqual(['云计算']);
    expect(names.has('Odd')).toBe(false);
  });

  it('turns Markdown into readable text without link targets', () => {
    expect(markdownText('# Title\n\nSee [the report](https://x.test/a) **now**.\n\n- 联想\n- 华为')).toBe(
      'Title\n\nSee the report now.\n\n联想\n\n华为',
    );
  });
});
