import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { navPattern, plainNavPattern } from '../../scripts/vocab/navWords.ts';

const vocabWords = (
  parse(readFileSync(join('content', 'vocab', 'boilerplate.yml'), 'utf8')) as {
    content_region: { nav_words: string[] };
  }
).content_region.nav_words;

const compiled = new Map<string[], [RegExp, RegExp]>();

/** Every match of both forms of the pattern, with the flags isNavLine uses. */
function both(words: string[], line: string): [string[], string[]] {
  let res = compiled.get(words);
  if (!res)
    compiled.set(
      words,
      (res = [new RegExp(plainNavPattern(words), 'giu'), new RegExp(navPattern(words), 'giu')]),
    );
  return [line.match(res[0]) ?? [], line.match(res[1]) ?? []];
}

// A small deterministic generator, so a failure names a line that can be run again.
function* lines(words: string[], count: number): Generator<string> {
  let seed = 12345;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const glue = [' ', '  ', ' | ', '·', '', '-', '\t', ', ', '/', '登录', 'x', '9'];
  const cases = [
    (w: string) => w,
    (w: string) => w.toUpperCase(),
    (w: string) => w[0]!.toUpperCase() + w.slice(1),
  ];
  // Letters whose case-insensitive Unicode match is an ASCII one (Kelvin sign, long s).
  const odd = (w: string) => w.replace(/k/g, '\u212a').replace(/s/g, '\u017f');
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let j = 0, n = 1 + next(6); j < n; j++) {
      const w = words[next(words.length)]!;
      const form = next(5) === 0 ? odd(w) : cases[next(cases.length)]!(w);
      parts.push(next(7) === 0 ? form.slice(0, -1) : form, glue[next(glue.length)]!);
    }
    yield parts.join('');
  }
}

describe('the navigation-word pattern', () => {
  it("matches what the plain alternation matches, on lines made of the vocabulary's words", () => {
    let matched = 0;
    for (const line of lines(vocabWords, 5_000)) {
      const [plain, grouped] = both(vocabWords, line);
      expect(grouped, line).toEqual(plain);
      matched += plain.length;
    }
    expect(matched).toBeGreaterThan(5_000);
  });

  it('matches the same on the fixture corpora', () => {
    const dir = join('tests', 'fixtures', 'hostile');
    for (const f of readdirSync(dir))
      for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
        const [plain, grouped] = both(vocabWords, line.slice(0, 300));
        expect(grouped, line).toEqual(plain);
      }
  });

  it('keeps the longest word first where words share a start, and words of digits and symbols', () => {
    const words = [
      'share',
      'share this',
      'share this story',
      'c++',
      '+1',
      '2fa',
      '_x',
      'a.b',
      '分享',
      '分享到',
    ];
    for (const line of lines(words, 5_000)) {
      const [plain, grouped] = both(words, line);
      expect(grouped, line).toEqual(plain);
    }
    expect(both(words, 'Share this story | 分享到 2FA')[1]).toEqual(['Share this story', '分享到', '2FA']);
  });
});
