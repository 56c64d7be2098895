import { assignTags, type TagDoc } from '../../scripts/stages/assignTags.ts';
import { compileTags } from '../../scripts/vocab/tags.ts';

// A small vocabulary with fixed settings, so these cases test the scoring rules, not the data.
const tag = (slug: string, name: string, zh: string, en: string[], zhKeys: string[], extra = {}) => ({
  slug,
  name,
  zh,
  keywords: { en, zh: zhKeys },
  ...extra,
});
/** A small vocabulary for the assignTags and categoryTags tests. */
export const vocab = compileTags({
  settings: {
    max_tags: 3,
    title_weight: 3,
    lead_weight: 1.5,
    body_weight: 1,
    min_score: 2,
    per_1000_words: 2,
    relative_floor: 0.15,
    repeat_decay: 0.5,
    cjk_chars_per_word: 1.6,
  },
  categories: {
    max_kept: 2,
    max_length: 24,
    min_pinyin_syllables: 3,
    generic: 'archive, 未分类, keji',
    section_suffixes: { en: ['news'], zh: ['新闻'] },
    media_suffixes: { en: ['.com', '.cn', 'daily'], zh: ['网', '日报'] },
  },
  groups: [
    {
      name: 'Test',
      zh: '测试',
      tags: [
        tag(
          'cloud-computing',
          'Cloud computing',
          '云计算',
          ['cloud computing', 'cloud service'],
          ['云计算', '云服务'],
        ),
        tag(
          'artificial-intelligence',
          'Artificial intelligence',
          '人工智能',
          ['artificial intelligence', 'ai'],
          ['人工智能'],
        ),
        tag(
          'semiconductors',
          'Semiconductors',
          '芯片',
          ['chip', 'chipmaker', 'semiconductor'],
          ['芯片', '半导体'],
        ),
        tag('data-centres', 'Data centres', '数据中心', ['data centre', 'data center'], ['数据中心']),
        tag('ipo', 'IPO', '上市', ['ipo', 'initial public offering'], ['上市', '首次公开募股'], {
          exclude: { en: [], zh: ['上市公司', '新品上市'] },
        }),
        tag('investment', 'Investment', '投资', ['invest', 'investment'], ['投资']),
        tag('food', 'Food and drink', '食品饮料', ['wine'], ['葡萄酒']),
        tag('trade', 'Trade', '贸易', ['trade'], ['贸易']),
        tag('regulation', 'Regulation', '监管', ['ban'], ['禁令']),
        tag('smart-city', 'Smart city', '智慧城市', ['smart city'], ['智慧城市']),
      ],
    },
  ],
});

export const EN_FILLER =
  'The company said the plan would take several years to complete and gave no further details.';
export const ZH_FILLER = '公司表示，这项计划需要数年时间才能完成，没有透露更多细节。';
/** `n` different neutral paragraphs of 17 English words or 31 Chinese characters each. */
export const filler = (lang: 'en' | 'zh', n: number) =>
  Array.from({ length: n }, (_, i) => `${lang === 'en' ? EN_FILLER : ZH_FILLER}${i}`);
/** An article to tag. */
export const doc = (
  lang: 'en' | 'zh',
  title: string,
  paragraphs: string[],
  categories: string[] = [],
): TagDoc => ({
  title,
  paragraphs,
  lang,
  categories,
});
/** Tags of `d` with the test vocabulary. */
export const run = (d: TagDoc) => assignTags(d, vocab).tags;
