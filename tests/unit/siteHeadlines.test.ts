import { describe, expect, it } from 'vitest';
import { breakPieces } from '../../src/lib/cjkBreaks.ts';
import { shownChineseName } from '../../src/lib/termNames.ts';

describe('Chinese headline line breaks', () => {
  it('fall between words, never inside one, nor inside a date or next to punctuation', () => {
    const pieces = breakPieces('华为新机被曝光：2024年8月13日发布');
    expect(pieces.join('')).toBe('华为新机被曝光：2024年8月13日发布');
    expect(pieces.some((p) => p.includes('曝光'))).toBe(true);
    expect(pieces.some((p) => p.includes('2024年8月13日'))).toBe(true);
    for (const p of pieces.slice(1)) expect(p).not.toMatch(/^[：，。、”）]/);
    expect(pieces.length).toBeGreaterThan(2);
  });

  it('leave a headline without Chinese whole', () => {
    expect(breakPieces('Lenovo opens a centre in Hong Kong')).toEqual(['Lenovo opens a centre in Hong Kong']);
  });
});

describe('Chinese names beside English ones', () => {
  it('are shown unless they spell the English name out', () => {
    expect(shownChineseName({ name: 'Lenovo', zh: '联想' })).toBe('联想');
    expect(shownChineseName({ name: 'LG', zh: 'LG电子' })).toBeNull();
    expect(shownChineseName({ name: 'Oppo', zh: 'OPPO公司' })).toBeNull();
    expect(shownChineseName({ name: 'Qihoo 360', zh: '奇虎360' })).toBe('奇虎360');
    expect(shownChineseName({ name: 'Yuanzhuo', zh: null })).toBeNull();
  });
});
