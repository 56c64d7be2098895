import { describe, expect, it } from 'vitest';
import { findExecutable } from '../site/hostileScan.ts';

const page = (head: string, body = '<p>text</p>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('findExecutable and preloads', () => {
  it("lets the layout's own font preload in <head> pass", () => {
    const own =
      '<link rel="preload" href="/_astro/inter-latin-wght-normal.Dx4kXJAl.woff2" as="font" type="font/woff2" crossorigin>';
    expect(findExecutable(page(own))).toEqual([]);
  });
  it('flags any other preload: another origin, not a font, or outside <head>', () => {
    const foreign = '<link rel="preload" href="https://evil.example/x.woff2" as="font" crossorigin>';
    const script = '<link rel="preload" href="/_astro/a.woff2" as="script">';
    const inBody = '<link rel="preload" href="/_astro/a.woff2" as="font">';
    expect(findExecutable(page(foreign))).toEqual(['<link rel="preload">']);
    expect(findExecutable(page(script))).toEqual(['<link rel="preload">']);
    expect(findExecutable(page('', inBody))).toEqual(['<link rel="preload">']);
  });
});
