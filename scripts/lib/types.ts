/** One article block cut from a corpus file (INTERFACE §1). */
export interface Block {
  /** Corpus file name as given on the command line, relative where possible. */
  file: string;
  /** 1-based line of the `<<<FILE>>>` marker. */
  line: number;
  /** Trimmed text after the marker; may be empty. */
  name: string;
  /** Raw text of the block, line endings normalised to `\n`. */
  text: string;
}

/** Where a warning points: the corpus file, the marker line and the block name. */
export interface Where {
  file: string;
  line: number;
  name: string;
  id?: string;
}

/** Something the ingest noticed and reports; `kind` is a short stable key for counting. */
export interface Warning extends Where {
  kind: string;
  message: string;
}

/** A paragraph the boilerplate stage removed, kept with its kind so metadata can still use it. */
export interface Removed {
  kind: string;
  text: string;
}

/** Build a warning for a block. */
export function warn(where: Where, kind: string, message: string): Warning {
  return {
    file: where.file,
    line: where.line,
    name: where.name,
    ...(where.id ? { id: where.id } : {}),
    kind,
    message,
  };
}
