import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import matter from 'gray-matter';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/renderMarkdown.ts';
import { generatedName, hostileFixtures, longName, writeGeneratedCorpus } from '../site/hostileCorpus.ts';
import { findExecutable, visibleText } from '../site/hostileScan.ts';

const root = join(import.meta.dirname, '..', '..');
const sentinel = '/tmp/archive-hostile-pwned';
type Warning = { file: string; line: number; name: string; id?: string; kind: string; message: string };
type Report = { blocks: number; written: number; warnings: Warning[]; seconds: number; lines: string[] };

/** Every file under a folder, relative to it, with a hash of its bytes. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  visit(dir);
  return out;
}

// The ingest runs from a folder deep inside a scratch area, so a name that escaped the output
// folder (`../../etc/passwd`, an absolute path made relative …) would land somewhere visible.
const work = mkdtempSync(join(tmpdir(), 'hostile-'));
const cwd = join(work, 'a', 'b', 'c');
const out = join(work, 'out');
const generated = join(work, 'corpus', generatedName);

function ingest(): { status: number | null; stderr: string; ms: number } {
  const started = performance.now();
  const args = [join(root, 'scripts', 'ingest.ts'), '--quiet', '--vocab', join(root, 'content', 'vocab')];
  const r = spawnSync(process.execPath, [...args, '--out', out, hostileFixtures, generated], {
    cwd,
    encoding: 'utf8',
  });
  return { status: r.status, stderr: r.stderr, ms: performance.now() - started };
}
const readReport = () => JSON.parse(readFileSync(`${out}.report.json`, 'utf8')) as Report;
const articles = () =>
  readdirSync(out)
    .sort()
    .map((f) => ({
      file: f,
      ...matter(readFileSync(join(out, f), 'utf8'), {
        engines: { yaml: (s: string) => parse(s, { schema: 'core' }) as object },
      } as never),
    }));

describe('ingest of hostile corpora', () => {
  let first: { status: number | null; stderr: string; ms: number };
  const fixturesBefore = tree(hostileFixtures);
  beforeAll(() => {
    rmSync(sentinel, { force: true });
    mkdirSync(cwd, { recursive: true });
    writeGeneratedCorpus(generated);
    first = ingest();
  }, 120_000);

  it('finishes with exit 0, without a stack trace, in reasonable time', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.ms).toBeLessThan(60_000);
    console.log(`hostile ingest: ${(first.ms / 1000).toFixed(1)} s`);
  });

  it('writes nothing outside its output folder and runs no code from the input', () => {
    const written = Object.keys(tree(work));
    const unexpected = written.filter(
      (f) =>
        !(
          f.startsWith('out/') ||
          f === 'out.report.json' ||
          f === 'out.cache.json' ||
          f === 'out.files.json' ||
          f === `corpus/${generatedName}`
        ),
    );
    expect(unexpected).toEqual([]);
    expect(existsSync(sentinel)).toBe(false);
    expect(tree(hostileFixtures)).toEqual(fixturesBefore);
    expect(readdirSync(join(work, 'a', 'b', 'c'))).toEqual([]);
  });

  it('writes only safe file names, one per surviving block, none overwritten', () => {
    const report = readReport();
    const files = readdirSync(out);
    for (const f of files) expect(f).toMatch(/^[a-z0-9][a-z0-9-]{0,99}\.md$/);
    expect(files).toHaveLength(report.written);
    // Empty blocks never count as read; these are read and then dropped.
    const dropped = report.warnings.filter((w) =>
      ['duplicate', 'no-text', 'failed', 'invalid-front-matter'].includes(w.kind),
    );
    expect(report.written).toBe(report.blocks - dropped.length);
    expect(report.warnings.filter((w) => w.kind === 'failed')).toEqual([]);
    const origins = articles().map((a) => {
      expect(a.data.id).toBe(a.file.slice(0, -3));
      const o = a.data.origin as { file: string; line: number };
      return `${o.file}:${o.line}`;
    });
    expect(new Set(origins).size).toBe(origins.length);
  });

  it('names file:line and block for every warning about a block', () => {
    const corpora = new Map<string, string[]>();
    const lines = (file: string) => {
      if (!corpora.has(file))
        corpora.set(
          file,
          readFileSync(join(cwd, file), 'utf8')
            .replace(/^\uFEFF/, '')
            .split(/\r\n|\r|\n/),
        );
      return corpora.get(file) ?? [];
    };
    for (const w of readReport().warnings) {
      const marker = lines(w.file)[w.line - 1] ?? '';
      if (w.kind === 'preamble') expect([w.line, w.name]).toEqual([1, '']);
      else
        expect(
          marker.startsWith('<<<FILE>>>') && marker.slice(10).trim() === w.name,
          `${w.kind} ${w.file}:${w.line}`,
        ).toBe(true);
    }
  });

  it('reports each hostile case that can be reported', () => {
    const seen = new Set(readReport().warnings.map((w) => `${basename(w.file)} ${w.kind} ${w.name}`));
    const expected = [
      ['controls.txt', 'control-chars', 'nul-bytes.txt'],
      ['controls.txt', 'unsafe-name', 'name-with-\u0000nul.txt'],
      ['controls.txt', 'invalid-utf8', 'invalid-utf8.txt'],
      ['controls.txt', 'control-chars', 'controls.txt'],
      ['controls.txt', 'control-chars', 'ansi.txt'],
      ['controls.txt', 'control-chars', 'bidi-zero-width.txt'],
      ['crlf-bom.txt', 'preamble', ''],
      ['crlf-bom.txt', 'impossible-date', 'crlf-impossible-date.txt'],
      ['fences.txt', 'preamble', ''],
      ['front-matter.txt', 'front-matter', 'fm-alias-bomb.txt'],
      ['front-matter.txt', 'front-matter', 'fm-js-function.txt'],
      ['front-matter.txt', 'front-matter', 'fm-python-apply.txt'],
      ['front-matter.txt', 'front-matter', 'fm-js-engine.txt'],
      ['front-matter.txt', 'front-matter', 'fm-coffee-engine.txt'],
      ['front-matter.txt', 'front-matter', 'fm-not-a-mapping.txt'],
      ['front-matter.txt', 'front-matter', 'fm-unclosed.txt'],
      ['front-matter.txt', 'front-matter', 'fm-broken-yaml.txt'],
      ['front-matter.txt', 'impossible-date', 'fm-impossible-date.txt'],
      ...[
        '../../etc/passwd',
        '..\\..\\windows\\win.ini',
        '/etc/shadow',
        '%2e%2e%2f%2e%2e%2fetc%2fhosts',
        '..',
        'CON',
        'nul.txt',
        '.htaccess',
      ]
        .concat([
          'C:\\Windows\\System32\\drivers\\etc\\hosts',
          'evil\u202etxt.exe',
          'zero\u200bwidth\u200cname.txt',
        ])
        .map((n) => ['names.txt', 'unsafe-name', n]),
      ['names.txt', 'id-clash', 'same-name.txt'],
      ['names.txt', 'duplicate', 'copy-b.txt'],
      ['names.txt', 'duplicate', 'twice.txt'],
      ['names.txt', 'empty-block', 'empty-block.txt'],
      [generatedName, 'unsafe-name', longName],
    ].map((c) => c.join(' '));
    expect(expected.filter((c) => !seen.has(c))).toEqual([]);
  });

  it('renders every article with nothing executable, keeping encoded markup and templates as text', () => {
    const all = articles();
    const byName = (name: string) => all.find((a) => (a.data.origin as { name: string }).name === name);
    for (const a of all) {
      expect(findExecutable(renderMarkdown(a.content), true), a.file).toEqual([]);
      for (const v of Object.values(a.data))
        // eslint-disable-next-line no-control-regex -- no control character may reach a page
        if (typeof v === 'string') expect(v).not.toMatch(/[\u0000-\u0008\u001b\u202e]/);
    }
    const text = (name: string) => visibleText(renderMarkdown(byName(name)?.content ?? ''));
    expect(text('script-disguises.txt')).toContain(
      '<script>alert("entity-encoded")</script> must stay readable',
    );
    expect(text('script-disguises.txt')).toContain('<script>alert(2)</script> stays text');
    expect(text('template-syntax.txt')).toContain('from {{ 7*7 }} to ${7*7} in one day');
    expect(text('template-syntax.txt')).toContain("{{constructor.constructor('alert(1)')()}}");
    expect(text('fm-js-engine.txt')).toContain('must never be evaluated');
    expect(text('fm-alias-bomb.txt')).toContain('must still be archived');
    expect(text('fm-unclosed.txt')).toContain('The closing line of the front matter is missing.');
    expect(text('nested-divs.txt')).toContain('deep text');
    expect(text('long-line.txt').length).toBeGreaterThanOrEqual(49_000);
    expect(text('two-megabytes.txt').length).toBeGreaterThan(1_000_000);
  });

  it('keeps front-matter keys from steering the output', () => {
    const a = articles().find((x) => x.file === 'fm-xss-values.md');
    expect(a?.data.id).toBe('fm-xss-values');
    expect(existsSync(join(work, 'outside'))).toBe(false);
    expect(String(a?.data.title)).not.toMatch(/<script/i);
  });

  it('gives byte-identical output and report on a second run', () => {
    const before = tree(out);
    const report = readReport();
    const again = ingest();
    expect(again.status).toBe(0);
    expect(tree(out)).toEqual(before);
    const strip = (r: Report) => ({ ...r, seconds: 0, lines: r.lines.slice(1) });
    expect(strip(readReport())).toEqual(strip(report));
    expect(readdirSync(work).sort()).toEqual([
      'a',
      'corpus',
      'out',
      'out.cache.json',
      'out.files.json',
      'out.report.json',
    ]);
  }, 120_000);
});
