/**
 * The public address the archive is served from, the one deployment setting (`SITE_URL`).
 *
 * Without it the site still builds, for previewing or for a host whose address is not known
 * yet, but only with what works without an absolute URL: root-relative canonical links, and
 * no `og:url`, sitemap or RSS feeds, which the Open Graph, sitemaps.org and RSS 2.0 rules say
 * must carry absolute URLs (README, "Deploying").
 */
export function parseSiteUrl(value: string | undefined): URL | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  const url = URL.parse(raw);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash)
    throw new Error(
      `SITE_URL must be the site's public address, an http(s) URL without query or fragment (got "${raw}"), e.g. SITE_URL=https://news.example.org`,
    );
  // A site under a path (https://host/archive/) is not supported: every link is root-relative.
  if (url.pathname !== '/')
    throw new Error(`SITE_URL must be an origin without a path (got "${raw}"); the archive is served from /`);
  return url;
}
