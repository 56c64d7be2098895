import type { Browser, Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A policy as directive → sources. */
export type Policy = Map<string, string[]>;

/** Parse a Content-Security-Policy string. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The Content-Security-Policy header that public/_headers sends for every path. */
export function headerPolicy(file = join(import.meta.dirname, '..', '..', 'public', '_headers')): string {
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => /^\s+Content-Security-Policy:/i.test(l));
  if (!line) throw new Error(`no Content-Security-Policy in ${file}`);
  return line.replace(/^\s+Content-Security-Policy:\s*/i, '').trim();
}

/** Every HTML file under a built site. */
export function htmlPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dist, f));
}

/** What loading a page went through: CSP violations, console errors, page errors, dialogs. */
export interface WatchOptions {
  /** The policy to add as a header to every HTML response, as a host reading _headers would. */
  header: string;
  /** Wait for this before collecting (e.g. search results). */
  ready?: (page: Page) => Promise<unknown>;
  /** HTML spliced in before </main>, to prove the watch catches what it should. */
  inject?: string;
}

/** Load a page and return every CSP violation, console error, page error and dialog, as strings. */
export async function watchPage(browser: Browser, url: string, options: WatchOptions): Promise<string[]> {
  const page = await browser.newPage();
  const found: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /content.security.policy/i.test(m.text()))
      found.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => found.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    found.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = globalThis as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (!(headers['content-type'] ?? '').includes('text/html')) return route.fulfill({ response });
    headers['content-security-policy'] = options.header;
    const body = (await response.text()).replace('</main>', `${options.inject ?? ''}</main>`);
    return route.fulfill({ response, headers, body });
  });
  const response = await page.goto(url);
  if (response?.status() !== 200) found.push(`status ${response?.status()} for ${url}`);
  await options.ready?.(page);
  await page.waitForLoadState('networkidle');
  found.push(...(await page.evaluate(() => (globalThis as unknown as { violations: string[] }).violations)));
  // A late request (the favicon) may still be in the route handler: let it go quietly.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.close();
  return found;
}
