import type { APIRoute } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { feedPaths, feedResponse } from '../../../lib/feeds.ts';
import { feedPathsKeyed } from '../../../lib/pageKeys.ts';
import { sharedPaths } from '../../../lib/shard.ts';

/** One feed per term: its newest articles (none without a site URL). */
export async function getStaticPaths() {
  // Shared pages belong to shard 0 (see src/lib/shard.ts).
  return feedPaths(
    sharedPaths(
      await (async () => {
        const { index } = await getArchive();
        return feedPathsKeyed(index, 'tags');
      })(),
    ),
  );
}

/** The feed of the term named by `slug`. */
export const GET: APIRoute = async ({ params, site }) => {
  const { index } = await getArchive();
  const stat = index.bySlug.tags.get(params.slug ?? '');
  const articles = (stat?.postings ?? []).map((i) => index.articles[i]).filter((a) => a !== undefined);
  const name = stat?.term.name ?? '';
  return feedResponse(site, name, `Newest archived articles about ${name}.`, articles);
};
