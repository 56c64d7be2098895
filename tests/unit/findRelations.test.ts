import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processBlock } from '../../scripts/pipeline.ts';
import { findRelations } from '../../scripts/stages/findRelations.ts';
import { splitCorpus } from '../../scripts/stages/splitCorpus.ts';
import { compileRelations } from '../../scripts/vocab/relations.ts';
import { loadContext } from '../../scripts/vocab/context.ts';

const root = join(import.meta.dirname, '..', '..');
const ctx = loadContext(join(root, 'content', 'vocab'));

/** Pairs (`Company–City`) the stage finds in one paragraph, given the article's entities. */
function pairs(text: string, lang: 'en' | 'zh', companies: string[], cities: string[], title = ''): string[] {
  return findRelations({ title, paragraphs: [text], lang }, { companies, cities, candidates: [] }, ctx).map(
    (r) => `${r.company}–${r.city}`,
  );
}

// [what, text, companies, cities, expected pairs]
const english: [string, string, string[], string[], string[]][] = [
  [
    'sets up',
    'Lenovo said it would set up a cloud research centre in Hong Kong.',
    ['Lenovo'],
    ['Hong Kong'],
    ['Lenovo–Hong Kong'],
  ],
  [
    'opens an office',
    'Huawei opened its first European office in London on Monday.',
    ['Huawei'],
    ['London'],
    ['Huawei–London'],
  ],
  [
    'builds a plant',
    'Tesla is building a new plant near Shanghai.',
    ['Tesla'],
    ['Shanghai'],
    ['Tesla–Shanghai'],
  ],
  [
    'invests in',
    'Alibaba will invest 10 billion yuan in Wuhan over five years.',
    ['Alibaba'],
    ['Wuhan'],
    ['Alibaba–Wuhan'],
  ],
  [
    'headquartered in',
    'Xiaomi, headquartered in Beijing, reported higher sales.',
    ['Xiaomi'],
    ['Beijing'],
    ['Xiaomi–Beijing'],
  ],
  [
    '-based before the company',
    'Shenzhen-based Huawei reported results.',
    ['Huawei'],
    ['Shenzhen'],
    ['Huawei–Shenzhen'],
  ],
  [
    'settles in',
    'Huawei will soon be settled in the Changlingshan area of eastern Jinan.',
    ['Huawei'],
    ['Jinan'],
    ['Huawei–Jinan'],
  ],
  [
    'company, city, facility as one name',
    'Tencent Wuhan R&D Center opened while Baidu looked on.',
    ['Tencent', 'Baidu'],
    ['Wuhan'],
    ['Tencent–Wuhan'],
  ],
  ['negation: no plans', 'Huawei has no plans to open an office in London.', ['Huawei'], ['London'], []],
  ['negation: denied', 'Lenovo denied it would set up a plant in Wuhan.', ['Lenovo'], ['Wuhan'], []],
  ['reversal: closes', 'Xiaomi is closing its factory in Chennai.', ['Xiaomi'], ['Chennai'], []],
  [
    'a negation in another clause',
    'Lenovo, which closed a plant last year, opened an office in Wuhan.',
    ['Lenovo'],
    ['Wuhan'],
    ['Lenovo–Wuhan'],
  ],
  ['co-occurrence only', 'Lenovo shares fell in Hong Kong on Tuesday.', ['Lenovo'], ['Hong Kong'], []],
  [
    'co-occurrence only: cue far from the city',
    'Huawei, which was established decades ago by a former army engineer and has grown into a giant, sold phones in London.',
    ['Huawei'],
    ['London'],
    [],
  ],
  [
    '-based describes someone else',
    'said Chen, the Hong Kong-based head of research at Nomura, about Lenovo.',
    ['Lenovo'],
    ['Hong Kong'],
    [],
  ],
  ['city not in the article', 'Lenovo set up a centre in Paris.', ['Lenovo'], ['Hong Kong'], []],
  [
    'a city heading another body’s name is no place of the company',
    'Huawei will set up a lab together with Changsha Research Institute.',
    ['Huawei'],
    ['Changsha'],
    [],
  ],
  [
    'a city in the company’s own unit is where it works',
    "Huawei's Changsha Research Institute opened last year.",
    ['Huawei'],
    ['Changsha'],
    ['Huawei–Changsha'],
  ],
];

const chinese: [string, string, string[], string[], string[]][] = [
  ['落户', '华为将落户济南历下区。', ['Huawei'], ['Jinan'], ['Huawei–Jinan']],
  ['设立', '联想宣布在香港设立云服务研发中心。', ['Lenovo'], ['Hong Kong'], ['Lenovo–Hong Kong']],
  ['第二总部', '小米武汉总部已经开始运营，成为小米的第二总部。', ['Xiaomi'], ['Wuhan'], ['Xiaomi–Wuhan']],
  ['入驻', '多家互联网企业入驻武汉光谷，其中包括腾讯。', ['Tencent'], ['Wuhan'], ['Tencent–Wuhan']],
  ['投资建设', '阿里巴巴计划在杭州投资建设新的数据中心。', ['Alibaba'], ['Hangzhou'], ['Alibaba–Hangzhou']],
  [
    '公司名+城市+机构',
    '华为济南研究所与浪潮的团队一起工作。',
    ['Huawei', 'Inspur'],
    ['Jinan'],
    ['Huawei–Jinan'],
  ],
  [
    '总部位于 (noun, city right after)',
    '阿里巴巴总部位于杭州。',
    ['Alibaba'],
    ['Hangzhou'],
    ['Alibaba–Hangzhou'],
  ],
  ['子公司 … 北京 (noun, city far after)', '小米子公司昨日中标一个北京的项目。', ['Xiaomi'], ['Beijing'], []],
  ['否认', '华为否认将在武汉设立第二总部。', ['Huawei'], ['Wuhan'], []],
  ['另一分句的否认', '华为否认了传闻，并宣布在武汉设立研发中心。', ['Huawei'], ['Wuhan'], ['Huawei–Wuhan']],
  ['并未', '联想并未在成都设立工厂。', ['Lenovo'], ['Chengdu'], []],
  ['撤出 (reversal)', '小米宣布撤出深圳办事处。', ['Xiaomi'], ['Shenzhen'], []],
  ['仅共现', '联想股价周二在香港下跌。', ['Lenovo'], ['Hong Kong'], []],
  ['城市在别的机构名里', '华为与武汉大学合作建设联合实验室。', ['Huawei'], ['Wuhan'], []],
  [
    '仅共现：线索离城市太远',
    '腾讯总部的员工昨天参加了一场在遥远的另一个国家举办的关于人工智能未来发展的大型国际会议，地点是上海。',
    ['Tencent'],
    ['Shanghai'],
    [],
  ],
];

describe('findRelations: English', () => {
  for (const [what, text, companies, cities, expected] of english)
    it(what, () => expect(pairs(text, 'en', companies, cities)).toEqual(expected));

  it('a headline naming the company and a lead naming cue and city make one relation', () => {
    const rel = findRelations(
      {
        title: 'Lenovo bets on Asia',
        paragraphs: ['The group will set up its regional headquarters in Singapore next year, it said.'],
        lang: 'en',
      },
      { companies: ['Lenovo'], cities: ['Singapore'], candidates: [] },
      ctx,
    );
    expect(rel).toEqual([
      {
        company: 'Lenovo',
        city: 'Singapore',
        cue: 'set up',
        evidence:
          'Lenovo bets on Asia — The group will set up its regional headquarters in Singapore next year, it said.',
      },
    ]);
  });

  it('keeps the sentence as evidence and one relation per pair', () => {
    const rel = findRelations(
      {
        title: '',
        paragraphs: ['Huawei opened a lab in Munich. Later Huawei built a factory in Munich too.'],
        lang: 'en',
      },
      { companies: ['Huawei'], cities: ['Munich'], candidates: [] },
      ctx,
    );
    expect(rel).toEqual([
      { company: 'Huawei', city: 'Munich', cue: 'opened a lab', evidence: 'Huawei opened a lab in Munich.' },
    ]);
  });
});

describe('findRelations: Chinese', () => {
  for (const [what, text, companies, cities, expected] of chinese)
    it(what, () => expect(pairs(text, 'zh', companies, cities)).toEqual(expected));
});

describe('relations vocabulary', () => {
  it('names the file and the pattern when a cue does not compile', () => {
    const bad = {
      window: { en: 12, zh: 14 },
      negation_window: { en: 8, zh: 10 },
      en: { facility: 'office', cues: ['open(s'] },
      zh: { cues: ['落户'] },
    };
    expect(() => compileRelations(bad, 'relations.yml')).toThrow(/relations\.yml: bad cue pattern: open\(s/);
  });
});

describe('the seed stories of the bundled sample', () => {
  const text = readFileSync(join(root, 'content', 'sources', 'sample.txt'), 'utf8');
  const { blocks } = splitCorpus(text, 'sample.txt');
  const byName = new Map(
    blocks.map((b) => [b.name, processBlock(b, ctx).article?.meta.relations ?? []] as const),
  );
  const pairsOf = (name: string) => (byName.get(name) ?? []).map((r) => `${r.company}–${r.city}`);

  it('Lenovo set up in Hong Kong', () =>
    expect(pairsOf('000_445f4963e055bf64.txt')).toContain('Lenovo–Hong Kong'));
  it('Huawei settles in Jinan', () => expect(pairsOf('003_9e9135087321a43a.txt')).toContain('Huawei–Jinan'));
  it('the internet companies with second headquarters in Wuhan', () => {
    const wuhan = pairsOf('004_69ee047515436e38.txt');
    for (const c of ['Alibaba', 'ByteDance', 'Huawei', 'Lenovo', 'Xiaomi', 'Tencent', 'Xiaohongshu'])
      expect(wuhan).toContain(`${c}–Wuhan`);
  });
  it('every relation keeps a sentence naming its city as evidence', () => {
    for (const rels of byName.values()) for (const r of rels) expect(r.evidence.length).toBeGreaterThan(20);
  });
});

describe('odd input', () => {
  it('never throws, and reads what text there is', () => {
    const paragraphs = [null, 42, '', '\u0000\uFFFD', 'Lenovo set up a lab in Wuhan.'] as unknown as string[];
    const rel = findRelations(
      { title: undefined as unknown as string, paragraphs, lang: 'en' },
      { companies: ['Lenovo'], cities: ['Wuhan'], candidates: [] },
      ctx,
    );
    expect(rel.map((r) => `${r.company}–${r.city}`)).toEqual(['Lenovo–Wuhan']);
  });

  it('clips a very long sentence around its cue and city', () => {
    const long = `${'word '.repeat(400)}Lenovo set up a lab in Wuhan ${'more '.repeat(400)}.`;
    const [rel] = findRelations(
      { title: '', paragraphs: [long], lang: 'en' },
      { companies: ['Lenovo'], cities: ['Wuhan'], candidates: [] },
      ctx,
    );
    expect(rel?.evidence.length).toBeLessThanOrEqual(322);
    expect(rel?.evidence).toContain('set up a lab in Wuhan');
  });
});
