/** Types for iso-3166-2, which ships none: ISO 3166-1 countries and 3166-2 subdivisions by code. */
declare module 'iso-3166-2' {
  /** A subdivision such as US-MA (Massachusetts). */
  export interface Subdivision {
    type: string;
    name: string;
    countryName: string;
    countryCode: string;
    code: string;
    regionCode: string;
  }
  /** A country with its subdivisions by code. */
  export interface Country {
    name: string;
    sub: Record<string, { type: string; name: string }>;
  }
  const iso: {
    subdivision(code: string): Subdivision | null;
    country(code: string): Country | null;
  };
  export default iso;
}
