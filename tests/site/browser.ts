import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium flags this sandbox needs (no network beyond loopback, root user). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch Debian's headless Chromium (installed by .ci/run). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

/** Serve a built site with `astro preview` on a free loopback port; returns its base URL and a stop function. */
export async function serveSite(dist: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await preview({ outDir: dist, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
