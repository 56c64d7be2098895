import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Index the built site's article pages with Pagefind's Node API; returns the page count. */
export async function indexSite(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    // Only article pages carry data-pagefind-body, so index pages and navigation stay out.
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
