import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTitle, deriveTitle, headlineShaped } from '../../scripts/stages/meta/findTitle.ts';
import { loadSites } from '../../scripts/vocab/sites.ts';

const sites = loadSites(join(import.meta.dirname, '..', '..', 'content', 'vocab'));

describe('cleanTitle', () => {
  it.each([
    // [raw, title, site] — English and Chinese forms side by side
    [
      'Sensex ends flat; weaker markets offset hopes | Reuters',
      'Sensex ends flat; weaker markets offset hopes',
      'Reuters',
    ],
    ['外媒眼中的长假：欢声笑语_首页武汉_新闻中心_长江网_cjn.cn', '外媒眼中的长假：欢声笑语', '长江网'],
    [
      'Old Batteries Could Power Homes | MIT Technology Review',
      'Old Batteries Could Power Homes',
      'MIT Technology Review',
    ],
    [
      '新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网',
      '新电脑已可利用记忆自学 人工智能迈上新台阶',
      '腾讯网',
    ],
    [
      'What kind of signal has been released - DayDayNews',
      'What kind of signal has been released',
      'DayDayNews',
    ],
    ['示例公司发布新一代芯片 - BBC中文网 - 两岸三地', '示例公司发布新一代芯片', 'BBC中文网'],
    ['Markets rally on rate hopes - Daily Example News', 'Markets rally on rate hopes', 'Daily Example News'],
    ['示例集团营收创新高｜示例日报', '示例集团营收创新高', '示例日报'],
    ['Headline about a deal | example.com', 'Headline about a deal', null],
    ['示例新闻标题_example.com.cn', '示例新闻标题', null],
    ['【转载】示例公司发布新一代芯片', '示例公司发布新一代芯片', null],
    ['【transfer】Example Corp Buys A Small Games Studio', 'Example Corp Buys A Small Games Studio', null],
    ['[Repost] Example Corp Buys A Small Games Studio', 'Example Corp Buys A Small Games Studio', null],
  ])('strips site tails and repost markers: %s', (raw, title, site) => {
    expect(cleanTitle(raw, sites)).toEqual({ title, site });
  });

  it.each([
    ['武汉喝茶论坛:The Second Headquarters gathered in Wuhan', 'The Second Headquarters gathered in Wuhan'],
    [
      '某某财经论坛：Lenovo opens a research centre in Hong Kong',
      'Lenovo opens a research centre in Hong Kong',
    ],
  ])('strips a site prefix before an English headline: %s', (raw, title) => {
    expect(cleanTitle(raw, sites).title).toBe(title);
  });

  it.each([
    // Separators inside a headline that are not followed by a site name stay.
    [
      'Yantai bureau - a government agency - sells stake',
      'Yantai bureau - a government agency - sells stake',
    ],
    ['黄某：10年内捐500亿 不再信任官办慈善机构', '黄某：10年内捐500亿 不再信任官办慈善机构'],
    [
      'China Three Gorges | Annual results for investors',
      'China Three Gorges | Annual results for investors',
    ],
    ['扎克伯格携妻罗马当街吃麦当劳午餐（组图）', '扎克伯格携妻罗马当街吃麦当劳午餐（组图）'],
  ])('keeps a headline with no site tail: %s', (raw, title) => {
    expect(cleanTitle(raw, sites).title).toBe(title);
  });

  it.each([
    ['黄某：１０年内捐５００亿　不再信任', '黄某：10年内捐500亿 不再信任'],
    ['ＣＣＴＶ：Ｒ＆Ｄ投入增长１５％', 'CCTV:R&D投入增长15%'],
    ['示例（ＩＴ）公司：Ｔ恤销量', '示例（IT）公司：T恤销量'],
    ['Example &amp; Co. reports &quot;record&quot; profit', 'Example & Co. reports "record" profit'],
    ['**Bold** headline with [a link](http://example.com)', 'Bold headline with a link'],
  ])('normalises width, entities and Markdown: %s', (raw, title) => {
    expect(cleanTitle(raw, sites).title).toBe(title);
  });
});

describe('headlineShaped', () => {
  it.each([
    ["China 'to overtake US net use'", true],
    ['60万"账号"外泄? 中铁总辟谣称消息不实', true],
    ['Why He Zhijiang: lenovo cloud services and research and development center in Hong Kong', true],
    ['扎克伯格携妻罗马当街吃30元麦当劳午餐（组图）', true],
    // teaser cut mid-word, several sentences
    [
      'Recently, there was news that Huawei will settle in Jinan. Since the beginning of this year, Huawei and Jinan have increased exchanges. What kind of signa',
      false,
    ],
    ['最近，武汉一个快递员被火线提拔为分公司经理。', false],
    ['People walk past the exchange building in Mumbai May 13, 2014.', false],
    ['新三板', false],
    ['Menu', false],
    ['网易首页 > 新闻中心 > 新闻 > 正文', false],
    ['Home › News › Business', false],
    ['https://example.com/news/1', false],
    ['2018-12-28 19:55', false],
    ['英国《泰晤士报》：', false],
    // a line continuing another (a teaser under a related link)
    ['…as example communities say their homes were damaged', false],
    ['...示例社区居民称房屋受损', false],
  ])('%s → %s', (text, shaped) => expect(headlineShaped(text)).toBe(shaped));
});

describe('deriveTitle', () => {
  it.each([
    ['The bank cut its rate. It said more cuts may follow.', 'The bank cut its rate'],
    ['示例公司5日宣布新工厂投产。首期雇用员工300人。', '示例公司5日宣布新工厂投产'],
    [
      'on November 14, Lenovo Group Executive Vice President and District president Liu Jun disclosed in an interview that the target is US $1 billion.',
      'On November 14, Lenovo Group Executive Vice President and District president Liu…',
    ],
    [
      '据介绍，广州将于今年年底前选择一到两个生活小区试点垃圾费按袋计量收费模式，厨余垃圾排放免费，其他垃圾排放计量收费。',
      '据介绍，广州将于今年年底前选择一到两个生活小区试点垃圾费按袋计量收费模式…',
    ],
    ['', ''],
  ])('%s', (text, title) => expect(deriveTitle(text)).toBe(title));

  it('never exceeds a short length', () => {
    expect(deriveTitle('word '.repeat(500)).length).toBeLessThanOrEqual(82);
    expect([...deriveTitle('很长的句子'.repeat(200))].length).toBeLessThanOrEqual(41);
  });
});
