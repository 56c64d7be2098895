import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findContent, isNavLine } from '../../scripts/stages/findContent.ts';
import { loadBoilerplate } from '../../scripts/vocab/boilerplate.ts';

const region = loadBoilerplate(join(import.meta.dirname, '..', '..', 'content', 'vocab')).region!;

const EN = [
  'The airline said on Friday that it would add daily flights to the city from May, as bookings for the summer were running well ahead of last year.',
  'It said the extra flights would use a larger aircraft at weekends, and that it was also looking at a second route if the first one filled up quickly.',
  'Analysts said that the move was a sign that demand for travel was holding up, though they warned that fuel costs could still squeeze the margins.',
];
const ZH = [
  '示例市住房和城乡建设局10日发布消息，今年全市计划完成两百个老旧小区改造，重点更新供水、供气管道和电梯，并在有条件的小区增设停车位。',
  '據介紹，改造將優先安排建成時間早、居民意願強的小區，改造方案須經過居民議事會討論，施工期間將分批進行，盡量減少對居民生活的影響。',
];

describe('findContent', () => {
  it('finds the article between menus, share bars and footers', () => {
    const lines = [
      'Menu',
      'Subscribe Search My Account Login',
      'A headline about new flights',
      'Facebook',
      'Twitter',
      ...EN,
      'Privacy Policy',
      'Advertise With Us',
    ];
    const r = findContent(lines, region);
    expect([r.start, r.end, r.first]).toEqual([5, 7, 5]);
    expect(r.classes.slice(0, 5).every((c) => c === 'bad')).toBe(true);
    expect(r.classes.slice(8)).toEqual(['bad', 'bad']);
  });

  it('reads simplified and traditional Chinese by function characters and punctuation', () => {
    const r = findContent(['首页', '登录|注册', ...ZH, '网站地图'], region);
    expect([r.start, r.end]).toEqual([2, 3]);
  });

  it('keeps a short line between two paragraphs (a subheading) inside the region', () => {
    const r = findContent([EN[0]!, 'A second route', EN[1]!, EN[2]!], region);
    expect(r.classes).toEqual(['good', 'good', 'good', 'good']);
  });

  it('is not split by a repeated label between paragraphs', () => {
    const label = 'Article content';
    const r = findContent(
      [EN[0]!, label, 'Advertisement', label, 'Story continues below', label, EN[1]!, EN[2]!],
      region,
    );
    expect([r.start, r.end]).toEqual([0, 7]);
  });

  it('finds no region in a page of menus', () => {
    expect(findContent(['Home', 'News', 'Sport', 'Log in'], region).start).toBe(-1);
  });
});

describe('isNavLine', () => {
  it.each([
    'Subscribe Search My Account Login',
    'Home>Articles>Business',
    '点击手机上的确认即可登录',
    '登录|注册',
    'Nation-State Actors Go All-In on Mobile MalwarePrevious article',
    '编辑|张三 责编|李四',
    'National / Crime & Legal',
    'Thanks for signing up!',
  ])('navigation: %s', (line) => expect(isNavLine(line, region)).toBe(true));
  it.each([
    'Example Airways adds flights to Lisbon as summer demand grows',
    '示例市启动老旧小区改造 今年计划完成两百个',
    EN[0]!,
  ])('not navigation: %s', (line) => expect(isNavLine(line, region)).toBe(false));
});
