import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../scripts/stages/normaliseText.ts';
import { bodyShape, repairMarkup } from '../../scripts/stages/repairMarkup.ts';
import { sanitizeMarkup } from '../../scripts/stages/sanitizeMarkup.ts';
import { toMarkdown } from '../../scripts/stages/toMarkdown.ts';

// As in the pipeline: the Markdown is normalised again (turndown pads list markers).
const clean = (body: string) => normaliseText(toMarkdown(sanitizeMarkup(repairMarkup(body))));

describe('repairMarkup: shapes', () => {
  it.each([
    ['plain English', 'Lenovo said on Monday.\n\nProfits rose.', 'plain'],
    ['plain Chinese', '联想周一表示。\n利润上升。', 'plain'],
    ['plain text with a comparison', 'If a < b and c > d then 3 <3 4.', 'plain'],
    ['real HTML', '<p>Lenovo said.</p>\n<p>Profits rose.</p>', 'html'],
    ['machine-translated tags', 'Lenovo < / P > < p > said', 'mangled-html'],
    [
      'spaced link with "_ blank"',
      'see < a target = "_ blank" href=" https://x.cn/ "> Lenovo < / a >',
      'mangled-html',
    ],
    ['Markdown article', '**Bold lead**\n\nSee [the report](https://example.com/r).', 'markdown'],
    [
      'Sogou XML record',
      '<doc>\n<url>http://x.cn/1</url>\n<contenttitle>标题</contenttitle>\n<content>正文</content>\n</doc>',
      'html',
    ],
  ])('%s → %s', (_name, body, shape) => {
    expect(bodyShape(body)).toBe(shape);
  });
});

describe('repairMarkup: output', () => {
  it.each([
    [
      'mangled paragraphs become paragraphs',
      'Share < / P > < p > on November 14, Lenovo said. < p > < p > More text.',
      'Share\n\non November 14, Lenovo said.\n\nMore text.',
    ],
    [
      'a mangled link becomes a link',
      'and < a target = "_ blank" href=" https://news.163.com/s?k=%E8%81%94 "> Lenovo < / a > said',
      'and [Lenovo](https://news.163.com/s?k=%E8%81%94) said',
    ],
    [
      'a link that lost its attribute name keeps its target',
      'and < a "_ blank" href=" https://news.163.com/s?k=1 "> District president < / a > Liu',
      'and [District president](https://news.163.com/s?k=1) Liu',
    ],
    [
      'a link that lost its > and text disappears without debris',
      'President and < a target ="_ blank" href=" https://news.163.com/s?k=%E4%B8%AD < a > Liu Jun said',
      'President and Liu Jun said',
    ],
    [
      'attribute debris without a tag goes',
      'Lenovo < / p > target = "_ blank" href=" https://x.cn/ "> Group',
      'Lenovo\n\nGroup',
    ],
    ['a < b in plain text stays literal', 'If a < b and c > d, then <3.', 'If a \\< b and c > d, then \\<3.'],
    [
      // the marks move inside the punctuation so that CommonMark's flanking rule reads them
      'Markdown bold left in HTML text is bold, next to Chinese punctuation too',
      '<p>**李某：**不是这样。</p>\n<p>他说**「示例」**很好。</p>',
      '**李某**：不是这样。\n\n他说「**示例**」很好。',
    ],
    [
      'a Markdown link line in plain text is a link',
      'A plain paragraph of text.\n\n[source >>](https://example.com/a)',
      'A plain paragraph of text.\n\n[source >>](https://example.com/a)',
    ],
    [
      'plain lines are paragraphs, indentation is not structure',
      '  First line.\n\u3000\u3000第二行。\n\n    Third.',
      'First line.\n\n第二行。\n\nThird.',
    ],
    ['HTML line breaks inside Chinese add no space', '<p>联想集团\n  今天发布</p>', '联想集团今天发布'],
    [
      'a Markdown tail under HTML becomes a link',
      '<p>正文。</p>\n\n[返回首页](https://example.com/)',
      '正文。\n\n[返回首页](https://example.com/)',
    ],
    [
      'a bare URL line under HTML becomes a link',
      '<p>Text.</p>\n\n<http://example.com/a>',
      'Text.\n\n[http://example.com/a](http://example.com/a)',
    ],
    [
      'Sogou records keep title and content apart',
      '<doc>\n<url>http://x.cn/1</url>\n<docno>abc</docno>\n<contenttitle>标题</contenttitle>\n<content>正文。</content>\n</doc>',
      'http://x.cn/1\n\n标题\n\n正文。',
    ],
    [
      'Markdown articles keep their structure',
      '# Heading\n\nSome **bold** text.\nNext line.\n\n- one\n- two',
      '# Heading\n\nSome **bold** text.\n\nNext line.\n\n- one\n- two',
    ],
  ])('%s', (_name, body, markdown) => {
    expect(clean(body)).toBe(markdown);
  });

  it('joins hard-wrapped English lines and keeps meant breaks', () => {
    const text = [
      'The company said on Monday that the new centre would employ about 100',
      'engineers by the end of next year, most of them hired locally, and that',
      'it would focus on cloud services for customers across the region.',
      'A new paragraph starts here and it is short.',
    ].join('\n');
    expect(clean(text).split('\n\n')).toEqual([
      'The company said on Monday that the new centre would employ about 100 engineers by the end of next year, most of them hired locally, and that it would focus on cloud services for customers across the region.',
      'A new paragraph starts here and it is short.',
    ]);
  });

  it('joins hard-wrapped Chinese lines without spaces', () => {
    const text = [
      '联想集团今天在北京发布了新一代服务器产品，该产品主要面向金融',
      '和电信行业客户，预计下月开始供货，价格尚未公布。其他厂商也',
      '在准备类似的产品，市场竞争将更加激烈。',
    ].join('\n');
    expect(clean(text)).toBe(
      '联想集团今天在北京发布了新一代服务器产品，该产品主要面向金融和电信行业客户，预计下月开始供货，价格尚未公布。其他厂商也在准备类似的产品，市场竞争将更加激烈。',
    );
  });

  it('does not join short lines such as menus', () => {
    expect(clean('股吧\n新闻\n外汇\n新三板')).toBe('股吧\n\n新闻\n\n外汇\n\n新三板');
  });

  it('finishes on a 2 MB block and a 50,000-character line', () => {
    const sentence =
      'Lenovo said on Monday that its revenue rose, and the company expects more growth next year. ';
    const big =
      `${sentence.repeat(2)}< a target = "_ blank" href=" https://x.cn/?k=%E8 "> Lenovo < / a > < / P > < p >\n`.repeat(
        9_000,
      );
    const line = '<p>' + 'a < b '.repeat(10_000) + '</p>';
    const plain = 'word '.repeat(10_000) + '\n' + 'x'.repeat(50_000);
    repairMarkup(big);
    repairMarkup(line);
    repairMarkup(plain);
    repairMarkup('<'.repeat(50_000) + 'a'.repeat(50_000));
  });
});
