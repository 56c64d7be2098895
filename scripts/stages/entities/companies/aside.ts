// ", the second-largest iPhone assembler after Foxconn with a number of factories in China, said":
// an apposition set off by commas (no sentence end or further comma inside).
const APPOSITION = /^,\s+(?:the|a|an|its|which\s+is|one\s+of)\s[^,;.!?()"“”]{1,120},\s+/i;
// ", based in the suburbs,", ", founded in 2011,": a participle phrase set off the same way.
const PARTICIPLE = /^,\s+\p{Ll}{3,}ed\s[^,;.!?()"“”]{1,80},\s+/u;
// ", which had submitted two applications": a relative clause whose subject is the name.
const RELATIVE = /^,?\s+(?:which|that)\s+(?=\p{Ll})/u;

/**
 * The words after a name with an apposition or a relative pronoun skipped, so that the verb they
 * hold back is read as the name's ("Pegatron, the second-largest iPhone assembler …, said";
 * "Foxconn Technology Group, which had submitted"); undefined when none follows.
 */
export function pastAside(text: string, end: number): string | undefined {
  const after = text.slice(end, end + 200);
  const m = APPOSITION.exec(after) ?? PARTICIPLE.exec(after) ?? RELATIVE.exec(after);
  return m ? ` ${after.slice(m[0].length)}` : undefined;
}
