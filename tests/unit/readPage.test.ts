import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBody } from '../../scripts/stages/clean/cleanBody.ts';
import { isWholePage, readPage } from '../../scripts/stages/readPage.ts';
import { loadBoilerplate } from '../../scripts/vocab/boilerplate.ts';
import { loadSites } from '../../scripts/vocab/sites.ts';

const vocabDir = join(import.meta.dirname, '..', '..', 'content', 'vocab');
const sites = loadSites(vocabDir);
const boilerplate = loadBoilerplate(vocabDir);
const para = (s: string) =>
  `<p>${s} ${'The company said the plan would take two years to finish. '.repeat(3)}</p>`;
const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/login">Log in</a></nav>${body}<footer>© 2024 Example</footer></body></html>`;

describe('isWholePage', () => {
  it.each([
    ['a document', page('<title>A</title>', para('Text.'))],
    [
      'a cut-out holding the page headline',
      `${'<div>'.repeat(10)}<h1>Headline</h1>${para('Text.')}${'</div>'.repeat(10)}`,
    ],
    [
      'markup that is mostly links',
      `<div>${Array.from({ length: 12 }, (_, i) => `<a href="/${i}">Related story number ${i}</a>`).join(' ')}</div>${para('Short.')}`,
    ],
  ])('%s is a page', (_, html) => expect(isWholePage(html)).toBe(true));

  it.each([
    ['an article body', `${para('One.')}${para('Two <a href="https://example.com">a source</a>.')}`],
    ['plain text', 'A headline\n\nA paragraph of text.'],
    ['Markdown', '# Title\n\nSome *text* with [a link](https://example.com).'],
  ])('%s is not', (_, body) => expect(isWholePage(body)).toBe(false));
});

describe('readPage', () => {
  it('passes anything but a page through untouched', () => {
    const body = `${para('One.')}${para('Two.')}`;
    expect(readPage(body, sites)).toEqual({ body, page: false, data: {}, siteNames: [] });
  });

  it('reads the headline and address a news record states in its own tags', () => {
    const body =
      '<doc>\n<url>http://news.example.cn/1.shtml</url>\n<contenttitle>示例标题</contenttitle>\n<content>正文。</content>\n</doc>';
    expect(readPage(body, sites)).toEqual({
      body,
      page: false,
      data: { title: '示例标题', url: 'http://news.example.cn/1.shtml' },
      siteNames: [],
    });
  });

  it('reads JSON-LD before Open Graph and the <title>, and keeps only the article', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Example Corp opens an office in Lyon',
      datePublished: '2022-11-30T23:30:00+08:00',
      author: { '@type': 'Person', name: 'Ann Writer' },
      publisher: { '@type': 'Organization', name: 'Example Daily' },
    });
    const html = page(
      `<title>Example Corp opens an office in Lyon | Example Daily</title><meta property="og:title" content="Other"><meta property="og:url" content="https://news.example-daily.test/a/1"><script type="application/ld+json">${ld}</script>`,
      `<article><h1>Example Corp opens an office in Lyon</h1>${para('Example Corp opened an office in Lyon.')}${para('It will hire fifty people.')}</article>`,
    );
    const read = readPage(html, sites);
    expect(read.page).toBe(true);
    expect(read.data).toEqual({
      title: 'Example Corp opens an office in Lyon',
      date: '2022-11-30T23:30:00+08:00',
      author: 'Ann Writer',
      source: 'Example Daily',
      url: 'https://news.example-daily.test/a/1',
    });
    expect(read.siteNames).toEqual(['Example Daily', 'news.example-daily.test', 'example-daily']);
    expect(read.body).toContain('It will hire fifty people.');
    expect(read.body).not.toMatch(/Log in|©/);
  });

  it('reads the date shown under the headline when no metadata states one', () => {
    const html = `${'<div class="wrap">'.repeat(10)}<h1>示例公司发布新品</h1><div class="info"><span>来源：示例网</span><span>2024-05-13 13:48</span></div>${para('示例公司今天发布了新品，公司表示新品将于下月上市销售，首批产量为十万台。')}${'</div>'.repeat(10)}`;
    const read = readPage(html, sites);
    expect(read.data.title).toBe('示例公司发布新品');
    expect(read.data.date).toMatch(/^2024-05-13/);
  });

  it('runs nothing from the page, and the sanitiser still sees all it keeps', () => {
    let ran = false;
    (globalThis as Record<string, unknown>).__pageRan = () => (ran = true);
    const html = page(
      '<title>A headline for the test page</title><script>globalThis.__pageRan()</script>',
      `<article onclick="globalThis.__pageRan()"><img src="x" onerror="globalThis.__pageRan()">${para('First.')}${para('Second <a href="javascript:globalThis.__pageRan()">link</a>.')}<script>globalThis.__pageRan()</script></article>`,
    );
    const read = readPage(html, sites);
    expect(ran).toBe(false);
    expect(read.body).not.toMatch(/<script/i);
    // The extractor's output is still markup: the cleaning chain's sanitiser takes the handlers.
    const kept = cleanBody(read.body, boilerplate).kept.join('\n');
    expect(kept).toContain('Second link.');
    expect(kept).not.toMatch(/onclick|onerror|javascript:|<script/i);
    delete (globalThis as Record<string, unknown>).__pageRan;
  });
});
