import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompanies } from '../../scripts/vocab/companies.ts';
import { findCompanies } from '../../scripts/stages/entities/findCompanies.ts';

const vocab = loadCompanies(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const run = (lang: 'en' | 'zh', title: string, ...paragraphs: string[]) =>
  findCompanies({ title, paragraphs, lang }, vocab);
const companies = (lang: 'en' | 'zh', title: string, ...paragraphs: string[]) =>
  run(lang, title, ...paragraphs).companies;

// Each rule with an English case and a Chinese case side by side. Texts are written for the test.
type Case = [rule: string, lang: 'en' | 'zh', title: string, body: string[], expected: string[]];
const cases: Case[] = [
  [
    'vocabulary alias',
    'en',
    'Lenovo opens a lab',
    ['Lenovo Group said on Monday it will hire 200 people.'],
    ['Lenovo'],
  ],
  ['vocabulary alias', 'zh', '联想集团发布新品', ['联想集团今天发布了新款电脑。'], ['Lenovo']],
  [
    'lower-case machine translation',
    'en',
    'lenovo cloud opens in Hong Kong',
    ['lenovo announced the centre.'],
    ['Lenovo'],
  ],
  ['traditional characters', 'zh', '華為發布新手機', ['華為表示，新手機下月上市。'], ['Huawei']],
  [
    'machine-translated alias',
    'en',
    'Ape Tutor hires graduates',
    ['Ape Tutor will hire 500 people.'],
    ['Yuanfudao'],
  ],
  ['machine-translated alias', 'zh', '猿辅导招聘毕业生', ['猿辅导表示将招聘500人。'], ['Yuanfudao']],
  ['exact-case alias', 'en', 'GSX opens a centre', ['GSX will open an office in Wuhan.'], ['GSX']],
  [
    'exact-case alias, wrong case',
    'en',
    'A gsx file format',
    ['The gsx format is old. Files in gsx format are small.'],
    [],
  ],
  ['common word in lower case', 'en', 'An apple a day', ['Eat an apple. An apple pie is sweet.'], []],
  [
    'brand listed under parent',
    'en',
    'Alibaba Cloud opens a data centre',
    ['Alibaba Cloud said it will invest.'],
    ['Alibaba'],
  ],
  [
    'brand listed under parent',
    'zh',
    '天猫启动促销',
    ['天猫宣布，促销活动下周开始。', '天猫表示销量增长。'],
    ['Alibaba'],
  ],
  ['subsidiary under parent', 'zh', '海思发布芯片', ['海思宣布新芯片量产。'], ['Huawei']],
  ['guarded name without cue', 'zh', '小米粥的做法', ['小米粥很香，小米要先洗干净，小米粥要慢慢熬。'], []],
  [
    'guarded name confirmed',
    'zh',
    '小米发布新手机',
    ['小米集团今天发布新手机，小米表示销量很好。'],
    ['Xiaomi'],
  ],
  ['guarded word "beautiful"', 'zh', '美的风景', ['这里有美的风景，美的东西让人开心。'], []],
  [
    'guarded English word',
    'en',
    'Sharp rise in prices',
    ['Prices saw a Sharp rise. Sharp falls followed.'],
    [],
  ],
  [
    'guarded English name confirmed by what only a company takes',
    'en',
    'Outage hits apps',
    ['The Meta outage hit several Meta-owned services for hours.'],
    ['Meta'],
  ],
  [
    'guarded English name without it',
    'en',
    'Outage hits apps',
    ['The Meta outage hit several services for hours. Meta reports rose.'],
    [],
  ],
  ['product alone', 'zh', '用微信付款', ['很多人用微信付款，微信很方便，微信支付普及。'], []],
  [
    'news agency as source',
    'en',
    'Floods hit the south',
    ['Xinhua said rivers rose. Reuters reported that Xinhua had said so.'],
    [],
  ],
  [
    'news agency as source',
    'zh',
    '南方遭遇洪水',
    ['据新华社报道，多地河水上涨。新京报记者赶到现场，新华社称……'],
    [],
  ],
  ['stock exchange', 'en', 'Markets end flat', ['The Shenzhen Stock Exchange and Nasdaq ended flat.'], []],
  [
    'job title only',
    'en',
    'A baker opens a shop',
    ['Former IBM executive Jane Roe opened a bakery in London.'],
    [],
  ],
  ['job title only', 'zh', '一位面包师开店', ['前腾讯高管张三在上海开了一家面包店。'], []],
  [
    'executive speaks for the company',
    'zh',
    '手机市场变化',
    ['小米集团总裁王五表示，市场正在变化。', '小米集团将加大投入。'],
    ['Xiaomi'],
  ],
  [
    'examples in a list',
    'en',
    'Cloud demand grows',
    ['Firms such as Dell, HP and Acer also sell servers.'],
    [],
  ],
  ['examples in a list', 'zh', '云计算需求增长', ['戴尔、惠普、宏碁等厂商也在销售服务器。'], []],
  [
    'passing comparison when the title names another company',
    'en',
    'Sony unveils a camera',
    [
      'Sony unveiled a camera on Monday. It is smaller than Canon cameras.',
      'Sony said Canon and Nikon cameras cost more.',
    ],
    ['Sony'],
  ],
  [
    'partner in a deal',
    'zh',
    '联想签约',
    ['联想与冠捷科技签署战略合作协议。', '联想表示双方将共建工厂。'],
    ['Lenovo', 'TPV'],
  ],
];

describe('findCompanies', () => {
  it.each(cases)('%s (%s)', (_, lang, title, body, expected) => {
    expect(companies(lang, title, ...body)).toEqual(expected);
  });
});

describe('findCompanies: discovery', () => {
  it.each([
    [
      'en',
      'Talks on a new plant',
      ['Huawei signed an agreement with Acme Robotics Co., Ltd. on Friday.'],
      'Acme Robotics',
    ],
    ['zh', '新工厂签约', ['华为与北京星河智造有限公司签署合作协议。'], 'Xinghe Zhizao'],
  ] as const)('lists a company with a legal form that acts (%s)', (lang, title, body, name) => {
    const r = run(lang, title, ...body);
    expect(r.companies).toContain(name);
    expect(r.candidates.map((c) => c.name)).toContain(name);
  });

  it.each([
    ['en', 'A quiet week', ['The Riverside Group met on Tuesday to talk about the park.']],
    ['zh', '平静的一周', ['记者了解到，某某科技近期没有新动作。']],
  ] as const)('does not list a single weak find (%s)', (lang, title, body) => {
    expect(run(lang, title, ...body).companies).toEqual([]);
  });

  it('romanises a Chinese-only name: province dropped, industry words translated', () => {
    const r = run(
      'zh',
      '茶厂被查',
      '执法人员查处了浙江安吉丰乐茶叶有限公司。',
      '安吉丰乐茶叶有限公司回应称将整改。',
    );
    expect(r.companies).toEqual(['Anji Fengle Tea']);
    expect(r.candidates).toEqual([
      expect.objectContaining({ name: 'Anji Fengle Tea', zh: '浙江安吉丰乐茶叶', count: 2 }),
    ]);
  });

  it('does not take generic phrases for company names', () => {
    const r = run(
      'zh',
      '行业观察',
      '国内航空公司增加了航班，该公司表示，一家科技公司也在招聘，母公司没有回应。',
    );
    expect(r.candidates).toEqual([]);
  });

  it('keeps vocabulary names out of the candidates', () => {
    const r = run('en', 'Deal', 'Lenovo Group Co., Ltd. signed with Huawei Technologies Co., Ltd.');
    expect(r.candidates).toEqual([]);
    expect(r.companies).toEqual(['Huawei', 'Lenovo']);
  });
});

describe('findCompanies: robustness and speed', () => {
  it('never throws on bad input', () => {
    const bad = { title: null, paragraphs: [undefined, 42, ''], lang: 'zh' } as unknown as Parameters<
      typeof findCompanies
    >[0];
    expect(findCompanies(bad, vocab)).toMatchObject({ companies: [], candidates: [] });
    expect(findCompanies({} as Parameters<typeof findCompanies>[0], vocab).companies).toEqual([]);
  });

  it('handles a 50,000-character line and a 2 MB block', () => {
    const line = 'Aa Bb Cc Dd Ee '.repeat(3400) + '集团公司有限'.repeat(100);
    const block = ('华为与联想合作。Huawei and Lenovo Group Co said. '.repeat(50) + '\n').repeat(800);
    findCompanies({ title: '', paragraphs: [line], lang: 'en' }, vocab);
    findCompanies({ title: '', paragraphs: block.split('\n'), lang: 'zh' }, vocab);
    // Linear work: about a quarter of a second on an idle core; a quadratic step took minutes.
  });
});
