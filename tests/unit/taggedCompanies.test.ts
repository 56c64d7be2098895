import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverTagged } from '../../scripts/stages/entities/companies/tagged.ts';
import { findCompanies } from '../../scripts/stages/entities/findCompanies.ts';
import { loadCompanies } from '../../scripts/vocab/companies.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'vocab');
const vocab = loadCompanies(dir);
const withTagger = loadCompanies(dir, { tagger: true });

/** Spans over every occurrence of `names` in `text`, as the tagger would give them. */
function spansOf(text: string, ...names: string[]) {
  return names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
}
const found = (text: string, ...names: string[]) =>
  discoverTagged(text, spansOf(text, ...names), [], vocab.rules).map((f) => f.name);

describe('companies among the organisations LAC tags', () => {
  it('names an unlisted company by the pinyin of its brand and its translated industry word', () => {
    const text = '亚华乳业集团董事长张三表示，公司将在武汉设立研发中心。';
    const [f] = discoverTagged(text, spansOf(text, '亚华乳业集团'), [], vocab.rules);
    expect(f).toMatchObject({ name: 'Yahua Dairy Group', zh: '亚华乳业集团', strong: true, legal: false });
  });
  it('prefers the English name the text writes beside it', () => {
    expect(found('智驰科技（Zhichi Robotics）今天发布新品。', '智驰科技')).toEqual(['Zhichi Robotics']);
  });
  it('drops schools, regulators, plants, governments, unions and bureaus', () => {
    const text = '港大、银保监、龙鼓滩发电厂、呼和浩特市人民政府、联合国和合肥市交通运输局都回应了。';
    expect(
      found(text, '港大', '银保监', '龙鼓滩发电厂', '呼和浩特市人民政府', '联合国', '合肥市交通运输局'),
    ).toEqual([]);
  });
  it('splits a list LAC tagged as one name and cuts the words before a name', () => {
    expect(found('他说马士基、宝高峰均已停航。', '马士基、宝高峰')).toEqual(['Mashiji', 'Baogaofeng']);
    // LAC's span may start with the verb before the name (主动联络航空公司 in a real article).
    expect(found('公司宣布收购凯丰茶叶有限公司。', '收购凯丰茶叶有限公司')).toEqual(['Kaifeng Tea']);
    // 中原地产代理: nothing but ordinary words ("Central Plains property agency"), so no pinyin name.
    expect(found('中原地产代理有限公司要求法院颁令。', '中原地产代理有限公司')).toEqual([]);
  });
  it('leaves names the vocabulary already has to it', () => {
    const text = '华为技术有限公司在深圳发布了新款手机。';
    const hits = [{ id: 0, start: 0, end: 2, guard: false }];
    expect(discoverTagged(text, spansOf(text, '华为技术有限公司'), hits, vocab.rules)).toEqual([]);
  });
});

describe('the tagger in company recognition', () => {
  const title = '亚华乳业集团在武汉设立研发中心';
  const body = ['亚华乳业集团董事长张三表示，公司将在武汉设立研发中心。', '亚华乳业集团此前已在长沙建厂。'];
  it('is loaded only when asked for', () => {
    expect(vocab.tagger).toBeUndefined();
    expect(withTagger.tagger).toBeDefined();
  });
  it('adds candidates for the report and never changes the companies listed', () => {
    const plain = findCompanies({ title, paragraphs: body, lang: 'zh' }, vocab);
    const tagged = findCompanies(
      { title: '统信软件发布新系统', paragraphs: ['统信软件今天发布新版操作系统。'], lang: 'zh' },
      withTagger,
    );
    const same = findCompanies({ title, paragraphs: body, lang: 'zh' }, withTagger);
    expect(same.companies).toEqual(plain.companies);
    expect(tagged.companies).toEqual([]);
    expect(tagged.candidates).toEqual([
      { name: 'Tongxin Software', zh: '统信软件', evidence: 'LAC: 统信软件', count: 2 },
    ]);
  });
});
