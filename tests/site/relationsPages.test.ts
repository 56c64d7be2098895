import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildFixtureArticles, readPage } from './pagesFixtureSite.ts';

// Hand-written articles (tests/fixtures/site-relations): fx-002, fx-005 and fx-008 state one
// relation each, fx-005 also names Motorola with Wuhan (co-occurrence only), and fx-009 is a digest
// naming Xiaomi and Shenzhen. A site of their own, so the shared fixture site keeps its counts.
const root = join(import.meta.dirname, '..', '..');
const base = join(root, 'tests', '.artifacts', 'site-relations');
const dist = join(base, 'dist');
const page = (path: string) => readPage(dist, path);

beforeAll(() => {
  rmSync(base, { recursive: true, force: true });
  buildFixtureArticles('site-relations', base);
});

describe('stated relations and digests (fixture site)', () => {
  it('/who-where/ lists each stated pair with its sentence, linking the article', () => {
    const html = page('who-where/index.html');
    const stated = html.slice(html.indexOf('id="stated-h"'), html.indexOf('id="grid-h"'));
    expect(stated).toContain('href="/companies/huawei/"');
    expect(stated).toContain('href="/cities/jinan/"');
    expect(stated).toContain(
      'Huawei will soon settle in the Changlingshan area of Lixia District in eastern Jinan',
    );
    expect(stated).toMatch(/<figcaption><a href="\/articles\/fx-002-huawei-jinan\/"/);
    expect(stated).toContain('href="/cities/shenzhen/"');
    expect(stated).toContain('href="/companies/lenovo/"');
    // Motorola and Wuhan are only named together.
    expect(stated).not.toContain('href="/companies/motorola/"');
    expect(html.slice(html.indexOf('id="grid-h"'))).toContain('href="/companies/motorola/"');
    expect(html).toContain('<h2 id="grid-h">Named together (co-occurrence)</h2>');
  });

  it('a company page says where it set up, a city page who set up there', () => {
    const huawei = page('companies/huawei/index.html');
    expect(huawei).toContain('<h2 id="setup-companies">Set up in</h2>');
    expect(huawei).toContain('Huawei will soon settle in the Changlingshan area');
    const jinan = page('cities/jinan/index.html');
    expect(jinan).toContain('<h2 id="setup-cities">Companies that set up here</h2>');
    expect(jinan.slice(jinan.indexOf('id="setup-cities"'))).toContain('href="/companies/huawei/"');
    expect(page('companies/motorola/index.html')).not.toContain('Set up in');
  });

  it('a digest shows its label on its page and in lists', () => {
    expect(page('articles/fx-009-morning-briefing/index.html')).toContain('class="label-digest"');
    const xiaomi = page('companies/xiaomi/index.html');
    expect(xiaomi).toMatch(/fx-009-morning-briefing[\s\S]*class="label-digest"/);
  });

  it('a digest counts in no co-occurrence', () => {
    const xiaomi = page('companies/xiaomi/index.html');
    expect(xiaomi).not.toContain('id="co-cities"');
    const who = page('who-where/index.html');
    expect(who).not.toContain('href="/companies/xiaomi/"');
  });
});

describe('stated relations (the bundled sample)', () => {
  it('/who-where/ gives the seed stories: Lenovo in Hong Kong, Huawei in Jinan, second headquarters in Wuhan', () => {
    const html = readPage(inject('site').dist, 'who-where/index.html');
    const stated = html.slice(html.indexOf('id="stated-h"'), html.indexOf('id="grid-h"'));
    const group = (company: string) => {
      const at = stated.indexOf(`<h3><a href="/companies/${company}/">`);
      expect(at, company).toBeGreaterThanOrEqual(0);
      return stated.slice(at, stated.indexOf('</ul>', at));
    };
    expect(group('lenovo')).toContain('href="/cities/hong-kong/"');
    expect(group('huawei')).toContain('href="/cities/jinan/"');
    for (const c of ['alibaba', 'tencent', 'xiaomi', 'bytedance'])
      expect(group(c)).toContain('href="/cities/wuhan/"');
  });
});
