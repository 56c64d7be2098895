import { pastAside } from './aside.ts';
import type { CompanyRules } from './rules.ts';

/** Where a name was found, and what the words around it say. */
export interface Mention {
  /** Name the company is listed under (parent substituted). */
  key: string;
  /** 0 = title, 1… = paragraphs. */
  text: number;
  start: number;
  end: number;
  guard: boolean;
  product: boolean;
  /** Found through discovery rather than the vocabulary. */
  discovered: boolean;
  weak?: 'product' | 'title' | 'example' | 'list' | 'source';
  acts?: boolean;
  /** A party to a deal, suit or partnership named in the same sentence. */
  party?: boolean;
  facility?: boolean;
}

const HAN = /\p{Script=Han}/u;
// "American Airlines (AAL)", "(NYSE: AAL)", "(600519.SH)": a listed company, introduced as one.
const TICKER = /^\s*[(（]\s*(?:[A-Z]{2,8}\s*[:：]\s*)?[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?\s*[)）]/;
const SENTENCE_END = /[.!?。！？；;]/;
const LATIN_TAIL = /^(?:\s*[A-Z][A-Za-z&.-]*){1,3}\s*/;

function clause(after: string): string {
  const m = SENTENCE_END.exec(after);
  return m ? after.slice(0, m.index) : after;
}

/** Is the mention at [start, end) followed by words that confirm a guarded name (小米集团, 360 Group)? */
export function confirmsGuard(text: string, end: number, rules: CompanyRules): boolean {
  const after = text.slice(end, end + 30);
  // What only a company takes confirms it too: "Meta-owned services", "Meta's shares".
  return rules.zhConfirmAfter.test(after) || rules.enConfirmAfter.test(after) || rules.enCueAfter.test(after);
}

/** Judge one mention from the words around it; sets `weak`, `acts` and `facility`. */
export function judge(m: Mention, text: string, rules: CompanyRules): void {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  let after = text.slice(m.end, m.end + 60);
  const zh =
    HAN.test(text.slice(m.start, m.end)) || HAN.test(after.slice(0, 2)) || HAN.test(before.slice(-2));
  // 德国晶片制造商Infineon Technologies停止供货: the rest of an English name written in Chinese
  // text stands between the name and its verb.
  if (zh && !HAN.test(text.slice(m.start, m.end))) after = after.replace(LATIN_TAIL, '');
  // "Foxconn Technology Group, which had submitted": the rest of the full name stands between
  // the short name and what is said of it.
  const tail = zh ? 0 : (rules.enNameTail.exec(after)?.[0].length ?? 0);
  if (tail) after = text.slice(m.end + tail, m.end + tail + 60);
  if (m.product) m.weak = 'product';
  else if (rules.enSourceBefore.test(before) || rules.zhSourceBefore.test(before)) m.weak = 'source';
  else if (zh && rules.zhVenue.test(`${before.slice(-12)}\u0000${after.slice(0, 4)}`)) m.weak = 'source';
  else if (rules.enExampleBefore.test(before) || (zh && rules.zhExampleBefore.test(before)))
    m.weak = 'example';
  m.facility = rules.enFacilityAfter.test(after);
  m.party =
    !m.weak &&
    (zh
      ? rules.zhDealBefore.test(before) ||
        (rules.zhPartnerBefore.test(before) && rules.zhPartnerAfter.test(after))
      : rules.enDealBefore.test(before.slice(-80)));
  // 脸谱网站创始人: a "website"/"official site" word may sit between the name and the title.
  const bare = after.replace(/^[\s"“”'’」』》)）]+/, '').replace(/^(?:网站|站|官网|公司|集团)/, '');
  const titled = zh ? rules.zhTitleAfter.test(bare) : rules.enTitleAfter.test(after);
  if (titled) {
    // The executive speaks for the company only if the speech verb follows the name closely.
    const window = zh ? bare.slice(0, 20) : clause(after.slice(0, 50));
    if ((zh ? rules.zhSpeechAfterTitle : rules.enSpeech).test(window)) m.acts = true;
    else m.weak ??= 'title';
    return;
  }
  // A title-case headline capitalises its verbs ("As Tesla Delivers China-Built SUV").
  const enAfter = m.text === 0 ? after.replace(/^\s+\p{Lu}\p{Ll}+/u, (w) => w.toLowerCase()) : after;
  const aside = zh ? undefined : pastAside(text, m.end + tail);
  // A ticker after the name presents the company as a party to the story, as an action word does.
  m.acts =
    m.party ||
    TICKER.test(after) ||
    m.facility ||
    (zh ? rules.zhActAfter.test(after) : rules.enActAfter.test(enAfter)) ||
    (aside !== undefined && rules.enActAfter.test(aside));
}
