import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { fileDigest } from './contentDigest.ts';
import { placeNamesBySlug, withPlaceNames } from './placeNames.ts';
import { readArticleFile } from './readArticleFile.ts';
import { loadVocab } from './taxonomy.ts';

/**
 * Load ingested articles without Astro's Markdown pipeline: the store keeps front matter only,
 * and pages read and render the body with markdown-it. Nothing in an article can then make the
 * build resolve an image or run a remark plugin.
 */
export function articleLoader(dir: string): Loader {
  return {
    name: 'archive-articles',
    async load({ store, parseData, generateDigest, logger, config }) {
      const root = resolve(dir);
      const siteRoot = fileURLToPath(config.root);
      const files = existsSync(root)
        ? readdirSync(root)
            .filter((f) => f.endsWith('.md'))
            .sort()
        : [];
      if (files.length === 0) logger.warn(`no articles in ${dir}: run \`npm run ingest\` first`);
      const seen = new Set<string>();
      const places = placeNamesBySlug(loadVocab().cities);
      // An article with `places` is shown under the gazetteer's names, which can change without it.
      const placesKey = generateDigest(JSON.stringify([...places]));
      for (const file of files) {
        const raw = readFileSync(join(root, file), 'utf8');
        // Astro wants paths relative to the project root.
        const filePath = relative(siteRoot, join(root, file));
        const id = file.slice(0, -3);
        seen.add(id);
        // Page keys use the part that covers what the article says (contentDigest.ts).
        const digest = fileDigest(raw, generateDigest, /^places:/m.test(raw) ? placesKey : '');
        if (store.get(id)?.digest === digest) continue;
        const parsed = readArticleFile(raw);
        // Ambiguous cities take their place's name (Cambridge (Massachusetts)) before validation.
        const data = await parseData({ id, data: withPlaceNames(parsed.data, places), filePath });
        // The body stays on disk (see articleBody.ts): the data store holds metadata only.
        store.set({ id, data, digest, filePath });
      }
      // An article removed from the corpus disappears from the site.
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
