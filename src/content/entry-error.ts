/**
 * A problem with an article entry an editor has to fix: one line that starts
 * with the entry's path, then the field (or `frontmatter` for the YAML as a
 * whole), then what is wrong, e.g.
 * `content/articles/x.md: quotes.0.speaker: must not be blank; use null for no speaker`.
 */
export class EntryError extends Error {
  /** The entry's path relative to the project root, as the message starts with it. */
  readonly file: string;
  /** The field path (`quotes.0.speaker`), `frontmatter`, or undefined for the file as a whole. */
  readonly field: string | undefined;

  constructor(file: string, field: string | undefined, problem: string) {
    super(field === undefined ? `${file}: ${problem}` : `${file}: ${field}: ${problem}`);
    this.name = 'EntryError';
    this.file = file;
    this.field = field;
    // The fault is in the editor's file, not in the code that noticed it: Astro
    // prints a stack trace (and a "Location" in our loader) for any error that
    // has one, which buries the one line that matters. Node and Astro both
    // print the message alone when there is no stack.
    this.stack = undefined;
  }
}
