import { describe, expect, it } from 'vitest';
import { loadCities } from '../../scripts/vocab/cities.ts';
import { findCities } from '../../scripts/stages/entities/findCities.ts';

const gaz = loadCities();
const run = (text: string, lang: 'en' | 'zh', title = '') =>
  findCities({ title, paragraphs: [text], lang }, gaz).cities;

// Each rule with an English and a Chinese case side by side: [rule, text, lang, expected].
const cases: [string, string, 'en' | 'zh', string[]][] = [
  ['plain mention', 'Lenovo opened a research centre in Wuhan last year.', 'en', ['Wuhan']],
  ['plain mention', '联想去年在武汉设立了研发中心。', 'zh', ['Wuhan']],
  ['with 市 / City', 'The plant in Jilin City will open in May.', 'en', ['Jilin']],
  ['with 市 / City', '吉林市的新工厂将于五月投产。', 'zh', ['Jilin']],
  ['province is not the city', 'Sales in Jilin Province rose.', 'en', []],
  ['province is not the city', '吉林省的销量上升。', 'zh', []],
  ['Hainan is a province', 'The summit was held on Hainan island.', 'en', []],
  ['Hainan is a province', '峰会在海南举行。', 'zh', []],
  ['city-state counts', 'The firm will list its shares in Hong Kong.', 'en', ['Hong Kong']],
  ['city-state counts', '公司计划明年在香港上市。', 'zh', ['Hong Kong']],
  ['dateline', 'BEIJING, May 3 (Reuters) - The company said profit rose.', 'en', ['Beijing']],
  ['dateline', '新华社北京5月3日电 公司表示利润上升。', 'zh', ['Beijing']],
  ['newspaper name', 'The Beijing News reported the deal.', 'en', []],
  ['newspaper name', '据北京晚报报道，交易已经完成。', 'zh', []],
  ['stock exchange', 'Its shares trade on the Shenzhen Stock Exchange.', 'en', []],
  ['stock exchange', '其股票在深圳证券交易所交易。', 'zh', []],
  ['university', 'She studied at Wuhan University.', 'en', []],
  ['university', '她毕业于武汉大学。', 'zh', []],
  ['road name', 'A new store opened on Nanjing Road.', 'en', []],
  ['road name', '新店开在南京路。', 'zh', []],
  ['company name', 'Shanghai Automotive Industry Corp signed the deal.', 'en', []],
  ['company name', '深圳市腾讯计算机系统有限公司签署了协议。', 'zh', []],
  ['time zone', 'The launch starts at 8pm Beijing time.', 'en', []],
  ['time zone', '发布会于北京时间晚上8点开始。', 'zh', []],
  ['capital as government', 'The dam builder defies Beijing over the project.', 'en', []],
  ['capital as government', '北京方面表示将继续推进改革。', 'zh', []],
  ['capital as government', 'Beijing said it would retaliate.', 'en', []],
  ['city government', 'The deal awaits approval by the Shanghai city government.', 'en', []],
  ['person named like a city', 'He Zhijiang, the head of the unit, spoke.', 'en', []],
  ['word-like town needs a cue', 'Reading the report, analysts were nice about it. Nice work.', 'en', []],
  ['word-like town with a cue', 'The team moved to an office in Reading, England.', 'en', ['Reading']],
  ['common word that is a city', '三明治和汉堡都卖完了，产品开封后请冷藏。', 'zh', []],
  ['common word with 市', '公司在白银市新建了工厂。', 'zh', ['Baiyin']],
  ['county-level city needs 市', '他们讨论了合作与安宁。', 'zh', []],
  ['county-level city with 市', '工厂位于安宁市。', 'zh', ['Anning']],
  ['well-known county-level city', 'Foxconn expanded its Kunshan plant.', 'en', ['Kunshan']],
  ['well-known county-level city', '富士康扩建了昆山工厂。', 'zh', ['Kunshan']],
  ['name inside a province name', '山东营销团队和江西安装公司的人都来了。', 'zh', []],
  ['company ampersand', 'Scottish & Newcastle has invested in China.', 'en', []],
  ['city-named company', 'Car maker Toyota unveiled a robot.', 'en', []],
  ['credit line', 'Reporting by Jane Doe in Mumbai; Editing by John Roe', 'en', []],
  ['credit line', '（记者 张三 通讯员 李四）', 'zh', []],
  ['Chinese world-city name', '扎克伯格夫妇在罗马街头吃午餐。', 'zh', ['Rome']],
  ['possessive with a cue', "The ship docked at Shanghai's new port.", 'en', ['Shanghai']],
  ['possessive alone may mean the government', "Ottawa's budget watchdog expects a deficit.", 'en', []],
  ['a bare name may be a person', 'Bolton calls for more troops.', 'en', []],
  ['a surname after a given name', 'Jon Hamm joins the cast of the show.', 'en', []],
  ['part of a longer name', 'The feud at the top of Morgan Stanley went on.', 'en', []],
  ['common word in a title-case headline', 'Motorola Shows A Phone At Mobile World Congress', 'en', []],
  ['-based is a place context', 'The Seattle-based carrier added flights.', 'en', ['Seattle']],
  [
    'a list goes on from a place context',
    'Rides are free in Austin, Denver and Boise.',
    'en',
    ['Austin', 'Boise', 'Denver'],
  ],
  ['name inside a longer word', '美国佛罗里达州的居民说。', 'zh', []],
  [
    'the state after a city is no city',
    'It spoke at its offices in Redmond, Washington, on Monday.',
    'en',
    ['Redmond'],
  ],
  ['a list may end the sentence', 'It has labs in Wuhan, Suzhou, and more.', 'en', ['Suzhou', 'Wuhan']],
  [
    'an airport code is a place context',
    'Flights from Los Angeles (LAX) and Spokane (GEG) resume.',
    'en',
    ['Los Angeles', 'Spokane'],
  ],
  ['where an analyst works is not news', 'said a Beijing-based analyst at the bank.', 'en', []],
  ['where a journalist is based is not news', 'She is a journalist based in New York.', 'en', []],
  [
    "a person's employer and its city are biography",
    'said Ann Lee, a professor at the Halvorsen Institute for Soil Science in Leipzig.',
    'en',
    [],
  ],
  ['where a person studied is biography', 'He attended the University of Kent in Canterbury.', 'en', []],
  [
    'an event at an institute in a city is news',
    'The Halvorsen Institute for Soil Science in Leipzig opened a new laboratory.',
    'en',
    ['Leipzig'],
  ],
  ['a city inside a country name', 'Prices in El Salvador rose.', 'en', []],
  ['name inside an idiom', '新年伊始，万象更新。', 'zh', []],
  ['a fraction after a number', '现在的电脑晶片，有9成都是进口的。', 'zh', []],
  ['a disease named after a city', '今年初发生武汉肺炎疫情。', 'zh', []],
  ['apostrophe name', "Huawei opened an office in Xi'an.", 'en', ["Xi'an"]],
  ['alias', 'The firm has a lab in Bengaluru.', 'en', ['Bangalore']],
  ['facility named for the city', 'It set up the Changsha Research Institute last year.', 'en', ['Changsha']],
  ['event name', '华为将在柏林消费电子展期间发布芯片。', 'zh', []],
  ['model for comparison', '广州将学习台北垃圾分类模式。', 'zh', ['Guangzhou']],
  ['job title', '上海市公共卫生临床咨询专家表示。', 'zh', []],
  ['a country after a comma is a place context', 'Beijing, China', 'en', ['Beijing']],
  [
    'a region abbreviation after a comma',
    'Prices fell most in Brampton, Ont., last month.',
    'en',
    ['Brampton'],
  ],
  [
    'a region after a comma',
    'Sales rose in Austin, Texas, and Fort Worth, Texas.',
    'en',
    ['Austin', 'Fort Worth'],
  ],
  [
    'a possessive before the name ends the name before it',
    'Zuckerberg spoke at Facebook’s Palo Alto office.',
    'en',
    ['Palo Alto'],
  ],
  [
    'a town of 60,000 people',
    'The pipeline will stretch via Walvis Bay in the Erongo region.',
    'en',
    ['Walvis Bay'],
  ],
  ['a town named like a US state is the state', 'Coal mines in Wyoming cut jobs.', 'en', []],
];

describe('findCities: rules', () => {
  it.each(cases)('%s: %s', (_rule, text, lang, expected) => {
    expect(run(text, lang)).toEqual(expected);
  });
});

// Short forms count only where they stand for the city (ANNOTATION.md).
const shortForms: [string, string[]][] = [
  ['联想中国区在京召开合作伙伴大会。', ['Beijing']],
  ['他在京东上买了电脑。', []],
  ['医疗队员离汉返乡。', ['Wuhan']],
  ['他在汉语课上发言。', []],
  ['公司计划赴港上市。', ['Hong Kong']],
  ['港股今日收跌。', []],
  ['代表团抵沪访问。', ['Shanghai']],
  ['沪深两市成交额放大。', []],
  ['他来穗工作已经十年。', ['Guangzhou']],
  ['他来深创业三年了。', ['Shenzhen']],
  ['工作到深夜。', []],
];

describe('findCities: Chinese short forms', () => {
  it.each(shortForms)('%s', (text, expected) => {
    expect(run(text, 'zh')).toEqual(expected);
  });
});

describe('findCities: output and robustness', () => {
  it('returns canonical English names, sorted and unique, from title and body', () => {
    const doc = {
      title: '武汉与北京',
      paragraphs: ['Offices in Beijing and Wuhan.', '武汉的工厂'],
      lang: 'zh' as const,
    };
    expect(findCities(doc, gaz).cities).toEqual(['Beijing', 'Wuhan']);
  });
  it('does not throw on empty or odd input', () => {
    expect(findCities({ title: '', paragraphs: [], lang: 'en' }, gaz).cities).toEqual([]);
    const odd = {
      title: undefined as unknown as string,
      paragraphs: ['', '\u0000', 'X'.repeat(10)],
      lang: 'en' as const,
    };
    expect(findCities(odd, gaz).cities).toEqual([]);
  });
  it('handles a 2 MB block and a 50,000-character line (finishing within the test timeout)', () => {
    const block = 'Offices in Shanghai and 在武汉设厂 '.repeat(70_000);
    const line = 'A'.repeat(50_000) + ' in Wuhan';
    expect(run(block, 'en')).toEqual(['Shanghai', 'Wuhan']);
    expect(run(line, 'en')).toEqual(['Wuhan']);
  });
});

describe('findCities: names the article holds', () => {
  it('a city inside a company name found in the article is no city', () => {
    const doc = {
      title: '',
      paragraphs: ['宁德时代创始人捐款。目前查询到的是深圳回收宝科技有限公司。'],
      lang: 'zh' as const,
    };
    expect(findCities(doc, gaz, ['宁德时代', '深圳回收宝科技有限公司']).cities).toEqual([]);
    expect(findCities(doc, gaz).cities).toEqual(['Ningde', 'Shenzhen']);
  });
  it('a city inside a quoted name is no city; a quoted city is', () => {
    expect(run('两国推动了“昆明—蒙特利尔全球生物多样性框架”。', 'zh')).toEqual([]);
    expect(run('他说“上海”很美。', 'zh')).toEqual(['Shanghai']);
  });
  it('an event named after the city is no city', () => {
    expect(run('乒乓球太原赛，新星大胜。', 'zh')).toEqual([]);
  });
});
