import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { feedResponse } from '../lib/feeds.ts';

/** The site feed: the newest articles. */
export const GET: APIRoute = async ({ site }) => {
  const { index } = await getArchive();
  return feedResponse(site, 'Latest articles', 'Newest articles in the news archive.', index.articles);
};
