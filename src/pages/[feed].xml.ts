import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { feedPaths, feedResponse } from '../lib/feeds.ts';

/** `/rss.xml`, a dynamic route only so that a build without a site URL can leave it out. */
export function getStaticPaths() {
  return feedPaths([{ params: { feed: 'rss' } }]);
}

/** The site feed: the newest articles. */
export const GET: APIRoute = async ({ site }) => {
  const { index } = await getArchive();
  return feedResponse(site, 'Latest articles', 'Newest articles in the news archive.', index.articles);
};
