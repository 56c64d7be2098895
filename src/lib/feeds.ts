import rss from '@astrojs/rss';
import type { ArchiveArticle } from './archiveIndex.ts';

/** Articles per feed: the newest ones. */
export const FEED_SIZE = 50;

type FeedArticle = ArchiveArticle & {
  data: { excerpt: string; source: string | null; author: string | null };
};

/** Whether this build has feeds: RSS 2.0 links must be absolute, so only with a site URL (src/lib/siteUrl.ts). */
export const hasFeeds = (site: string | URL | undefined = import.meta.env.SITE): boolean => Boolean(site);

/** The route paths of feeds: all of them with a site URL, none without. */
export function feedPaths<T>(paths: T[], site: string | URL | undefined = import.meta.env.SITE): T[] {
  return hasFeeds(site) ? paths : [];
}

/** An RSS 2.0 response listing `articles` (already newest first). */
export function feedResponse(
  site: URL | undefined,
  title: string,
  description: string,
  articles: readonly FeedArticle[],
): Promise<Response> {
  if (!site)
    throw new Error(
      'feedResponse: RSS needs the site URL (SITE_URL); feedPaths() builds no feed without one',
    );
  return rss({
    title: `${title} · News Archive`,
    description,
    site,
    trailingSlash: true,
    items: articles.slice(0, FEED_SIZE).map((a) => ({
      title: a.data.title,
      link: `/articles/${a.id}/`,
      // Undated articles carry no date rather than an invented one.
      pubDate: a.data.date ? new Date(`${a.data.date}T00:00:00Z`) : undefined,
      description: a.data.excerpt || undefined,
      categories: [...a.data.companies, ...a.data.cities, ...a.data.tags],
    })),
  });
}
