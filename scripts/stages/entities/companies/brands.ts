import type { Discovered } from './discover.ts';
import { unionForms } from './finds.ts';
import type { CompanyRules } from './rules.ts';

const NAME = String.raw`[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}`;

/**
 * What a discovered company is said to run ("Kanzhun Ltd., which runs Boss Zhipin"): the brand's
 * mentions are the company's (ANNOTATION.md: brands are listed under their parent), so the brand
 * becomes a form of the company's find. Changes `merged` in place.
 */
export function mergeOwnedBrands(merged: Map<string, Discovered>, whole: string, rules: CompanyRules): void {
  const legal = [...rules.enLegal].join('|');
  const verbs = rules.raw.en_owner_verbs.join('|');
  const re = new RegExp(
    `(${NAME})(?:,?\\s+(?:${legal})\\.?)?,\\s+which\\s+(?:${verbs})\\s+(?:the\\s+)?(${NAME})`,
    'g',
  );
  const find = (name: string): Discovered | undefined => {
    const words = name.split(/\s+/);
    while (words.length > 1 && rules.enLegal.has(words[words.length - 1]!.replace(/[.,]+$/, ''))) words.pop();
    // The run may start before the name ("Then Kanzhun"): the longest tail that is a find.
    for (let i = 0; i < words.length; i++) {
      const f = merged.get(words.slice(i).join(' ').toLowerCase());
      if (f) return f;
    }
    return undefined;
  };
  for (const m of whole.matchAll(re)) {
    const owner = find(m[1]!);
    const brandKey = m[2]!.toLowerCase();
    const brand = merged.get(brandKey);
    if (!owner || !brand || owner === brand) continue;
    owner.forms = unionForms(owner.forms, brand.forms);
    merged.delete(brandKey);
  }
}
