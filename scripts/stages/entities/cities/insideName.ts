/** Is [start, end) part of one of `names` as written at that place in the text? */
export function insideName(text: string, start: number, end: number, names: string[]): boolean {
  for (const n of names) {
    const len = end - start;
    if (n.length <= len) continue;
    for (let k = n.indexOf(text.slice(start, end)); k >= 0; k = n.indexOf(text.slice(start, end), k + 1))
      if (text.startsWith(n, start - k)) return true;
  }
  return false;
}
