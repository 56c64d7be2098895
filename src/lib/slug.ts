import { pinyin } from 'pinyin-pro';

/** A lowercase ASCII slug for a name in any script (Chinese via pinyin), never percent-encoded. */
export function slugify(name: string): string {
  const latin = /\p{Script=Han}/u.test(name)
    ? pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ')
    : name;
  const slug = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}
