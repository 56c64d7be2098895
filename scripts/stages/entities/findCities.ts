import type { CityGazetteer } from '../../vocab/cities.ts';
import { chineseCities } from './cities/chinese.ts';
import { englishCities } from './cities/english.ts';

/** What the city recogniser reads: the cleaned title and body paragraphs of one article. */
export interface CityDoc {
  title: string;
  paragraphs: string[];
  lang: 'en' | 'zh';
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z]{3}/;

/**
 * Cities named in an article as places (ANNOTATION.md): canonical English names, sorted and
 * unique. Proper names, time zones, capitals meaning their governments, credit lines and
 * word-like names without a cue do not count; the rules are data in city-context.yml. `names` are
 * the company names the article was found to contain (宁德时代, 深圳回收宝科技有限公司): a city
 * inside one is part of that name.
 */
export function findCities(doc: CityDoc, gaz: CityGazetteer, names: string[] = []): { cities: string[] } {
  const found = new Set<string>();
  for (const text of [doc.title, ...doc.paragraphs]) {
    if (typeof text !== 'string' || text.trim() === '') continue;
    const head = text.trimStart().slice(0, 200);
    if (text.length < 300 && (gaz.rules.enCredit.test(head) || gaz.rules.zhCredit.test(head))) continue;
    // "El Salvador" is a country, not the city of Salvador.
    const inside = [...names, ...gaz.longCountries].filter((n) => text.includes(n));
    if (HAN.test(text)) chineseCities(text, gaz, found, inside);
    if (LATIN.test(text)) englishCities(text, gaz, found, inside);
  }
  return { cities: [...found].sort() };
}
