import { describe, expect, it } from 'vitest';
import { collectNames } from '../../scripts/search/entityNames.ts';
import { markdownText } from '../../scripts/search/markdownText.ts';
import { foldWidth, hanInfixTokens, joinHanWords, spaceHanWords } from '../../src/scripts/search/cjk.ts';

describe('spaceHanWords', () => {
  it.each([
    ['English text is left alone', 'Lenovo reported results', 'Lenovo reported results'],
    ['Chinese words get spaces', '联想集团发布', '联想 集团 发布'],
    ['full-width punctuation stands alone', '表示，公司将', '表示 ， 公司 将'],
    ['Chinese inside English', 'in 武汉喝茶论坛:The', 'in 武汉 喝茶 论坛 :The'],
    ['full-width letters fold to ASCII', 'ＣＣＴＶ报道', 'CCTV 报道'],
  ])('%s', (_, input, expected) => {
    expect(spaceHanWords(input)).toBe(expected);
  });
});

describe('joinHanWords undoes the spacing for display', () => {
  it.each([
    ['Chinese with a highlight', '联想 <mark>集团</mark> 发布 ， 新', '联想<mark>集团</mark>发布，新'],
    ['dates keep their digits attached', '4 月 28 日', '4月28日'],
    ['English spacing is kept', 'Lenovo <mark>reported</mark> 联想', 'Lenovo <mark>reported</mark> 联想'],
  ])('%s', (_, input, expected) => {
    expect(joinHanWords(input)).toBe(expected);
  });
});

describe('search helpers', () => {
  it('gives the inner words of long Chinese words as extra tokens, none for English', () => {
    expect(hanInfixTokens('联想发布新一代产品')).toEqual(['一代']);
    expect(hanInfixTokens('laptops and notebooks')).toEqual([]);
  });

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
