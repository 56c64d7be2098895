/** Types for turndown-plugin-gfm, which ships none. */
declare module 'turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  /** A turndown plugin. */
  export type Plugin = (service: TurndownService) => void;
  export const gfm: Plugin;
  export const tables: Plugin;
  export const strikethrough: Plugin;
  export const highlightedCodeBlock: Plugin;
  export const taskListItems: Plugin;
}
