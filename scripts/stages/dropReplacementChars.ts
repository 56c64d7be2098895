/**
 * Drop U+FFFD, the replacement character a decoder leaves for bytes that were not text: a reader
 * would see a box or a diamond where nothing readable stands. A run of them (with the spaces
 * between) counts once.
 */
export function dropReplacementChars(text: string): { text: string; runs: number } {
  if (!text.includes('\uFFFD')) return { text, runs: 0 };
  let runs = 0;
  const out = text.replace(/\uFFFD(?:[ \t]*\uFFFD)*/g, () => {
    runs++;
    return '';
  });
  return { text: out, runs };
}
