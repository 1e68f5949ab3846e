/**
 * Words before a quoted name that open the clause it is the subject of, read
 * by the kind classifier: `said that "Tidewater" warns…`, `the "Tidewater" warns…`.
 * Reporting verbs and work nouns count too; they live in their own tables.
 */
export const SUBJECT_LEAD_INS: ReadonlySet<string> = new Set(['that', 'the', 'new', 'latest']);
