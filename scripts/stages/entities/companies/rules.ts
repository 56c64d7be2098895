import { escapeRegExp } from '../../../lib/escapeRegExp.ts';
/** The `rules` section of companies.yml as written. */
export interface RawRules {
  en_suffixes: string[];
  en_legal: string[];
  en_weak_suffixes: string[];
  en_stopwords: string[];
  en_national_words: string[];
  en_title_case_small: string[];
  en_owner_verbs: string[];
  en_intro_cues: string[];
  en_cue_after: string[];
  en_cue_before: string[];
  en_company_nouns: string[];
  en_institution_words: string[];
  zh_suffixes: string[];
  zh_legal: string[];
  zh_weak_suffixes: string[];
  zh_name_stops: string;
  zh_generic: string[];
  zh_institution_endings: string[];
  zh_org_endings: string[];
  zh_org_words: string[];
  zh_tag_cues: string[];
  zh_company_nouns: string[];
  zh_place_prefixes: string[];
  zh_industry: Record<string, string>;
  en_title_words: string[];
  zh_title_words: string[];
  en_speech: string[];
  zh_speech: string[];
  en_act: string[];
  zh_act: string[];
  en_facility: string[];
  en_example_cues: string[];
  zh_example_cues: string[];
  zh_list_tail: string[];
  en_source_cues: string[];
  zh_source_cues: string[];
  zh_owned_before: string[];
  zh_owned_units: string[];
  zh_venue_before: string[];
  zh_venue_after: string[];
  en_deal_cues: string[];
  zh_deal_before: string[];
  zh_partner_with: string[];
  zh_partner_verbs: string[];
}

/** The rules compiled into sets and anchored regexes (built once per run). */
export interface CompanyRules {
  raw: RawRules;
  /** Discovery: a capitalised run, then a company word, then optional legal tail. */
  enDiscover: RegExp;
  enIntro: RegExp;
  /** Words after a name that only a company takes ("'s shares", " chief executive", "-owned"). */
  enCueAfter: RegExp;
  /** Words before a name that only a company takes ("shares of", "chief executive of"). */
  enCueBefore: RegExp;
  /** An apposition naming what the company is (", the carmaker", ", a Seattle-based airline"). */
  enApposition: RegExp;
  /** What a company is, right before its name ("food delivery platform Swiggy", "chipmaker SMIC"). */
  enNounBefore: RegExp;
  /** A word that makes a name an institution (Authority, University, Union). */
  enInstitution: RegExp;
  /** A company word and "and" right before a name: the name goes on ("X Motors and Energy Ltd"). */
  enJoinedBefore: RegExp;
  /** A capitalised word right before a capitalised facility ("X R&D Center"). */
  enFacilityName: RegExp;
  enLegal: Set<string>;
  enWeak: Set<string>;
  enSuffix: Set<string>;
  enStop: Set<string>;
  /** Stopwords that name a company before a strong company word alone ("American Airlines"). */
  enNational: Set<string>;
  /** Words a title-case headline leaves in lower case ("of", "the"). */
  enTitleSmall: Set<string>;
  /** One or more company words (公司, 有限公司, 集团…). */
  zhSuffix: RegExp;
  /** Industry words that may precede them (茶叶, 饲料), longest first. */
  zhIndustry: string[];
  zhLegal: Set<string>;
  /** Company and industry words (集团, 保险): after a guarded name they confirm it. */
  zhSuffixWords: string[];
  zhWeak: Set<string>;
  zhStops: Set<string>;
  zhGeneric: string[];
  zhPlaces: string[];
  /** A tagged organisation that is no company: ends in 局/大学/指数 …, or holds 政府/中共 …. */
  zhNotCompany: RegExp;
  /** What a company is, right before a Latin-script name in Chinese text (手游公司 AppLovin). */
  zhNounBefore: RegExp;
  /** A sentence worth tagging for organisation names. */
  zhTagCue: RegExp;
  /** Text right after a mention: job title, speech, act, facility, guard confirmation. */
  enTitleAfter: RegExp;
  zhTitleAfter: RegExp;
  enSpeech: RegExp;
  zhSpeech: RegExp;
  /** 董事长某某表示: a title, a short name (、 allowed), then a speech verb. */
  zhSpeechAfterTitle: RegExp;
  enActAfter: RegExp;
  /** The rest of a full name after a short one (" Technology Group", " Corp."). */
  enNameTail: RegExp;
  zhActAfter: RegExp;
  enFacilityAfter: RegExp;
  enConfirmAfter: RegExp;
  zhConfirmAfter: RegExp;
  /** Text right before a mention: example or comparison, cited source. */
  enExampleBefore: RegExp;
  zhExampleBefore: RegExp;
  enSourceBefore: RegExp;
  zhSourceBefore: RegExp;
  /** 在…X上发文: the name is the platform a post was made on (test before and after the name, joined by \u0000). */
  zhVenue: RegExp;
  zhListTail: RegExp;
  /** Deal words before a mention: the company is a party (bought, sued, signed with). */
  enDealBefore: RegExp;
  zhDealBefore: RegExp;
  zhPartnerBefore: RegExp;
  zhPartnerAfter: RegExp;
}

/** Alternation, longest first so that 股份有限公司 wins over 公司. */
const alt = (words: string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|') || '(?!)';

/** Compile the raw rules. */
export function compileRules(r: RawRules): CompanyRules {
  const cap = `[A-Z][A-Za-z0-9&'’-]*(?:\\.[A-Za-z0-9]+)*`;
  const word = `(?:${cap}|and|of|&)`;
  const legalTail = `(?:,?\\s+(?:${alt(r.en_legal)})\\.?){0,2}`;
  const facility = `\\s*["“”']?\\s*(?:${alt(r.en_facility)})\\b`;
  return {
    raw: r,
    enDiscover: new RegExp(
      `(?<![A-Za-z0-9])(${cap}(?:\\s+${word}){0,4})\\s+(${alt(r.en_suffixes)})\\b\\.?(${legalTail})(?!\\s+[A-Z])`,
      'g',
    ),
    enIntro: new RegExp(`\\b(?:${alt(r.en_intro_cues)})\\s+(${cap}(?:\\s+${cap}){0,2})`, 'g'),
    enCueAfter: new RegExp(`^(?:${alt(r.en_cue_after)})\\b`),
    enCueBefore: new RegExp(`\\b(?:${alt(r.en_cue_before)})\\s+(?:the\\s+)?$`, 'i'),
    enApposition: new RegExp(
      // ", the company said" reports speech; it names no company before it.
      `^,\\s+(?:a|an|the|which\\s+is\\s+a)\\s+(?:[\\w’'&-]+\\s+){0,3}?(?:${alt(r.en_company_nouns)})\\b(?!\\s+(?:${alt(r.en_speech)})\\b)`,
    ),
    enNounBefore: new RegExp(`\\b(?:${alt(r.en_company_nouns)})\\s+$`),
    enJoinedBefore: new RegExp(`\\b(?:${alt(r.en_suffixes)})\\s+and\\s+$`),
    enInstitution: new RegExp(`\\b(?:${alt(r.en_institution_words)})\\b`),
    enLegal: new Set(r.en_legal),
    enWeak: new Set(r.en_weak_suffixes),
    enSuffix: new Set(r.en_suffixes),
    enStop: new Set(r.en_stopwords),
    enNational: new Set(r.en_national_words),
    enTitleSmall: new Set(r.en_title_case_small),
    zhSuffix: new RegExp(
      `(?=[${[...new Set(r.zh_suffixes.map((w) => w.charAt(0)))].join('')}])(?:${alt(r.zh_suffixes)})+`,
      'g',
    ),
    zhIndustry: [...new Set(Object.keys(r.zh_industry))].sort((a, b) => b.length - a.length),
    enFacilityName: new RegExp(
      `(?<![A-Za-z0-9])([A-Z][A-Za-z]{2,})(?=\\s*["“”']?\\s*(?:${alt(r.en_facility.filter((f) => /^[A-Z]/.test(f)))})\\b)`,
      'g',
    ),
    zhLegal: new Set(r.zh_legal),
    zhSuffixWords: [...new Set([...r.zh_suffixes, ...Object.keys(r.zh_industry)])],
    zhWeak: new Set(r.zh_weak_suffixes),
    zhStops: new Set([...r.zh_name_stops]),
    zhGeneric: [...new Set(r.zh_generic)].sort((a, b) => b.length - a.length),
    zhPlaces: [...new Set(r.zh_place_prefixes)].sort((a, b) => b.length - a.length),
    zhNotCompany: new RegExp(`(?:${alt(r.zh_org_endings)})$|${alt(r.zh_org_words)}`),
    zhNounBefore: new RegExp(`(?:${alt(r.zh_company_nouns)})\\s?$`),
    zhTagCue: new RegExp(alt([...r.zh_tag_cues, ...r.zh_suffixes])),
    enTitleAfter: new RegExp(`^\\s*(?:${alt(r.en_title_words)})\\b`, 'i'),
    zhTitleAfter: new RegExp(`^(?:${alt(r.zh_title_words)})`),
    enSpeech: new RegExp(`\\b(?:${alt(r.en_speech)})\\b`),
    zhSpeech: new RegExp(`(?:${alt(r.zh_speech)})`),
    zhSpeechAfterTitle: new RegExp(
      `^(?:${alt(r.zh_title_words)})[^，。；！？,;!?《》]{0,12}?(?:${alt(r.zh_speech)})`,
    ),
    enActAfter: new RegExp(`^(?:${legalTail})\\s*(?:${alt(r.en_act)})\\b`),
    enNameTail: new RegExp(`^(?:,?\\s+(?:${alt(r.en_suffixes)})\\b\\.?){1,3}`),
    zhActAfter: new RegExp(`^[^，。；！？,;!?]{0,6}?(?:${alt(r.zh_act)})`),
    enFacilityAfter: new RegExp(`^(?:\\s*[A-Z][a-z]+)?${facility}`, 'i'),
    enConfirmAfter: new RegExp(
      `^(?:\\s*["“”']?\\s*(?:${alt([...r.en_suffixes, ...r.en_facility])})\\b|\\s+(?:${alt(r.en_title_words)})\\b)`,
    ),
    zhConfirmAfter: new RegExp(
      `^(?:${alt([...r.zh_suffixes, ...r.zh_title_words, ...r.zh_speech, ...r.zh_partner_verbs, '旗下', '手机', '汽车', '发布', '推出'])})`,
    ),
    enExampleBefore: new RegExp(`\\b(?:${alt(r.en_example_cues)})\\s+(?:the\\s+)?$`, 'i'),
    zhExampleBefore: new RegExp(`(?:${alt(r.zh_example_cues)})[^，。；！？,;!?]{0,3}$`),
    enSourceBefore: new RegExp(`\\b(?:${alt(r.en_source_cues)})[\\s:：]+(?:the\\s+)?$`, 'i'),
    zhSourceBefore: new RegExp(`(?:${alt(r.zh_source_cues)})[：:\\s]*$`),
    zhVenue: new RegExp(
      `(?:${alt(r.zh_venue_before)})[^，。；！？,;!?]{0,6}\u0000\\s*上?(?:${alt(r.zh_venue_after)})`,
    ),
    zhListTail: new RegExp(`^\\s*(?:${alt(r.zh_list_tail)})`),
    enDealBefore: new RegExp(`\\b(?:${alt(r.en_deal_cues)})\\b[^.!?;]{0,60}$`, 'i'),
    zhDealBefore: new RegExp(`(?:${alt(r.zh_deal_before)})[^，。；！？,;!?]{0,8}$`),
    zhPartnerBefore: new RegExp(`(?:${alt(r.zh_partner_with)})[^，。；！？,;!?与和]{0,8}$`),
    zhPartnerAfter: new RegExp(`^[^，。；！？,;!?]{0,20}?(?:${alt(r.zh_partner_verbs)})`),
  };
}
