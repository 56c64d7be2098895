import { describe, expect, it } from 'vitest';
import { processBlock } from '../../scripts/pipeline.ts';
import { articleId } from '../../scripts/stages/articleId.ts';
import { readFrontMatter } from '../../scripts/stages/readFrontMatter.ts';
import { loadContext } from '../../scripts/vocab/context.ts';
import { invalidUtf8Lines } from '../../scripts/lib/invalidUtf8.ts';
import { renderMarkdown } from '../../src/lib/renderMarkdown.ts';
import { generatedBlocks, longName } from '../site/hostileCorpus.ts';
import { findExecutable, visibleText } from '../site/hostileScan.ts';

describe('readFrontMatter refuses what could run or explode', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a ---js block',
      '---js\n{ title: (function () { throw new Error("ran") })() }\n---\nBody',
      /not accepted/,
    ],
    ['a ---coffee block', '---coffee\ntitle: do -> 1\n---\nBody', /not accepted/],
    [
      'a !!js/function tag',
      "---\ntitle: !!js/function 'function () { return 1 }'\n---\nBody",
      /Unresolved tag/,
    ],
    [
      'a !!python/object/apply tag',
      '---\ntitle: !!python/object/apply:os.system ["true"]\n---\nBody',
      /Unresolved tag/,
    ],
    ['a YAML syntax error', '---\ntitle: "unterminated\n---\nBody', /quote/i],
    ['a list instead of a mapping', '---\n- a\n- b\n---\nBody', /not a mapping/],
  ];
  for (const [name, text, why] of cases)
    it(`reports ${name} and keeps the body`, () => {
      const r = readFrontMatter(text);
      expect(r.error).toMatch(why);
      expect(r.data).toEqual({});
      expect(r.body).toContain('Body');
    });

  it('stops an alias bomb', () => {
    const levels = 'abcdefghi'.split('');
    const lines = levels.map((l, i) =>
      i === 0
        ? `${l}: &${l} [${Array(9).fill('"lol"').join(',')}]`
        : `${l}: &${l} [${Array(9)
            .fill(`*${levels[i - 1]}`)
            .join(',')}]`,
    );
    const r = readFrontMatter(`---\n${lines.join('\n')}\n---\nBody text`);
    expect(r.error).toMatch(/alias/i);
    expect(r.body).toContain('Body text');
  });

  it('keeps prototype keys as plain data', () => {
    readFrontMatter(
      '---\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n---\nx',
    );
    readFrontMatter('---json\n{"__proto__": {"polluted": "yes"}}\n---\nx');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still reads ordinary front matter, English and Chinese', () => {
    expect(readFrontMatter('---\ntitle: Lenovo opens a lab\ntags: [cloud]\n---\nBody').data).toEqual({
      title: 'Lenovo opens a lab',
      tags: ['cloud'],
    });
    expect(readFrontMatter('---\ntitle: 联想发布新品\n---\n正文').data).toEqual({ title: '联想发布新品' });
  });
});

describe('articleId turns any block name into a safe file name', () => {
  const names = [
    '../../etc/passwd',
    '..\\..\\x',
    '/etc/shadow',
    '%2e%2e%2f',
    '..',
    '.',
    '',
    '   ',
    'CON',
    'con.txt',
    'LPT1',
    '.htaccess',
    'index.html',
    'index',
    'a\u0000b',
    '"q" \'s\'',
    '$(rm -rf /); `id` | x & y > z',
    '--out=/tmp/x',
    'evil\u202etxt.exe',
    'zero\u200bwidth',
    '联想发布新品.txt',
    '🙂🙂',
    longName,
    'C:\\Windows\\win.ini',
  ];
  it('as a lowercase ASCII slug of at most 80 characters, never reserved', () => {
    for (const name of names) {
      const id = articleId(name, `text of ${name}`);
      expect(id, JSON.stringify(name)).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
      expect(id).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d|index)$/);
    }
  });
  it('for an unnamed block, whatever trailing blank lines its position gives it', () => {
    expect(articleId('', 'Headline\n\nBody.\n\n')).toBe(articleId('', 'Headline  \n\nBody.'));
    expect(articleId('', '标题\n\n正文。\n')).toBe(articleId('', '标题\n\n正文。'));
    expect(articleId('', 'Headline\n\nBody.')).not.toBe(articleId('', 'Headline\n\nOther body.'));
  });
  it('without two different hostile names meeting on one id', () => {
    const ids = names.filter((n) => n.trim() !== '').map((n) => articleId(n, 'same text'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('renderMarkdown shows Markdown-level attacks as text', () => {
  const cases = [
    '[click](javascript:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '[click](java\tscript:alert(1))',
    '[click](vbscript:msgbox(1))',
    '[click](data:text/html,<script>alert(1)</script>)',
    '<javascript:alert(1)>',
    '![x](javascript:alert(1))',
    '[x][r]\n\n[r]: javascript:alert(1)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '`<script>` in code and ```\n<script>alert(1)</script>\n```',
    `${'>'.repeat(5000)} deep`,
    `${'['.repeat(5000)}x${'](javascript:alert(1))'.repeat(100)}`,
  ];
  for (const md of cases)
    it(`for ${JSON.stringify(md.slice(0, 50))}`, () => {
      const html = renderMarkdown(md);
      expect(findExecutable(html, true)).toEqual([]);
    });
  it('keeps the words of a raw <script> visible', () => {
    expect(visibleText(renderMarkdown('Use <script>alert(1)</script> here'))).toContain(
      '<script>alert(1)</script>',
    );
  });
});

describe('the pipeline on blocks too big to commit', () => {
  const ctx = loadContext('content/vocab');
  for (const block of generatedBlocks())
    it(`finishes ${block.name.slice(0, 30)} with a readable article`, () => {
      const r = processBlock({ file: 'big.txt', line: 1, ...block }, ctx);
      expect(r.article?.body.length).toBeGreaterThan(5);
      expect(findExecutable(renderMarkdown(r.article?.body ?? ''), true)).toEqual([]);
    });
});

describe('invalidUtf8Lines', () => {
  it('counts lines as splitCorpus does (LF, CRLF and lone CR)', () => {
    const bytes = Buffer.concat([
      Buffer.from('ok\r\nok\rbad '),
      Buffer.from([0xff]),
      Buffer.from('\nok\n'),
      Buffer.from([0xc0, 0xaf]),
    ]);
    expect(invalidUtf8Lines(bytes)).toEqual([3, 5]);
    expect(invalidUtf8Lines(Buffer.from('联想\n新品\n'))).toEqual([]);
  });
});
