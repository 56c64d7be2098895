import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processBlock } from '../../scripts/pipeline.ts';
import { compileDigests } from '../../scripts/vocab/digests.ts';
import { loadContext } from '../../scripts/vocab/context.ts';

const ctx = loadContext(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const block = (text: string) => ({ file: 'corpus.txt', line: 1, name: 'synthetic.txt', text });

// Invented text: a morning briefing whose items name different companies and cities, one of
// which would state a relation on its own (比亚迪 builds a plant in 合肥).
const briefing = [
  '财经早餐：今日要闻速览',
  '',
  '早上好，以下是今天的财经要闻。',
  '',
  '1、华为在深圳发布新款折叠屏手机，起售价为7999元。',
  '',
  '2、阿里巴巴公布季度财报，营收同比增长8%，云业务增速回升。',
  '',
  '3、上海市出台新政，支持人工智能企业在临港落地。',
  '',
  '4、小米汽车一季度交付量超过3万辆，创下新高。',
  '',
  '5、腾讯宣布新一轮股份回购计划，金额达10亿港元。',
  '',
  '6、比亚迪在合肥设立的新工厂正式投产，年产能20万辆。',
  '',
  '7、京东物流在成都开设西南地区最大的仓库。',
].join('\n');

describe('digests in the pipeline', () => {
  it('marks a briefing of unrelated short items as a digest and states no relation for it', () => {
    const { article } = processBlock(block(briefing), ctx);
    expect(article?.meta.kind).toBe('digest');
    expect(article?.meta.relations).toEqual([]);
  });

  it('the same plant story on its own is an article with its relation', () => {
    const { article } = processBlock(
      block('比亚迪合肥工厂投产\n\n比亚迪在合肥设立的新工厂正式投产，年产能20万辆。'),
      ctx,
    );
    expect(article?.meta.kind).toBe('article');
    expect(article?.meta.relations?.map((r) => `${r.company}–${r.city}`)).toEqual(['BYD–Hefei']);
  });

  it('names the file and the pattern when a threshold file has a bad pattern', () => {
    const bad = {
      item_starts: ['^(1'],
      link_only: '^x$',
      min_item_chars: { en: 40, zh: 20 },
      min_items: 5,
      max_median_item_chars: { en: 900, zh: 500 },
      min_entity_items: 4,
      max_shared_share: 0.4,
      min_distinct_entities: 5,
    };
    expect(() => compileDigests(bad, 'digests.yml')).toThrow(/digests\.yml: bad pattern: \^\(1/);
  });
});
