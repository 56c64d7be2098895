// Chinese names of companies, cities and topics for the Chinese interface, from each searched
// shard's `facet-names.zh.json` (scripts/search/vocabulary.ts); values without one stay English.
import type { Facet } from './state.ts';

/** Facet values as the reader sees them, names loaded per shard as shards are searched. */
export class FacetNames {
  private names: Record<string, Record<string, string>> = {};
  private loaded = new Set<string>();
  private readonly wanted: boolean;

  /** `wanted`: the interface is Chinese (the English one shows the values as they are). */
  constructor(wanted: boolean) {
    this.wanted = wanted;
  }

  /** The value's Chinese name where known (and wanted), else the value. */
  readonly label = (facet: Facet, value: string): string => this.names[facet]?.[value] ?? value;

  /** Load the names of shards not loaded yet (nothing in the English interface). */
  async load(bases: string[]): Promise<void> {
    const fresh = bases.filter((b) => !this.loaded.has(b));
    if (!this.wanted || !fresh.length) return;
    for (const b of fresh) this.loaded.add(b);
    const lists = await Promise.all(
      fresh.map((b) =>
        fetch(`${b}facet-names.zh.json`)
          .then((r) => (r.ok ? (r.json() as Promise<Record<string, Record<string, string>>>) : {}))
          .catch(() => ({})),
      ),
    );
    for (const list of lists)
      for (const [facet, names] of Object.entries(list)) Object.assign((this.names[facet] ??= {}), names);
  }
}
