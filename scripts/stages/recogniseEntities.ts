import { isPlaceName, type CityGazetteer } from '../vocab/cities.ts';
import type { CompanyVocab } from '../vocab/companies.ts';
import { findCities } from './entities/findCities.ts';
import { findCompanies, type CompanyCandidate } from './entities/findCompanies.ts';
import { entityText } from './entities/entityText.ts';

/** The text the recognisers read: headline and body paragraphs (Markdown) of one article. */
export interface EntityDoc {
  title: string;
  paragraphs: string[];
  lang: 'en' | 'zh';
}

/** Companies and cities of one article, as canonical English names, plus company candidates. */
export interface Entities {
  companies: string[];
  cities: string[];
  candidates: CompanyCandidate[];
  warnings: string[];
}

/**
 * Recognise the companies and cities an article is about. Both recognisers read plain text, so
 * link targets and Markdown syntax can never be mistaken for a name; link-only lines (related
 * stories) are not read, and Traditional Chinese is read as Simplified.
 */
export function recogniseEntities(
  doc: EntityDoc,
  vocab: { companies: CompanyVocab; cities: CityGazetteer },
): Entities {
  const plain = { title: entityText(doc.title), paragraphs: doc.paragraphs.map(entityText), lang: doc.lang };
  const companies = findCompanies(plain, vocab.companies, (name) => isPlaceName(vocab.cities, name));
  const { cities } = findCities(plain, vocab.cities, companies.names);
  return {
    companies: companies.companies,
    cities,
    candidates: companies.candidates,
    warnings: companies.warnings,
  };
}
