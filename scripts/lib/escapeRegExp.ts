/** Escape a literal for use inside a RegExp source (Node 22 has no `RegExp.escape`). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
