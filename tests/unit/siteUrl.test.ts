import { describe, expect, it } from 'vitest';
import { parseSiteUrl } from '../../src/lib/siteUrl.ts';

describe('parseSiteUrl', () => {
  it('is unset for a missing or blank SITE_URL', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('  ')).toBeUndefined();
  });

  it('accepts an http(s) origin, with or without the trailing slash', () => {
    expect(parseSiteUrl('https://news.example.org')?.origin).toBe('https://news.example.org');
    expect(parseSiteUrl(' http://localhost:4321/ ')?.origin).toBe('http://localhost:4321');
  });

  it('refuses what cannot be the address of the site, saying what it got', () => {
    expect(() => parseSiteUrl('news.example.org')).toThrow(/SITE_URL.*"news\.example\.org"/);
    expect(() => parseSiteUrl('ftp://news.example.org')).toThrow(/http\(s\)/);
    expect(() => parseSiteUrl('https://example.org/archive/')).toThrow(/without a path/);
    expect(() => parseSiteUrl('https://example.org/?x=1')).toThrow(/without query/);
  });
});
