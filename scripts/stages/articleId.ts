import { createHash } from 'node:crypto';
import { slugify } from '../../src/lib/slug.ts';

/** Short, stable hex digest of a string. */
export function shortHash(text: string, length = 12): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

const MAX_SLUG = 80;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|index)$/;

/**
 * The article id for a block: a lowercase ASCII slug of its name, or a content hash when the
 * block has no name. It never depends on the block's position or on other blocks. A name that
 * is not plain ASCII, is too long or is reserved keeps a readable prefix (pinyin for Chinese)
 * plus a hash of the whole name, so two different names can never meet on one id.
 */
export function articleId(name: string, text: string): string {
  const cleaned = name
    .normalize('NFKC')
    .trim()
    .replace(/\.(txt|md|html?)$/i, '');
  // Trailing blanks depend on where the block sits (the last block of a file keeps the file's final
  // newline), so they must not reach the hash: an unnamed block's id may not depend on its position.
  if (cleaned === '')
    return `a-${shortHash(
      text
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n')
        .trim(),
    )}`;
  const slug = slugify(cleaned);
  // A name of dots and dashes only (`.`, `..`, `-`) has no slug of its own: it takes the hashed form.
  const plain = /^[A-Za-z0-9._-]+$/.test(cleaned) && /[A-Za-z0-9]/.test(cleaned);
  if (plain && slug.length <= MAX_SLUG && !RESERVED.test(slug)) return slug;
  return `${slug.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${shortHash(name, 8)}`;
}
