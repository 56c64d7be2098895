import type { Discovered } from './discover.ts';
import type { CompanyRules } from './rules.ts';
import { escapeRegExp } from '../../../lib/escapeRegExp.ts';

// ANNOTATION.md lists a brand, unit or subsidiary under its parent. A Chinese report says so
// right before the name: 腾讯旗下的Y, 将其移动广告公司Y出售给…, 全资子公司Y. A name the
// vocabulary lacks that is introduced so is the parent's unit, not a company of its own.

const alt = (words: string[]): string => words.map(escapeRegExp).join('|') || '(?!)';
const compiled = new WeakMap<CompanyRules, RegExp>();

/** "Owned by the company named before": 旗下(的), 全资子公司, or 其 + a unit word (其移动广告公司). */
function ownedBefore(rules: CompanyRules): RegExp {
  let re = compiled.get(rules);
  if (!re) {
    const { zh_owned_before: owned, zh_owned_units: units } = rules.raw;
    re = new RegExp(`(?:(?:${alt(owned)})的?|其[^，。；！？,;!?其]{0,6}?(?:${alt(units)}))\\s*$`);
    compiled.set(rules, re);
  }
  return re;
}

/** Drop, in place, the discovered names that `whole` introduces as another company's unit. */
export function dropOwnedUnits(merged: Map<string, Discovered>, whole: string, rules: CompanyRules): void {
  const re = ownedBefore(rules);
  for (const [key, f] of merged) {
    const owned = f.forms.some((form) => {
      for (let i = whole.indexOf(form); i >= 0; i = whole.indexOf(form, i + form.length))
        if (re.test(whole.slice(Math.max(0, i - 12), i))) return true;
      return false;
    });
    if (owned) merged.delete(key);
  }
}
