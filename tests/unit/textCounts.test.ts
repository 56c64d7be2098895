import { describe, expect, it } from 'vitest';
import {
  collapseSpace,
  hanCount,
  latinRuns,
  looksChinese,
  plainText,
} from '../../scripts/stages/meta/text.ts';

// The hand-written scans must count exactly what the regexes they replace count.
const byRegex = {
  han: (s: string) => [...s.matchAll(/\p{Script=Han}/gu)].length,
  latin: (s: string) => [...s.matchAll(/[A-Za-z]+/g)].length,
  latinWide: (s: string) => [...s.matchAll(/[A-Za-z\uff21-\uff3a\uff41-\uff5a]+/g)].length,
  collapse: (s: string) => s.replace(/\s+/g, ' ').trim(),
};

const TEXTS = [
  // English and Chinese side by side, then the awkward cases
  'Lenovo opened a research centre in Hong Kong.',
  '联想在香港开设了研发中心。',
  '联想发布ThinkPad X1，售价9999元。',
  'Ｔｈｅ ｆｕｌｌ-ｗｉｄｔｈ headline',
  '〇々⺀ radicals and the ideographic zero',
  '𠀀𪚥 supplementary ideographs, 😀 an emoji',
  'lone \ud840 high and \udc00 low surrogates',
  '',
  ' ',
  '  leading, double  and trailing spaces  ',
  'tab\tnewline\nnbsp\u00a0ideographic\u3000space\u3000',
  'single trailing space ',
  '\ufeffbyte order mark',
];

describe('character counts without regex iteration', () => {
  it.each(TEXTS)('%j', (s) => {
    expect(hanCount(s)).toBe(byRegex.han(s));
    expect(latinRuns(s)).toBe(byRegex.latin(s));
    expect(latinRuns(s, true)).toBe(byRegex.latinWide(s));
    expect(looksChinese(s)).toBe(byRegex.han(s) > byRegex.latin(s));
    expect(collapseSpace(s)).toBe(byRegex.collapse(s));
  });

  it('counts every Han code point of the BMP and the supplementary planes', () => {
    let all = '';
    for (let c = 0x2e00; c < 0x32000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCodePoint(c);
    expect(hanCount(all)).toBe(byRegex.han(all));
  });
});

describe('plainText', () => {
  it.each([
    ['**联想**发布了[新品](https://example.com/a)。', '联想发布了新品。'],
    ['**Lenovo** launched a [laptop](https://example.com/a).', 'Lenovo launched a laptop.'],
    ['![图](https://example.com/a.jpg)图片说明', '图片说明'],
    ['## Heading\n> quoted &amp; escaped \\[x\\]', 'Heading quoted & escaped [x]'],
    ['plain prose with  two spaces', 'plain prose with two spaces'],
    ['private\ue000use', 'private use'],
  ])('%j → %j', (md, plain) => expect(plainText(md)).toBe(plain));
});
