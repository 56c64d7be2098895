import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../scripts/stages/normaliseText.ts';

describe('normaliseText', () => {
  it.each([
    ['NFC composes accents', 'Cafe\u0301 Zu\u0308rich', 'Café Zürich'],
    ['NULs and stray controls go', 'Leno\u0000vo\u0007 said\u0008', 'Lenovo said'],
    ['ANSI colour codes go', '\u001b[31mLenovo\u001b[0m results', 'Lenovo results'],
    ['OSC title sequences go', '\u001b]0;title\u0007Huawei', 'Huawei'],
    ['bidi overrides and isolates go', 'Lenovo \u202egnp.exe\u202c \u2066x\u2069', 'Lenovo gnp.exe x'],
    ['zero-width spaces and BOMs go', 'Hua\u200bwei\ufeff 华\u200b为', 'Huawei 华为'],
    ['ZWJ inside an emoji sequence stays', 'family 👨\u200d👩\u200d👧', 'family 👨\u200d👩\u200d👧'],
    ['stray ZWJ goes', 'Len\u200dovo', 'Lenovo'],
    ['line separators become newlines', 'one\u2028two', 'one\ntwo'],
    [
      'paragraph separators end a paragraph',
      'one\u2029two \ue40c three\ue40c\ue40c四',
      'one\n\ntwo\n\nthree\n\n四',
    ],
    ['CRLF and lone CR become newlines', 'a\r\nb\rc', 'a\nb\nc'],
    ['runs of spaces inside a line collapse', 'Lenovo   said \t\u00a0 today', 'Lenovo said today'],
    ['trailing spaces go', 'Lenovo said  \n华为\u3000\u3000\n', 'Lenovo said\n华为\n'],
    ['leading indentation is left to the structure stages', '  indented', '  indented'],
    [
      'tokeniser spaces between Han characters go',
      '联 想 集 团 今 天 发 布 了 新 品',
      '联想集团今天发布了新品',
    ],
    ['word-tokenised Chinese is joined', '联想 集团 今天 发布 了 新 产品', '联想集团今天发布了新产品'],
    [
      'a deliberate separator in a headline stays',
      '最强中国芯本月商用 华为抢跑5G芯片大战',
      '最强中国芯本月商用 华为抢跑5G芯片大战',
    ],
    [
      'a reporter name after 记者 stays spaced',
      '新京报快讯（记者 裴剑飞）今日有网友爆料',
      '新京报快讯（记者 裴剑飞）今日有网友爆料',
    ],
    ['no space is inserted between CJK characters', '联想集团', '联想集团'],
    [
      'full-width ASCII in the body is not changed',
      '１０年内捐５００亿　ＣＣＴＶ',
      '１０年内捐５００亿　ＣＣＴＶ',
    ],
    ['English text keeps its spaces', 'Lenovo and Huawei', 'Lenovo and Huawei'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('finishes on a 2 MB block and a 50,000-character line', () => {
    const big = '联 想 Lenovo  said\u200b \u001b[1m today.\n'.repeat(60_000);
    const line = 'x '.repeat(25_000) + '中 文 '.repeat(5000);
    normaliseText(big);
    normaliseText(line);
  });
});
