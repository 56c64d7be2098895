import { describe, expect, it } from 'vitest';
import { detectLang } from '../../scripts/stages/meta/detectLang.ts';

describe('detectLang', () => {
  it.each([
    // [text, lang] — English and Chinese side by side
    ['Lenovo opened a research centre in Hong Kong on Monday.', 'en'],
    ['联想周一在香港开设了研发中心。', 'zh'],
    ['联想发布ThinkPad X1 Carbon和Yoga Slim 7 Pro，搭载Intel Core i7处理器，售价9999元。', 'zh'],
    ['The shop sells 联想 laptops and 华为 phones to students in Wuhan.', 'en'],
    ['华为推出麒麟990 5G SoC芯片，采用7nm EUV工艺，集成5G Modem，支持SA/NSA双模组网。', 'zh'],
    ['Ｔｈｅ ｆｕｌｌ-ｗｉｄｔｈ ｈｅａｄｌｉｎｅ ｗａｓ ｔｙｐｅｄ ｉｎ ａ ｈｕｒｒｙ', 'en'],
  ])('%s → %s', (text, lang) => expect(detectLang([text])).toBe(lang));

  it('does not count link targets as English words', () => {
    const md = '[谷歌](http://stockhtm.finance.example.com/astock/ggcx/GOOG.OQ.htm)收购了一家人工智能公司。';
    expect(detectLang([md])).toBe('zh');
  });

  it('decides on a sample of a huge text', () => {
    expect(detectLang(['中文内容'.repeat(500_000)])).toBe('zh');
  });

  it('falls back to English when there are no letters', () => expect(detectLang(['2024 — 100%'])).toBe('en'));
});
