/** Types for the word lists of `stopword`, which ships none. */
declare module 'stopword' {
  /** English function words. */
  export const eng: string[];
  /** Chinese function words (mostly single characters). */
  export const zho: string[];
}
