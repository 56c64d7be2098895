import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../scripts/stages/stripBoilerplate.ts';
import { loadBoilerplate } from '../../scripts/vocab/boilerplate.ts';

const vocab = loadBoilerplate(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const ARTICLE = 'Lenovo said on Monday that its quarterly revenue rose by eight percent, beating forecasts.';
const ARTICLE_ZH = '联想集团周一表示，其季度营收增长百分之八，超出市场预期，股价随之上涨。';
const strip = (paragraphs: string[], title?: string) => stripBoilerplate(paragraphs, vocab, { title });

describe('stripBoilerplate: whole paragraphs', () => {
  it.each([
    ['Skip to content', 'navigation'],
    ['跳到主要内容', 'navigation'],
    ['网易首页 > 新闻中心 > 新闻 > 正文', 'navigation'],
    ['[返回中国发展网新闻](https://x.cn/)｜[返回首页](https://x.cn/)', 'navigation'],
    ['Share with friends and circle of friends with wechat QR code', 'share-widget'],
    ['分享到：', 'share-widget'],
    ['扫一扫，分享到朋友圈', 'share-widget'],
    ['to learn more knowledge, quickly add cloud network hunting WeChat public account:', 'follow-prompt'],
    ['关注我们的微信公众号，获取更多资讯', 'follow-prompt'],
    ['technology Category Latest News', 'category-line'],
    ['2024/05/1705:17:32 technology 1770', 'dateline'],
    ['2019-09-07 19:53:27 来源: 每日经济新闻', 'dateline'],
    ['TNW中文站2016年10月14日07:17', 'dateline'],
    ['2323', 'counter'],
    ['阅读 1770', 'counter'],
    ['\\[Edit: Zhang Ling\\]', 'editor'],
    ['责任编辑：霍琦', 'editor'],
    ['（编辑：张华）', 'editor'],
    ['【编辑：姚昊】', 'editor'],
    ['(Reporting by Indulal PM; Editing by Sunil Nair)', 'credit'],
    ['（文章来源：中国发展网）', 'source'],
    ['来源：新华社', 'source'],
    ['史建磊 本文来源：每日经济新闻', 'source'],
    ['原标题：联想发布新一代服务器', 'original-title'],
    ['（此文独家供稿腾讯平台，未经授权，不得转载）', 'copyright'],
    ['(word/jing-jing fan)', 'byline'],
    ['reporter Xia Houfengchao', 'byline'],
    ['<http://finews.example.com/x.html>', 'url'],
    ['[http://finews.example.com/x\\_y.html](http://finews.example.com/x_y.html)', 'url'],
    ['*Image: 点击查看高清原图*', 'image-alt'],
  ])('%s → %s', (paragraph, kind) => {
    const { kept, removed } = strip([ARTICLE, paragraph, ARTICLE_ZH]);
    expect(kept).toEqual([ARTICLE, ARTICLE_ZH]);
    expect(removed.map((r) => r.kind)).toEqual([kind]);
  });

  it.each([
    ['a sentence about sharing', 'The company will share its results with investors on Tuesday, it said.'],
    [
      'a sentence mentioning WeChat',
      'Tencent said WeChat now has more than a billion users, up from last year.',
    ],
    ['a Chinese sentence about an editor', '该报编辑部表示，将继续关注此事的进展并及时报道。'],
    [
      'a dateline opening real text',
      '新华社北京5月3日电（记者王敏）联想集团3日在北京发布了新一代服务器产品。',
    ],
    ['a short heading', 'Results at a glance'],
    ['a section number', '**1**'],
    ['two places joined by a slash', 'The firm moved staff from the office in Guangzhou/Shenzhen.'],
    ['an agency named in a sentence', 'The figures were first reported by Reuters.'],
  ])('keeps %s', (_name, paragraph) => {
    expect(strip([ARTICLE, paragraph, ARTICLE_ZH]).kept).toEqual([ARTICLE, paragraph, ARTICLE_ZH]);
  });
});

describe('stripBoilerplate: fragments, runs and repeats', () => {
  it('cuts a share widget glued to the first sentence and keeps the sentence', () => {
    const { kept, removed } = strip([
      'Share with friends and circle of friends with wechat QR code on November 14, Lenovo said.',
    ]);
    expect(kept).toEqual(['on November 14, Lenovo said.']);
    expect(removed).toEqual([
      { kind: 'share-widget', text: 'Share with friends and circle of friends with wechat QR code' },
    ]);
  });

  it.each([
    ['a translator credit', `${ARTICLE_ZH}（编译/林靖东）`, 'editor'],
    ['a source in brackets', `${ARTICLE_ZH}（来源：广州日报）`, 'source'],
    ['a photo credit', `${ARTICLE_ZH} 图片来源：摄图网`, 'image-credit'],
    ['a photographer and agency after a caption', `${ARTICLE} Jane Doe/Reuters files`, 'image-credit'],
    [
      'an English share widget',
      `${ARTICLE} share with friends and circle of friends by scanning QR code on wechat`,
      'share-widget',
    ],
  ])('cuts %s from the end of a paragraph', (_name, paragraph, kind) => {
    const { kept, removed } = strip([paragraph]);
    expect(kept).toHaveLength(1);
    expect([ARTICLE, ARTICLE_ZH]).toContain(kept[0]);
    expect(removed.map((r) => r.kind)).toEqual([kind]);
  });

  it.each([
    ['相关新闻', ['[华为发布新手机](https://x.cn/1)', '[小米发布新平板](https://x.cn/2)'], 'related'],
    [
      'Related articles',
      ['[Huawei unveils phone](https://x.com/1)', '[Xiaomi tablet](https://x.com/2)'],
      'related',
    ],
    ['推荐阅读', ['- [一](https://x.cn/1)\n- [二](https://x.cn/2)'], 'related'],
    ['发表评论', ['网友评论仅供其表达个人看法', '登录|注册'], 'comments'],
    ['Leave a comment', ['You must be logged in to post a comment.'], 'comments'],
  ])('removes a %s tail', (marker, tail, kind) => {
    const { kept, removed } = strip([ARTICLE, ARTICLE_ZH, marker, ...tail]);
    expect(kept).toEqual([ARTICLE, ARTICLE_ZH]);
    expect(removed[0]).toEqual({ kind, text: marker });
    expect(removed).toHaveLength(tail.length + 1);
  });

  it('a tail marker does not swallow the long article text after it', () => {
    const { kept } = strip(['Read more', ARTICLE + ' ' + ARTICLE, ARTICLE_ZH + ARTICLE_ZH + ARTICLE_ZH]);
    expect(kept).toHaveLength(2);
  });

  it('removes a menu of short lines, English and Chinese', () => {
    const { kept, removed } = strip([
      '股吧',
      '新闻',
      '外汇',
      '新三板',
      ARTICLE_ZH,
      'Home',
      'World',
      'Business',
      'Tech',
      ARTICLE,
    ]);
    expect(kept).toEqual([ARTICLE_ZH, ARTICLE]);
    expect(new Set(removed.map((r) => r.kind))).toEqual(new Set(['navigation']));
  });

  it('keeps a repeated caption once and drops copies with a site suffix', () => {
    const caption =
      'Reporter Xia Recently, there was news that Huawei will soon settle in Jinan. What kind of signa';
    const { kept, removed } = strip([
      caption,
      ARTICLE,
      `${caption} - DayDayNews`,
      ARTICLE_ZH,
      `${caption} - DayDayNews`,
    ]);
    expect(kept).toEqual([caption, ARTICLE, ARTICLE_ZH]);
    expect(removed.map((r) => r.kind)).toEqual(['repeated', 'repeated']);
  });

  it('drops a truncated copy of a longer paragraph but keeps the full one', () => {
    const { kept, removed } = strip([ARTICLE_ZH.slice(0, 20), ARTICLE_ZH, ARTICLE]);
    expect(kept).toEqual([ARTICLE_ZH, ARTICLE]);
    expect(removed).toEqual([{ kind: 'repeated', text: ARTICLE_ZH.slice(0, 20) }]);
  });

  it('removes image lines and paragraphs that repeat the headline', () => {
    const title = '顺丰小哥汪勇连升3级，国家授予特别奖_新闻中心';
    const { kept, removed } = strip(['*Image: 顺丰小哥汪勇连升3级，国家授予特别奖*', ARTICLE_ZH], title);
    expect(kept).toEqual([ARTICLE_ZH]);
    expect(removed.map((r) => r.kind)).toEqual(['title-repeat']);
  });

  it('removes a trailing list of links and dates', () => {
    const tail = [
      '#### [观察员](https://x.cn/)',
      '【回顾】来聊聊[聊吧](https://x.cn/1)',
      '2019-09-09',
      '美国农民警告白宫[观学院](https://x.cn/2)',
      '2019-09-09',
    ];
    expect(strip([ARTICLE_ZH, ARTICLE, ...tail]).kept).toEqual([ARTICLE_ZH, ARTICLE]);
  });

  it('finishes on a 2 MB block and a 50,000-character paragraph', () => {
    const text =
      'says that Lenovo and 联想 reported results on 2024/05/17, with revenue up and profit flat, analysts said. ';
    const many = Array.from({ length: 8_000 }, (_, i) => `Paragraph ${i} ${text.repeat(2)}- Site`);
    const long = ['x'.repeat(50_000), '分享到'.repeat(16_000), `${'a '.repeat(25_000)}（来源：x）`];
    expect(strip(many).kept.length).toBeGreaterThan(0);
    const { kept, removed } = strip(long);
    expect(kept.length + removed.length).toBeGreaterThan(0);
  });
});
