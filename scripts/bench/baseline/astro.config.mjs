// The plain baseline the benchmark compares against: Astro's default Markdown pipeline over the
// same articles, one page each, indexed afterwards by the Pagefind CLI.
import { defineConfig } from 'astro/config';

export default defineConfig({ outDir: process.env.BASELINE_DIST, output: 'static' });
