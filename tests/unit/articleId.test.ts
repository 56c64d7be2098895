import { describe, expect, it } from 'vitest';
import { articleId } from '../../scripts/stages/articleId.ts';

describe('articleId', () => {
  it.each([
    ['003_9e9135087321a43a.txt', '003-9e9135087321a43a'],
    ['en-bbc-business-039.txt', 'en-bbc-business-039'],
    ['Some-Article.TXT', 'some-article'],
  ])('slugs a plain name: %s', (name, id) => expect(articleId(name, 'text')).toBe(id));

  it('uses a content hash when the block has no name', () => {
    expect(articleId('', 'hello')).toMatch(/^a-[0-9a-f]{12}$/);
    expect(articleId('', 'hello')).toBe(articleId('  ', 'hello'));
    expect(articleId('', 'hello')).not.toBe(articleId('', 'other'));
  });

  it.each([
    ['../../etc/passwd'],
    ['..\\..\\x'],
    ['/etc/shadow'],
    ['%2e%2e%2f'],
    ['联想新闻.txt'],
    ['CON'],
    ['index.html'],
    ['a'.repeat(5000)],
    ['quote"s; rm -rf $(x) `y`'],
  ])('gives a safe, hashed slug for an unusual name: %s', (name) => {
    const id = articleId(name, 'x');
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,80}$/);
    expect(id).toMatch(/-[0-9a-f]{8}$/);
  });

  it('never depends on the text when a name is given', () => {
    expect(articleId('a.txt', 'one')).toBe(articleId('a.txt', 'two'));
  });
});

describe('articleId for Chinese names', () => {
  it('uses pinyin, never percent-encoding', () => {
    expect(articleId('联想新闻.txt', 'x')).toMatch(/^lian-xiang-xin-wen-[0-9a-f]{8}$/);
  });
});
