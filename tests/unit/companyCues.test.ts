import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCompanies, loadCompanies } from '../../scripts/vocab/companies.ts';
import { isPlaceName, loadCities } from '../../scripts/vocab/cities.ts';
import { isSalient, salienceFeatures } from '../../scripts/stages/entities/companies/salienceModel.ts';
import { salient } from '../../scripts/stages/entities/companies/salience.ts';
import { findCompanies } from '../../scripts/stages/entities/findCompanies.ts';
import { discoverByCue, discoverHeadline } from '../../scripts/stages/entities/companies/cues.ts';
import { isHeadlineLine } from '../../scripts/stages/entities/companies/related.ts';
import { romanise } from '../../scripts/stages/entities/companies/romanise.ts';
import { isCommonPhrase, nameCore, standsAlone } from '../../scripts/stages/entities/segment.ts';
import { entityText, simplified, withoutLinkLines } from '../../scripts/stages/entities/entityText.ts';

const vocab = loadCompanies(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const rules = vocab.rules;
const companies = (lang: 'en' | 'zh', title: string, ...paragraphs: string[]) =>
  findCompanies({ title, paragraphs, lang }, vocab).companies;
const cueNames = (text: string) => discoverByCue(text, [], rules, text).map((d) => d.name);

// Short sentences written for the test in the style of news copy; the names are invented.
describe('English candidates from company cues', () => {
  it.each([
    ["Zorvex's shares rose 4% on Monday.", ['Zorvex']],
    ['The stake in Brightwell Foods was sold.', ['Brightwell Foods']],
    ['Analysts praised the chief executive of Kelmora.', ['Kelmora']],
    ['Quillon, the Oslo-based carmaker, cut prices.', ['Quillon']],
    ['A Tarvest-owned app was removed.', ['Tarvest']],
    ['Food delivery platform Quillo raised money.', ['Quillo']],
    ['Foodtech major Quillo closed a round.', ['Quillo']],
    ['"We grew," said Ravi Rao, CEO, Quillo.', ['Quillo']],
  ])('%s', (text, expected) => {
    expect(cueNames(text)).toEqual(expected);
  });
  it.each([
    [
      'The strikers are contracted by Brightwell Ground Services, Zorvex Inc. and the city.',
      ['Brightwell Ground Services'],
    ],
    ['Bids came from Zorvex Ltd. and Kelmora Freight Lines.', ['Kelmora Freight Lines']],
  ])('a name listed beside one with a legal form: %s', (text, expected) => {
    const found = discoverByCue(text, [], rules, text);
    expect(found.map((d) => d.name)).toEqual(expected);
    expect(found.every((d) => d.strong)).toBe(true);
  });
  it('a single word or a person listed beside a company is not one', () => {
    expect(cueNames('Bids came from Zorvex Ltd. and Kelmora.')).toEqual([]);
    const text = 'Dana Whitlock, Zorvex Inc. chairman, said his plan would work.';
    expect(discoverByCue(text, [], rules, text).map((d) => d.name)).toEqual([]);
  });
  it('finds no company without a cue', () => {
    expect(cueNames('Zorvex met Kelmora in the park on Monday.')).toEqual([]);
  });
  it('a surname is not a company ("Dana Whitlock … Whitlock\'s chief executive")', () => {
    const text = "Dana Whitlock spoke first; his term ends. Whitlock's chief executive role ends in May.";
    expect(discoverByCue(text, [], rules, text)).toEqual([]);
  });
});

describe('salience of discovered names', () => {
  it('a cue name mentioned twice is listed', () => {
    expect(
      companies(
        'en',
        'Budget airline expands',
        "Zorvex's shares rose 4% after the results.",
        'Zorvex will add ten routes next year.',
      ),
    ).toEqual(['Zorvex']);
  });
  it('a cue name mentioned once is not', () => {
    expect(companies('en', 'Markets today', "Zorvex's shares rose 4% after the results.")).toEqual([]);
  });
  it('the name a headline opens with, called "the company" in the body', () => {
    const body = ['Strivo launched a new feature on Tuesday, as the Denver-based company grows.'];
    expect(
      discoverHeadline('Strivo taps AI to find cheats', [], body.join('\n'), rules).map((d) => d.name),
    ).toEqual(['Strivo']);
    expect(companies('en', 'Strivo taps AI to find cheats', ...body)).toEqual(['Strivo']);
  });
  it('a person opening a headline is not a company', () => {
    const body = ['Dana Whitlock said his firm would wait. Whitlock said the company was ready.'];
    expect(companies('en', 'Whitlock warns on costs', ...body)).toEqual([]);
  });
});

describe('naming Chinese finds', () => {
  it('an ordinary phrase before 公司 gets no pinyin name', () => {
    expect(isCommonPhrase('电力')).toBe(true);
    expect(isCommonPhrase('外贸')).toBe(true);
    expect(romanise('电力', '公司', rules)).toBeNull();
    expect(companies('zh', '停电', '电力公司表示，供电已经恢复。电力公司将调查原因。')).toEqual([]);
  });
  it('the words before a company word hold no name when they count or report', () => {
    expect(nameCore('包括美国六间')).toBe('美国六间');
    expect(romanise(nameCore('包括美国六间'), '科技公司', rules)).toBeNull();
    expect(nameCore('囊括全球三大音乐')).toBe('音乐');
    expect(nameCore('内容显示吉安三石')).toBe('吉安三石');
    expect(nameCore('深圳回收宝')).toBe('深圳回收宝');
  });
  it('a brand gets the pinyin of its short name and the industry word', () => {
    expect(isCommonPhrase('亚华')).toBe(false);
    expect(romanise('亚华', '乳业', rules)).toBe('Yahua Dairy');
  });
});

describe('text the recognisers read', () => {
  it('drops link-only lines (related stories), keeps prose with links', () => {
    const md =
      '1. [Rebels take the city](http://example.com/a)\nShe wrote [here](http://example.com/b) today.';
    expect(withoutLinkLines(md)).toBe('She wrote [here](http://example.com/b) today.');
    expect(entityText('- ### [A headline](https://example.com/x)')).toBe('');
  });
  it('reads Traditional Chinese as Simplified', () => {
    expect(simplified('國泰航空公佈業績')).toBe('国泰航空公布业绩');
    expect(simplified('already simplified 国泰')).toBe('already simplified 国泰');
  });
  it('a Chinese place name must stand as a word of its own', () => {
    const t = '美国佛罗里达州的居民';
    expect(standsAlone(t, t.indexOf('达州'), t.indexOf('达州') + 2)).toBe(false);
    const u = '公司在达州建厂';
    expect(standsAlone(u, u.indexOf('达州'), u.indexOf('达州') + 2)).toBe(true);
  });
});

describe('dictionary names and the salience model', () => {
  it('a dictionary company is matched by its Chinese names only', () => {
    const rulesOnly = { rules: {}, not_companies: [], companies: [{ name: 'Zorvex', zh: ['佐维'] }] };
    const dict = {
      companies: [
        { name: 'Kelmora Air', zh: ['凯莫航空'] },
        { name: 'Zorvex', zh: ['佐维斯'] },
      ],
    };
    const v = compileCompanies(rulesOnly, dict);
    expect(v.entries.map((e) => [e.name, e.zh])).toEqual([
      ['Kelmora Air', ['凯莫航空']],
      ['Zorvex', ['佐维', '佐维斯']],
    ]);
    const kelmora = v.entries.find((e) => e.name === 'Kelmora Air')!;
    expect(kelmora.match_name).toBe(false);
  });
  it('a fitted model decides where there is one; the rules decide otherwise', () => {
    const e = {
      key: 'Zorvex',
      inTitle: false,
      strong: 1,
      weak: 0,
      acts: 0,
      facility: false,
      inLead: false,
      party: false,
      discovered: false,
      suffix: false,
    };
    const a = { titled: false, maxStrong: 1, zh: false };
    expect(isSalient(e, a, undefined)).toBe(false);
    expect(isSalient(e, a, { threshold: 0.5, weights: { bias: 2 } })).toBe(true);
    expect(salienceFeatures(e, a).top).toBe(1);
  });
});

describe('short forms and places', () => {
  it('a vocabulary name given in full counts again by its short form', () => {
    const body = [
      'Regulators ordered Ant Group Co. to return to payments.',
      'Ant needed to change.',
      'Ant will comply.',
    ];
    const r = findCompanies({ title: 'Regulators act', paragraphs: body, lang: 'en' }, vocab);
    expect(r.evidence.find((e) => e.key === 'Ant Group')?.strong).toBe(3);
  });
  it('and by the first word of its name, where that can only be the name ("Nongfu Spring … Nongfu")', () => {
    const body = [
      'Zhong took Nongfu Spring Co. public in Hong Kong.',
      'Nongfu shares have jumped 155% since.',
    ];
    const r = findCompanies({ title: 'Richest man', paragraphs: body, lang: 'en' }, vocab);
    expect(r.evidence.find((e) => e.key === 'Nongfu Spring')?.strong).toBe(2);
    const goldman = ['Goldman Sachs said rates will rise.', 'They rose, said Ann Goldman, a trader.'];
    const g = findCompanies({ title: 'Rates', paragraphs: goldman, lang: 'en' }, vocab);
    expect(g.evidence.find((e) => e.key === 'Goldman Sachs')?.strong).toBe(1);
  });
  it('a name met once in Chinese text is a company when it is a party to the deal', () => {
    const title = 'Twitter 出售广告部门';
    const sold = ['Twitter 宣布，已同意将广告部门出售给游戏公司 Brightloop，交易以现金完成。'];
    expect(findCompanies({ title, paragraphs: sold, lang: 'zh' }, vocab).companies).toContain('Brightloop');
    const cited = ['Twitter 宣布出售广告部门，游戏公司 Brightloop 的数据显示市场在增长。'];
    expect(findCompanies({ title, paragraphs: cited, lang: 'zh' }, vocab).companies).not.toContain(
      'Brightloop',
    );
  });
  it('a country is no company, whatever follows it ("China Inc.")', () => {
    const gaz = loadCities();
    const text = ['China Inc. is changing, and China Inc. will grow.'];
    const isPlace = (n: string) => isPlaceName(gaz, n);
    expect(
      findCompanies({ title: 'Economy', paragraphs: text, lang: 'en' }, vocab, isPlace).candidates,
    ).toEqual([]);
  });
});

describe('institutions are not companies', () => {
  it('an acronym spelt out as an authority, a union, a station', () => {
    const body = [
      'The Civil Aviation Authority of Nepal (CAAN) said on Tuesday the airport reopened.',
      'A CAAN spokesperson said the review goes on. The CAAN spokesperson added more.',
      'A spokeswoman for the Service Employees International Union said workers struck.',
    ];
    expect(
      findCompanies({ title: 'Airport reopens', paragraphs: body, lang: 'en' }, vocab).candidates,
    ).toEqual([]);
  });
});

describe('boilerplate and joined names', () => {
  it('the publisher of a newsletter is no company of the story', () => {
    const body = ['By signing up you consent to receive the above newsletter from Kelmora Media Inc.'];
    expect(findCompanies({ title: 'Markets', paragraphs: body, lang: 'en' }, vocab).companies).toEqual([]);
  });
  it('the second half of a joined name is no company ("X Motors and Energy Private Ltd")', () => {
    const body = ['It set up Tesla India Motors and Energy Private Ltd in the city.'];
    const r = findCompanies({ title: 'Unit opens', paragraphs: body, lang: 'en' }, vocab);
    expect(r.candidates.map((c) => c.name)).not.toContain('Energy Private');
  });
});

describe('names with a strong company word', () => {
  const en = (...body: string[]) => findCompanies({ title: 'Strike', paragraphs: body, lang: 'en' }, vocab);
  it('a national word before a strong company word is the whole name ("American Airlines")', () => {
    const r = en('The walkout began after Korean Airways announced it was cutting jobs.');
    expect(r.candidates.map((c) => c.name)).toContain('Korean Airways');
    expect(r.companies).toEqual(['Korean Airways']);
  });
  it('named once with a strong company word, a find that acts is listed', () => {
    expect(
      en('After the vote, Brellow Pharmaceuticals announced it would close the plant.').companies,
    ).toEqual(['Brellow Pharmaceuticals']);
  });
  it('named once with a legal form, the contractor of the story is a party to it', () => {
    expect(en('The striking cleaners are contracted by Brellow Inc. and the city.').companies).toEqual([
      'Brellow',
    ]);
  });
  it('named once with a strong company word and no act, it is not', () => {
    expect(en('Workers of Brellow Pharmaceuticals met on Monday.').companies).toEqual([]);
  });
  it('a national word before a weak company word is no name ("Chinese Capital")', () => {
    expect(en('Chinese Capital announced a fund.').candidates.map((c) => c.name)).toEqual([]);
  });
});

describe('a discovered name by its first word', () => {
  const en = (...body: string[]) => findCompanies({ title: 'Mine', paragraphs: body, lang: 'en' }, vocab);
  it('counts again where the article writes it alone ("Lava International Ltd. … Lava")', () => {
    const r = en(
      'Villagers say blasts from Brellow Mining and Construction Company damaged their homes.',
      'They claim Brellow has failed to invest in the area, and Brellow has not answered.',
    );
    expect(r.companies).toEqual(['Brellow Mining and Construction']);
    expect(r.candidates.map((c) => c.name)).toEqual(['Brellow Mining and Construction']);
  });
  it("not where the first word is a person's surname", () => {
    const r = en(
      '"Rates must fall," said Dana Kelmor, founder of Kelmor Research Inc.',
      'Kelmor said the bank would wait.',
    );
    expect(r.companies).toEqual([]);
  });
});

describe('brands a discovered company runs', () => {
  it('are listed under it ("Kelmora Ltd., which runs Quillo Jobs")', () => {
    const body = [
      'Regulators began reviews of online recruitment platform Quillo Jobs on Monday.',
      'Kelmora Ltd., which runs Quillo Jobs, also recently listed shares in the US.',
    ];
    const r = findCompanies({ title: 'Regulators widen tech probe', paragraphs: body, lang: 'en' }, vocab);
    expect(r.companies).toEqual(['Kelmora']);
    expect(r.candidates.map((c) => c.name)).toEqual(['Kelmora']);
  });
});

describe("salience of a story's other parties", () => {
  const base = {
    key: 'X',
    inTitle: false,
    weak: 0,
    acts: 0,
    facility: false,
    party: false,
    discovered: false,
    suffix: false,
  };
  it('zh: named twice in the lead beside the headline company, it is a party to the story', () => {
    expect(salient({ ...base, strong: 2, inLead: true }, true, true)).toBe(true);
  });
  it('en: the same needs an act', () => {
    expect(salient({ ...base, strong: 2, inLead: true }, true, false)).toBe(false);
    expect(salient({ ...base, strong: 2, inLead: true, acts: 1 }, true, false)).toBe(true);
  });
});

describe('a Latin-script name that a Chinese company word introduces', () => {
  it('is a company when named again (dev-set sentences)', () => {
    expect(cueNames('汽车租赁公司 Hertz 宣布将大幅增加其电动汽车数量。')).toEqual(['Hertz']);
    expect(cueNames('芯片制造商ASML停止供货。')).toEqual(['ASML']);
    const r = findCompanies(
      {
        title: '租车公司 Hertz 再订电动汽车',
        paragraphs: [
          '美国当地时间周一，汽车租赁公司 Hertz 宣布将大幅增加其电动汽车数量。',
          'Hertz 没有透露这笔交易的财务条款。',
        ],
        lang: 'zh',
      },
      vocab,
    );
    expect(r.companies).toEqual(['Hertz']);
  });
  it('is not one once, without a company word', () => {
    const r = findCompanies(
      { title: '新品', paragraphs: ['用户可以在 Hertz 网站预订。'], lang: 'zh' },
      vocab,
    );
    expect(r.companies).toEqual([]);
  });
});

describe('related-stories lists', () => {
  const small = rules.enTitleSmall;
  it.each([
    ['Zorvex Will Ship 18TB and 20TB Hard Drives in 2020', true],
    ['Zorvex SSD 870 QVO', true],
    ['Zorvex will ship bigger drives next year', false],
    ['Zorvex Will Ship Drives.', false],
  ])('%s: headline-shaped %s', (text, expected) => {
    expect(isHeadlineLine(text as string, small)).toBe(expected);
  });
  it('a company named only in a run of headlines is not listed', () => {
    const body = [
      'Drive makers are racing to pack more data onto each platter.',
      'Related',
      'Samsung Launches 870 QVO SSDs in Capacities Up to 8TB',
      'PNY Launches a Tiny 512GB USB Stick',
      '8TB Samsung SSD Briefly Appears on Sale for $900',
    ];
    expect(companies('en', 'Next-Gen Platters Promise 80TB Hard Drives', ...body)).toEqual([]);
  });
  it('a lone subheading in the story is no list', () => {
    const body = [
      'Drive makers are racing to pack more data onto each platter, and Samsung is among them.',
      'Samsung Launches Bigger Drives',
      'The new drives reach 8TB, the company says, at a lower price than before.',
    ];
    expect(companies('en', 'Next-Gen Platters Promise 80TB Hard Drives', ...body)).toEqual(['Samsung']);
  });
});
