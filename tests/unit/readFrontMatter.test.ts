import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../scripts/stages/readFrontMatter.ts';

describe('readFrontMatter on front matter that is not YAML', () => {
  it('reads plain key: value lines one by one when a value holds an unquoted colon', () => {
    const r = readFrontMatter(
      '---\nlayout: post\ncategory : News\ntagline: ""\ntags : [Startups, Media]\n' +
        'title : Alert: Zorvex runs out of money\n---\nBody',
    );
    expect(r.error).toBeUndefined();
    expect(r.lenient).toMatch(/mapping/i);
    expect(r.data).toEqual({
      layout: 'post',
      category: 'News',
      tagline: '',
      tags: ['Startups', 'Media'],
      title: 'Alert: Zorvex runs out of money',
    });
    expect(r.body).toBe('Body');
  });

  it('leaves valid YAML to the YAML reader', () => {
    const r = readFrontMatter('---\ntitle: "Alert: Zorvex"\n---\nBody');
    expect(r.lenient).toBeUndefined();
    expect(r.data).toEqual({ title: 'Alert: Zorvex' });
  });

  it('does not guess at nested or indented lines: the strict error stands', () => {
    const r = readFrontMatter('---\ntitle : A: B\nauthor:\n  name: Ann\n---\nBody');
    expect(r.error).toBeTruthy();
    expect(r.data).toEqual({});
    expect(r.body).toBe('Body');
  });

  it('keeps a __proto__ key as plain data', () => {
    const r = readFrontMatter('---\n__proto__ : [a]\ntitle : A: B\n---\nBody');
    expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype);
    expect(Object.keys(r.data)).toEqual(['__proto__', 'title']);
  });

  it('does not read tags, anchors or aliases loosely', () => {
    for (const line of ["title: !!js/function 'f'\nx : a: b", 'a: &a [1]\nx : a: b', 'a: *a\nx : a: b']) {
      const r = readFrontMatter(`---\n${line}\n---\nBody`);
      expect(r.data, line).toEqual({});
      expect(r.error, line).toBeTruthy();
    }
  });
});
