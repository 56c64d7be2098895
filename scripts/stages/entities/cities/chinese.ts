import type { CityGazetteer, NameEntry } from '../../../vocab/cities.ts';
import { pairSlot } from '../../clean/han.ts';
import { standsAlone } from '../segment.ts';
import { insideName } from './insideName.ts';

const OPEN = '“「『《';
const NUMERAL = /[0-9０-９一二三四五六七八九十几两]/;
const CLOSE = '”」』》';

/**
 * Is [i, end) inside a quoted name longer than the city ("昆明—蒙特利尔全球生物多样性框架", 《上海
 * 滩》)? A quoted city alone (“上海”) or with a character or two still names the city.
 */
function inQuotedName(text: string, i: number, end: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= Math.max(0, i - 30); k--) {
    if (CLOSE.includes(text.charAt(k))) return false;
    if (OPEN.includes(text.charAt(k))) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = end; k < Math.min(text.length, end + 40); k++) {
    if (OPEN.includes(text.charAt(k))) return false;
    if (CLOSE.includes(text.charAt(k))) return k - open - 1 > end - i + 2;
  }
  return false;
}

/** Does the mention of `name` at `i` count as the city (see city-context.yml)? */
function counts(text: string, i: number, name: string, entry: NameEntry, gaz: CityGazetteer): boolean {
  const r = gaz.rules;
  const end = i + name.length;
  // 山东营销 holds 东营, 江西安 holds 西安: a match that starts inside a province name is not one.
  if (i > 0 && gaz.provinces.has(text.slice(i - 1, i + 1))) return false;
  if (r.zhProperBefore.some((p) => text.startsWith(p, i - p.length))) return false;
  if (inQuotedName(text, i, end)) return false;
  if (r.zhUnits.includes(name.charAt(0)) && NUMERAL.test(text.charAt(i - 1))) return false;
  // Only a short window is searched: an indexOf over the whole text per mention is quadratic.
  const from = Math.max(0, i - 8);
  const near = text.slice(from, end + 8);
  for (const w of r.zhInside) {
    const at = near.indexOf(w, Math.max(0, i - from - w.length + 1));
    if (at !== -1 && at + from < end && at + from + w.length > i) return false;
  }
  const withShi = text.startsWith('市', end) && !text.startsWith('市场', end);
  const rest = text.slice(withShi ? end + 1 : end, end + 20);
  if (r.zhProperAfter.some((s) => rest.startsWith(s))) return false;
  if (r.zhNameEndings.some((e) => e.test(rest))) return false;
  if (entry.city.capital && r.zhGovAfter.some((s) => rest.startsWith(s))) return false;
  if (!entry.needsCue) return true;
  const lead = text.slice(Math.max(0, i - 3), i);
  return withShi || lead.endsWith('省') || [...gaz.provinces].some((p) => lead.endsWith(p));
}

/** Add to `found` the canonical names of the cities named in one Chinese paragraph, short forms included. */
export function chineseCities(
  text: string,
  gaz: CityGazetteer,
  found: Set<string>,
  companyNames: string[] = [],
): void {
  const pairs = gaz.chinesePairs;
  for (let i = 0; i < text.length; i++) {
    // Two characters as the lookup key has them (one at the end of the text), hashed: most
    // characters are ruled out here without slicing a key.
    if (!pairs[pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1))]) continue;
    const names = gaz.chineseByFirst.get(text.slice(i, i + 2));
    if (!names) continue;
    for (const name of names) {
      if (!text.startsWith(name, i)) continue;
      const entry = gaz.chinese.get(name)!;
      // A city already found needs no second look; long texts repeat names many times.
      if (
        !found.has(entry.city.name) &&
        counts(text, i, name, entry, gaz) &&
        !insideName(text, i, i + name.length, companyNames) &&
        standsAlone(text, i, i + name.length)
      )
        found.add(entry.city.name);
      i += name.length - 1;
      break;
    }
  }
  for (const { city, re } of gaz.rules.zhShortForms) {
    re.lastIndex = 0;
    if (!found.has(city) && re.test(text)) found.add(city);
  }
}
