import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  datelineDate,
  datelinePrefixDate,
  frontMatterDate,
  isoDay,
  nameDays,
  statedDates,
  updateDate,
} from '../../scripts/stages/meta/findDate.ts';
import { loadSites } from '../../scripts/vocab/sites.ts';

const sites = loadSites(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const iso = (d: { iso: string | null } | null) => d?.iso ?? null;

describe('statedDates', () => {
  it.each([
    // English and Chinese forms side by side
    ['May 13, 2014', '2014-05-13'],
    ['2014年5月13日', '2014-05-13'],
    ['13 May 2014', '2014-05-13'],
    ['２０１２年６月１日', '2012-06-01'],
    ['Jan. 5th, 2015', '2015-01-05'],
    ['2019-09-07T06:52:51+08:00', '2019-09-07'],
    ['2024/05/1705:17:32', '2024-05-17'],
    ['2018.12.28 19:55', '2018-12-28'],
    ['13/05/2014', '2014-05-13'],
    ['05/13/2014', '2014-05-13'],
    // a month glued to the word before it, a year glued to the time after it
    ['Example PressApril 28, 2023 GMT', '2023-04-28'],
    ['2 minute readApril 25, 20232:26 PM GMT+2', '2023-04-25'],
    ['www.example.com2006年02月01日 20:00:35来源：示例网', '2006-02-01'],
  ])('reads %s', (text, day) => expect(statedDates(text).map((d) => d.iso)).toEqual([day]));

  it.each([
    ['On November 14, the group said', '11月14日，集团表示'],
    ['as early as 2017', '早在2017年'],
    ['in June 2012', '２０１２年６月'],
    ['https://news.example.com/2021-06-01/doc.shtml', 'http://gongyi.example.com/20120629/n346847569.shtml'],
    ['05/06/2014 (day or month?)', '版本 20120629'],
  ])('states no full date: %s | %s', (en, zh) => {
    expect(statedDates(en)).toEqual([]);
    expect(statedDates(zh)).toEqual([]);
  });

  it.each([
    ['February 30, 2023', '2023年2月30日'],
    ['2019-13-01', '2019年13月1日'],
    ['31 April 2020', '2020年4月31日'],
    ['February 29, 2023', '2023年2月29日'],
  ])('refuses an impossible day instead of rolling it over: %s | %s', (en, zh) => {
    for (const t of [en, zh]) {
      const [d] = statedDates(t);
      expect(d?.iso).toBeNull();
      expect(d?.problem).toMatch(/not a real day/);
    }
  });

  it('accepts a leap day', () => expect(isoDay(2024, 2, 29)).toBe('2024-02-29'));
});

describe('datelineDate', () => {
  it.each([
    ['2018年12月28日 19:55', '2018-12-28'],
    ['Published 5:00 p.m. ET, Jan 5, 2015', '2015-01-05'],
    ['2019-09-07 19:53:27 来源: 示例经济新闻', '2019-09-07'],
    ['By Jane Doe | March 3, 2015', '2015-03-03'],
    ['2024/05/1705:17:32 technology 1770', '2024-05-17'],
    ['示例中文站2016年10月14日07:17', '2016-10-14'],
  ])('reads the date of a dateline: %s', (text, day) => expect(iso(datelineDate(text, sites))).toBe(day));

  it.each([
    ['People walk past the exchange building in Mumbai May 13, 2014.'],
    ['2019年6月3日，工人在无锡工厂检查光伏板。李明 摄'],
    ['Workers inspect panels, June 3, 2019. Photo by Li Ming'],
    ['© 2019 Example News. All rights reserved.'],
    ['Updated: June 4, 2019 10:00'],
    ['更新时间：2019年6月4日 10:00'],
    ['3月15日 10:20 来源：示例晚报'],
    ['The company was founded on May 1, 2004 in a small flat in Hangzhou.'],
  ])('is no dateline: %s', (text) => expect(datelineDate(text, sites)).toBeNull());
});

describe('datelinePrefixDate', () => {
  it.each([
    ['新华社北京2015年3月3日电 今天，示例公司宣布', '2015-03-03'],
    ['BEIJING, March 3, 2015 (Reuters) - Example Corp said', '2015-03-03'],
    ['长江网10月4日讯（记者 张三）国庆长假过半', null],
    ['MUMBAI (Reuters) - The index ended flat on Tuesday', null],
    ['华为2015年3月3日在电视上宣布新品', null],
    ['The deal, signed on March 3, 2015, will close next year - analysts said', null],
  ])('%s', (text, day) => expect(iso(datelinePrefixDate(text))).toBe(day));
});

describe('compact and update datelines', () => {
  it.each([
    ['20220428', '2022-04-28'],
    ['20220428223328', '2022-04-28'],
    ['20221340', null],
    ['123456789', null],
    ['2 minute readApril 25, 20232:26 PM GMT+2Last Updated 9 min ago', '2023-04-25'],
    ['By Jane Doe · 5 min read · March 3, 2021', '2021-03-03'],
  ])('a line that is only a timestamp or a decorated date: %s → %s', (text, day) =>
    expect(iso(datelineDate(text, sites))).toBe(day),
  );

  it.each([
    ['Updated: January 16, 2020', '2020-01-16'],
    ['更新时间：2021年3月4日 10:00', '2021-03-04'],
    ['January 16, 2020', null],
    ['Updated: a minute ago', null],
  ])('an update label: %s → %s', (text, day) => expect(iso(updateDate(text, sites))).toBe(day));
});

describe('frontMatterDate', () => {
  it.each([
    ['2022-04-29 15:52:33 +0800', '2022-04-29'],
    // the source's own calendar day: 23:30 in UTC+8 is not moved to UTC
    ['2022-04-29 23:30:00 +0800', '2022-04-29'],
    ['2023-06-07T20:54:26.829Z', '2023-06-07'],
    ['Fri, 29 Apr 2022 15:52:33 +0800', '2022-04-29'],
    ['2020-02-14', '2020-02-14'],
  ])('%s → %s', (value, day) => expect(iso(frontMatterDate(value))).toBe(day));

  it.each([[20220429], [''], ['2022'], ['2022-04'], [null], [{ y: 2022 }], [['2022-04-29']]])(
    'states no date: %j',
    (value) => expect(iso(frontMatterDate(value))).toBeNull(),
  );

  it.each([
    // day over 12: only one reading exists
    ['22-12-2020 16:27:07 +05:30', new Set<string>(), '2020-12-22'],
    ['12-22-2020', new Set<string>(), '2020-12-22'],
    ['03-03-2021 09:00', new Set<string>(), '2021-03-03'],
    // both readings are days: the block name decides, or nothing does
    ['06-07-2021 10:01:58 +05:30', nameDays('en-blog-2021-07-06-a-post.md'), '2021-07-06'],
    ['06-07-2021 10:01:58 +05:30', nameDays('en-blog-2021-06-07-a-post.md'), '2021-06-07'],
    ['06-07-2021 10:01:58 +05:30', nameDays('en-blog-a-post.md'), null],
    ['06-07-2021', nameDays('en-blog-2021-08-01-a-post.md'), null],
  ])('day and month that could swap: %s (%j) → %s', (value, hints, day) =>
    expect(iso(frontMatterDate(value, hints))).toBe(day),
  );

  it('keeps the day of a date object as YAML would give it', () => {
    expect(iso(frontMatterDate(new Date('2020-02-14T00:00:00Z')))).toBe('2020-02-14');
  });
});
