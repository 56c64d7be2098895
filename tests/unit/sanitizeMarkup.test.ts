import { describe, expect, it } from 'vitest';
import { safeHref } from '../../scripts/stages/clean/safeHref.ts';
import { sanitizeMarkup } from '../../scripts/stages/sanitizeMarkup.ts';
import { toMarkdown } from '../../scripts/stages/toMarkdown.ts';

const md = (html: string) => toMarkdown(sanitizeMarkup(html));

describe('sanitizeMarkup: nothing executable survives', () => {
  it.each([
    ['script', '<p>a</p><script>alert(1)</script>'],
    ['script in capitals', '<SCRIPT>alert(1)</SCRIPT>'],
    ['style', '<style>body{background:url(javascript:alert(1))}</style>'],
    ['iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['object and embed', '<object data="x.swf"><embed src="x.swf"></object>'],
    ['form and inputs', '<form action="https://evil.example/"><input name="q"><button>Go</button></form>'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['base', '<base href="https://evil.example/">'],
    ['link', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ['event handler', '<p onclick="x()" onmouseover="y()">a</p>'],
    ['svg script', '<svg><script>alert(1)</script></svg>'],
    ['img onerror', '<img src="x" onerror="alert(1)">'],
    ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['tab inside the scheme', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ['entity-encoded letter', '<a href="&#106;avascript:alert(1)">x</a>'],
    ['leading space', '<a href=" javascript:alert(1)">x</a>'],
    ['newline inside the scheme', '<a href="java\nscript:alert(1)">x</a>'],
    ['encoded colon', '<a href="javascript&colon;alert(1)">x</a>'],
    ['vbscript', '<a href="vbscript:msgbox(1)">x</a>'],
    ['data URL', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>'],
    ['noscript content', '<noscript><p>enable JS</p></noscript>'],
  ])('%s', (_name, html) => {
    const out = sanitizeMarkup(html);
    expect(out).not.toMatch(
      /<(script|style|iframe|object|embed|form|input|button|meta|base|link|svg|noscript)\b/i,
    );
    expect(out).not.toMatch(/\son\w+=|javascript|vbscript|data:|alert\(1\)|evil\.example/i);
  });

  it('external links get rel="nofollow noopener noreferrer"', () => {
    expect(sanitizeMarkup('<a href="https://example.com/x" rel="author" target="_blank">x</a>')).toBe(
      '<a href="https://example.com/x" rel="nofollow noopener noreferrer">x</a>',
    );
  });

  it('hidden elements are dropped with their text', () => {
    expect(sanitizeMarkup('<p style="display: none">hidden</p><p hidden>gone</p><p>seen</p>')).toBe(
      '<p>seen</p>',
    );
  });

  it('layout containers become blocks so text does not run together', () => {
    expect(md('<section>one</section><article>two</article><center>three</center>')).toBe(
      'one\n\ntwo\n\nthree',
    );
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['  http://example.com/a b  ', 'http://example.com/a%20b'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['HTTPS://EXAMPLE.COM', 'https://example.com/'],
    ['javascript:alert(1)', undefined],
    ['jav\tascript:alert(1)', undefined],
    ['\u0001javascript:alert(1)', undefined],
    ['java\u200bscript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['/relative/path', undefined],
    ['//cdn.example.com/x', undefined],
    ['#anchor', undefined],
    ['file:///etc/passwd', undefined],
    ['http://', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(safeHref(raw)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  it.each([
    [
      'entity-encoded script stays visible text',
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
      '\\<script>alert(1)\\</script>',
    ],
    [
      'Markdown link syntax in text stays text',
      '<p>[x](javascript:alert(1))</p>',
      '\\[x\\](javascript:alert(1))',
    ],
    [
      'text split around an empty link cannot form a link',
      '<p>[x]<a>(javascript:alert(1))</a></p>',
      '\\[x\\](javascript:alert(1))',
    ],
    [
      'an image keeps a meaningful alt as a caption line',
      '<p><img alt="Workers in Wuhan"></p>',
      '*Image: Workers in Wuhan*',
    ],
    ['an image with a file-name alt disappears', '<p>a</p><p><img alt="IMG_2041.JPG"></p>', 'a'],
    ['a linked image disappears', '<p>a<a href="https://x.cn/"><img alt="Buy now"></a></p>', 'a'],
    [
      'a figure shows its caption, not its alt',
      '<figure><img alt="alt text"><figcaption>The <em>caption</em></figcaption></figure>',
      '*Image: The caption*',
    ],
    ['an empty link disappears', '<p>a <a href="https://x.cn/"> </a>b</p>', 'a b'],
    ['a link without a target keeps its text', '<p>see <a>the report</a></p>', 'see the report'],
    ['link targets are escaped', '<p><a href="https://x.cn/a(1)">x</a></p>', '[x](https://x.cn/a%281%29)'],
    [
      'split emphasis is merged',
      '<p><strong>打造“新I</strong><strong>T Partner</strong><strong>”新身份</strong></p>',
      '**打造“新IT Partner”新身份**',
    ],
    [
      'punctuation moves out of emphasis next to a letter',
      '<p><strong>持续创新。</strong>联想推出</p>',
      '**持续创新**。联想推出',
    ],
    ['punctuation stays inside emphasis at a boundary', '<p><strong>“标题”</strong></p>', '**“标题”**'],
    ['nested emphasis is not doubled', '<p><strong><strong>精彩</strong></strong></p>', '**精彩**'],
    ['a line break separates paragraphs', '<p>one<br>two</p>', 'one\n\ntwo'],
    ['a line break in a list item is a space', '<ul><li>one<br>two</li></ul>', '-   one two'],
    [
      'a headerless table gets its first row as heading',
      '<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2|3</td></tr></table>',
      '| a | b |\n| --- | --- |\n| 1 | 2\\|3 |',
    ],
    [
      'a layout table becomes blocks',
      '<table><tr><td><p>one</p></td><td><p>two</p></td></tr></table>',
      'one\n\ntwo',
    ],
  ])('%s', (_name, html, expected) => {
    expect(md(html)).toBe(expected);
  });

  it('the fast path for plain paragraphs matches turndown', () => {
    const html = '<p>a &lt; b &amp; c *d* _e_ [f](g) # h</p>\n<p>  1. list?  </p><p>- dash</p><p></p>';
    expect(toMarkdown(html)).toBe(toMarkdown(`${html}<div></div>`));
  });
});
