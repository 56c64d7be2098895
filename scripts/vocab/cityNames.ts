import { pinyin } from 'pinyin-pro';

/** Strip accents and turn curly apostrophes straight: `Zürich` → `Zurich`, `Xi’an` → `Xi'an`. */
export function asciiFold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[ØøŁłĐđ]/g, (c) => ({ Ø: 'O', ø: 'o', Ł: 'L', ł: 'l', Đ: 'D', đ: 'd' })[c]!);
}

/**
 * English name of a Chinese place name by pinyin: syllables joined, first letter capitalised,
 * an apostrophe before a syllable that starts with a vowel (西安 → Xi'an), ü written u.
 */
export function toEnglish(zh: string): string {
  return fromSyllables(pinyin(zh, { toneType: 'none', type: 'array' }));
}

function fromSyllables(syllables: string[]): string {
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return (joined.charAt(0).toUpperCase() + joined.slice(1)).replace(/ü/g, 'u');
}

/**
 * Every English reading of a Chinese name, the usual one first: place names often read a
 * character the rare way (昌都 is Changdu, not Changdou), and the gazetteer join picks the
 * reading GeoNames knows. At most 16 readings.
 */
export function englishReadings(zh: string): string[] {
  let combos: string[][] = [[]];
  const usual = pinyin(zh, { toneType: 'none', type: 'array' });
  [...zh].forEach((ch, i) => {
    const all = [usual[i] ?? ch, ...pinyin(ch, { toneType: 'none', type: 'array', multiple: true })];
    const options = [...new Set(all)].slice(0, combos.length >= 4 ? 1 : 3);
    combos = combos.flatMap((c) => options.map((o) => [...c, o]));
  });
  return [...new Set(combos.map(fromSyllables))];
}

/** Lowercase ASCII slug of an English name: `Hong Kong` → `hong-kong`, `Xi'an` → `xian`. */
export function slugify(name: string): string {
  return asciiFold(name)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
