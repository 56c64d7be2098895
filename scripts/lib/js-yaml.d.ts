/** Types for the part of `js-yaml` the article reader and writer use (the package ships none). */
declare module 'js-yaml' {
  /** A schema: which tags plain scalars resolve to. */
  export interface Schema {
    /** This schema with more types. */
    extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  /** One tag: which plain scalars it takes (`resolve`) and the value it makes of them (`construct`). */
  export class Type {
    constructor(
      tag: string,
      options: {
        kind: 'scalar';
        resolve: (data: string | null) => boolean;
        construct: (data: string) => unknown;
      },
    );
  }
  /** Strings, sequences and mappings only. */
  export const FAILSAFE_SCHEMA: Schema;
  /** JSON's types: null, booleans, numbers. */
  export const JSON_SCHEMA: Schema;
  /** The built-in tags. */
  export const types: { null: Type; bool: Type };
  /** Parse one YAML document; throws on invalid YAML and on duplicate keys. */
  export function load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
  /** Write a value as one YAML document. */
  export function dump(
    value: unknown,
    options?: { lineWidth?: number; forceQuotes?: boolean; quotingType?: '"' | "'"; schema?: Schema },
  ): string;
}
