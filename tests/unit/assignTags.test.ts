import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignTags, type TagDoc } from '../../scripts/stages/assignTags.ts';
import { loadTags } from '../../scripts/vocab/tags.ts';
import { doc, EN_FILLER, filler, run, ZH_FILLER } from './tagTestVocab.ts';

describe('assignTags: keywords in the text', () => {
  it.each([
    [
      'en: keyword in the headline',
      doc('en', 'Lenovo opens a cloud computing centre', ['It serves Asia.']),
      ['Cloud computing'],
    ],
    [
      'zh: keyword in the headline',
      doc('zh', '联想开设云计算中心', ['该中心服务亚洲客户。']),
      ['Cloud computing'],
    ],
    [
      'en: case-insensitive, abbreviation',
      doc('en', 'Baidu bets on AI', ['Details follow.']),
      ['Artificial intelligence'],
    ],
    ['zh: substring of a longer word', doc('zh', '芯片厂商扩产', ['行业需求旺盛。']), ['Semiconductors']],
    [
      'zh: full-width Latin letters inside Chinese',
      doc('zh', '百度押注ＡＩ', ['详情待公布。']),
      ['Artificial intelligence'],
    ],
    [
      'en: plurals of two keywords in the body',
      doc('en', 'Market update', ['Markets were calm.', 'Chipmakers raised prices.', 'Chips are scarce.']),
      ['Semiconductors'],
    ],
    ['en: -ed form', doc('en', 'Tencent invested heavily', ['Details follow.']), ['Investment']],
    ['en: -ing form', doc('en', 'Investing in Wuhan', ['Details follow.']), ['Investment']],
    ['en: doubled consonant', doc('en', 'Beijing banned net cafes', ['Details follow.']), ['Regulation']],
    [
      'en: y → ies plural inside a phrase',
      doc('en', 'Smart cities grow', ['Details follow.']),
      ['Smart city'],
    ],
    ['en: no partial words', doc('en', 'Said the chipper banner', ['Details follow.']), []],
    [
      'en: US and UK spellings',
      doc('en', 'Market update', [
        'Markets were calm.',
        'Two data centers opened.',
        'More data centres are planned.',
      ]),
      ['Data centres'],
    ],
    [
      'zh: two different keywords in the body',
      doc('zh', '行业动态', ['市场平稳。', '芯片价格上涨。', '半导体行业需求旺盛。']),
      ['Semiconductors'],
    ],
    [
      'en: "wins" is not "wine", "trading" is not "trade"',
      doc('en', 'Honda wins ruling', ['Trading was brisk.', 'Honda wins again.']),
      [],
    ],
    [
      'zh: an excluded phrase hides the keyword inside it',
      doc('zh', '多家上市公司参展', ['新品上市计划公布。', '上市公司业绩稳定。']),
      [],
    ],
    [
      'zh: the keyword outside the excluded phrase counts',
      doc('zh', '公司计划赴港上市', ['详情待公布。']),
      ['IPO'],
    ],
  ])('%s', (_name, d, expected) => {
    expect(run(d)).toEqual(expected);
  });
});

describe('assignTags: how much is enough', () => {
  it.each([
    [
      'en: one mention in the headline is enough',
      doc('en', 'Chip prices rise', filler('en', 3)),
      ['Semiconductors'],
    ],
    [
      'zh: one mention in the headline is enough',
      doc('zh', '芯片价格上涨', filler('zh', 3)),
      ['Semiconductors'],
    ],
    [
      'en: the same mention in the body is not',
      doc('en', 'Prices rise', [...filler('en', 2), 'Chip prices rose.']),
      [],
    ],
    [
      'zh: the same mention in the body is not',
      doc('zh', '价格上涨', [...filler('zh', 2), '芯片价格上涨。']),
      [],
    ],
    [
      'en: one phrase repeated twice in the body is not',
      doc('en', 'Prices rise', ['Calm.', 'Chip prices rose.', 'Chip stocks fell.']),
      [],
    ],
    [
      'zh: one phrase repeated twice in the body is not',
      doc('zh', '价格上涨', ['平稳。', '芯片价格上涨。', '芯片股下跌。']),
      [],
    ],
  ])('%s', (_name, d, expected) => {
    expect(run(d)).toEqual(expected);
  });

  it.each(['en', 'zh'] as const)(
    '%s: a passing mention in a long article about something else is not tagged',
    (lang) => {
      const [topic, aside] =
        lang === 'en'
          ? ['Chipmakers race to build chips', 'It also runs a cloud service.']
          : ['芯片厂商竞相扩产芯片', '公司也提供云服务。'];
      const body = [
        ...filler(lang, 30),
        lang === 'en' ? 'Semiconductor demand is strong.' : '半导体需求强劲。',
        aside,
        ...filler(lang, 30),
      ];
      expect(run(doc(lang, topic, body))).toEqual(['Semiconductors']);
    },
  );

  it.each(['en', 'zh'] as const)(
    '%s: two mentions are enough in a short article, not in a 3,000-word one',
    (lang) => {
      const mentions =
        lang === 'en'
          ? ['Its cloud service grew.', 'Cloud computing revenue doubled.']
          : ['云服务增长。', '云计算收入翻番。'];
      expect(run(doc(lang, 'Update', ['Calm.', ...mentions]))).toEqual(['Cloud computing']);
      const long = lang === 'en' ? 190 : 160;
      expect(
        run(doc(lang, 'Update', [...filler(lang, long / 2), ...mentions, ...filler(lang, long / 2)])),
      ).toEqual([]);
    },
  );

  it.each(['en', 'zh'] as const)('%s: keeps at most max_tags, the strongest, sorted by name', (lang) => {
    const en = [
      'Semiconductor chips and chipmakers.',
      'Cloud computing and cloud services.',
      'AI and artificial intelligence.',
      'Data centres and data centers.',
      'An IPO.',
    ];
    const zh = [
      '芯片与半导体。芯片。',
      '云计算与云服务。',
      '人工智能。人工智能。',
      '数据中心。数据中心。',
      '首次公开募股。',
    ];
    const tags = run(
      doc(lang, lang === 'en' ? 'Chips, cloud and AI' : '芯片、云计算与人工智能', lang === 'en' ? en : zh),
    );
    expect(tags).toEqual(['Artificial intelligence', 'Cloud computing', 'Semiconductors']);
  });

  it('drops a tag far weaker than the article’s main topic', () => {
    const body = [
      'Chipmakers and semiconductor firms.',
      ...Array.from({ length: 12 }, (_, i) => `Chip line ${i} and semiconductor plant ${i}.`),
      'Its data centres, data centers too.',
    ];
    expect(run(doc('en', 'Chipmakers race to build chips', body))).toEqual(['Semiconductors']);
  });
});

describe('assignTags: bad input', () => {
  it('never throws on malformed documents', () => {
    const bad = {
      title: null,
      paragraphs: [null, 3, 'Cloud computing'],
      lang: 'xx',
      categories: [null, {}, 'AI'],
    } as unknown as TagDoc;
    expect(run(bad)).toEqual(['Artificial intelligence']);
    expect(run({} as TagDoc)).toEqual([]);
  });

  // CPU time, not wall time: the suite may share the machine with other work.
  const cpuMs = (f: () => void) => {
    const before = process.cpuUsage();
    f();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  it.each([
    [
      'a 2 MB paragraph of text',
      [`${EN_FILLER} Cloud computing and chips. ${ZH_FILLER}云计算与芯片。`.repeat(13_000)],
    ],
    ['a 2 MB paragraph that is all keywords', ['cloud computing 云计算 chip 芯片 '.repeat(70_000)]],
    ['a 50,000-character line without spaces', ['a'.repeat(50_000)]],
    ['many short paragraphs', Array.from({ length: 20_000 }, (_, i) => `Chip ${i} 芯片`)],
  ])('finishes %s in well under a second', (_name, paragraphs) => {
    expect(cpuMs(() => run(doc('en', 'Big', paragraphs)))).toBeLessThan(1000);
  });
});

describe('assignTags with the project vocabulary', () => {
  const real = loadTags(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
  it.each([
    [
      'en',
      doc('en', 'Huawei opens R&D centre and regional headquarters in Jinan', [
        'The research and development center will employ 500 engineers working on 5G.',
        'Huawei will also build its Shandong regional headquarters.',
      ]),
    ],
    [
      'zh',
      doc('zh', '华为在济南设立研发中心和区域总部', [
        '该研发中心将聘请500名工程师，从事5G研究。',
        '华为还将建设山东区域总部。',
      ]),
    ],
  ])('%s: tags an R&D centre and headquarters story', (_lang, d) => {
    expect(assignTags(d, real).tags).toEqual(expect.arrayContaining(['Headquarters', 'R&D centres']));
  });
});
