/**
 * Attribution rules as data: the order in which the quote attributor tries
 * them, and how sure each one is. The matching code looks each rule up by
 * name; reordering this table or changing a confidence needs no code change.
 */
export type AttributionRuleName =
  | 'quote-said-X'
  | 'quote-X-said'
  | 'X-said-colon'
  | 'according-to'
  | 'quote-dash-X'
  | 'split'
  | 'partial-in-clause'
  | 'continuation'
  | 'action-beat'
  | 'subject-beat'
  | 'headline'
  | 'multi-paragraph'
  | 'nested';

export interface AttributionRule {
  name: AttributionRuleName;
  /** Base confidence when the rule fires with a speaker named outright. */
  confidence: number;
  /** The shape of text the rule recognises. */
  example: string;
}

/** Tried in this order for every quote; the first rule that finds a speaker wins. */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  { name: 'quote-said-X', confidence: 0.95, example: '"…," said Ana Ruiz, the mayor of Lisbon.' },
  { name: 'quote-X-said', confidence: 0.95, example: '"…," Ana Ruiz said.' },
  { name: 'X-said-colon', confidence: 0.9, example: 'Ana Ruiz said: "…" / She added, "…"' },
  { name: 'according-to', confidence: 0.85, example: 'According to the ministry, "…"' },
  { name: 'split', confidence: 0.9, example: '"…," Ruiz said. "…" (the part after the attribution)' },
  { name: 'partial-in-clause', confidence: 0.8, example: 'Ruiz said the plan was "a good start".' },
  { name: 'quote-dash-X', confidence: 0.9, example: '"…" — Ana Ruiz (a block that is only a quote, signed by the name after a dash; in a headline, words may come before the quote)' },
  { name: 'continuation', confidence: 0.6, example: 'a paragraph that is only a quote, after a paragraph ending in an attributed quote, or after a paragraph of reported speech (`She added the pier was old.`) that follows the same speaker\'s quote' },
  { name: 'action-beat', confidence: 0.6, example: 'Ruiz shook her head. "…" (one person, the subject of the sentence before)' },
  { name: 'subject-beat', confidence: 0.55, example: 'Ruiz praised Berg\'s leadership. "…" (the person opening the sentence before as its subject, others named after)' },
];

/** Rules applied after the per-quote pass, to quotes that share a speaker with another quote. */
const PROPAGATION_RULES: readonly AttributionRule[] = [
  { name: 'multi-paragraph', confidence: 0.95, example: 'paragraphs that open a quote and close it only in the last one' },
  { name: 'headline', confidence: 0.9, example: 'Ruiz: "…" / MD says "…" (the headline; matched to the body)' },
  { name: 'nested', confidence: 0.9, example: '"He called it "a disgrace"," she said. (the inner quote)' },
];

export const RULE_BY_NAME: ReadonlyMap<AttributionRuleName, AttributionRule> = new Map(
  [...ATTRIBUTION_RULES, ...PROPAGATION_RULES].map((rule) => [rule.name, rule]),
);

/** How the speaker is named in the cue; the rule's confidence is multiplied by this. */
export type SpeakerReferenceForm = 'name' | 'role' | 'pronoun' | 'document';

export const REFERENCE_CONFIDENCE: Readonly<Record<SpeakerReferenceForm, number>> = {
  name: 1,
  role: 0.95,
  // Pronoun resolution reports its own certainty; this caps it.
  pronoun: 0.9,
  // `the report said`: the owner of the report is inferred from earlier text.
  document: 0.7,
};

/** A partial quote next to a stance verb (agreed, rejected) is weaker evidence than one next to `said`. */
export const STANCE_VERB_FACTOR = 0.9;

/**
 * Multi-word cues and the word in them that acts as the verb. The subject is
 * looked for before that word: `Northwind issued a statement, "…"`.
 */
export interface CuePhrase {
  words: readonly string[];
  verbIndex: number;
  /** The reporting verb form the phrase reads as, when its own verb word is none (`shot back` reads as `retorted`). */
  readsAs?: string;
  /** Only when punctuation follows: `she went on: "…"`, `"…," he went on.`, not `went on a diet`. */
  beforePunctuation?: boolean;
}

export const CUE_PHRASES: readonly CuePhrase[] = [
  { words: ['issued', 'a', 'statement'], verbIndex: 0 },
  { words: ['released', 'a', 'statement'], verbIndex: 0 },
  { words: ['issued', 'a', 'warning'], verbIndex: 0 },
  { words: ['put', 'out', 'a', 'statement'], verbIndex: 0 },
  { words: ['went', 'on', 'to', 'say'], verbIndex: 0 },
  { words: ['took', 'to', 'twitter'], verbIndex: 0 },
  // `as Tom Ridge put it: "…"`: how someone worded what the quote gives.
  { words: ['put', 'it'], verbIndex: 0 },
  { words: ['puts', 'it'], verbIndex: 0 },
  // Phrasal verbs of speech: `"…," Trump went on`, `she shot back`, `he pointed out`. Not `hit back`,
  // which is as often a deed (`he won't hit back "for the time being"`).
  { words: ['went', 'on'], verbIndex: 0, readsAs: 'continued', beforePunctuation: true },
  { words: ['goes', 'on'], verbIndex: 0, readsAs: 'continues', beforePunctuation: true },
  { words: ['shot', 'back'], verbIndex: 0, readsAs: 'retorted' },
  { words: ['fired', 'back'], verbIndex: 0, readsAs: 'retorted' },
  { words: ['pointed', 'out'], verbIndex: 0, readsAs: 'noted' },
  { words: ['points', 'out'], verbIndex: 0, readsAs: 'notes' },
  // `Trump further summed up Clinton as "terrible,"`, `"…," Ruiz chimed in`, `Berg weighed in: "…"`, `she lashed out at …`.
  { words: ['summed', 'up'], verbIndex: 0, readsAs: 'summarized' },
  { words: ['sums', 'up'], verbIndex: 0, readsAs: 'summarizes' },
  { words: ['chimed', 'in'], verbIndex: 0, readsAs: 'added', beforePunctuation: true },
  { words: ['chimes', 'in'], verbIndex: 0, readsAs: 'adds', beforePunctuation: true },
  { words: ['weighed', 'in'], verbIndex: 0, readsAs: 'commented' },
  { words: ['lashed', 'out'], verbIndex: 0, readsAs: 'criticized' },
];

/**
 * Role words a headline names a speaker by, and the role heads the entity
 * finder learns for that person in the body: `MD says …` is the person learned
 * as `managing director`.
 */
export const HEADLINE_ROLE_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['md', ['director']],
  ['ceo', ['executive', 'ceo']],
  ['boss', ['boss', 'executive', 'ceo', 'director', 'chief', 'manager']],
  ['chief', ['chief', 'executive', 'ceo']],
  ['pm', ['minister']],
]);

/** Confidence of a headline speaker found only from a role word (`MD says`), not from the quote's text in the body. */
export const HEADLINE_ROLE_CONFIDENCE = 0.6;

/** The hyphen and dashes that set a name apart from the words before it: a quote's signature (`'…' — Ruiz`), a name line (`Pollsters agree - Carl Bialik: "…"`). */
export const NAME_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '―']);

/** Words that introduce the source in `According to X, "…"`. */
export const SOURCE_INTRODUCERS: readonly (readonly string[])[] = [
  ['according', 'to'],
  // A passive of saying and its agent: `as described by FBI Director James Comey`.
  ['as', 'stated', 'by'],
  ['as', 'described', 'by'],
  ['as', 'explained', 'by'],
  ['as', 'noted', 'by'],
  ['as', 'put', 'by'],
  ['as', 'quoted', 'by'],
  ['in', 'the', 'words', 'of'],
];

/** How far (in tokens) the attributor looks for a cue around a quote. Keeps the work linear. */
export const CUE_WINDOW = {
  /** Tokens after a closing mark searched for `X said` / `said X`. */
  after: 30,
  /** After a quote that ends with a full stop, the cue's sentence must end within this many tokens of its verb. */
  tailAfterFullStop: 5,
  /** The subject of an after-quote cue must start within this many tokens of the closing mark. */
  afterSubjectStart: 6,
  /** Tokens before an opening mark searched for `X said:`. */
  before: 30,
  /** Tokens allowed between the cue verb and the `:` or `,` before the quote (`told reporters:`). */
  verbToMark: 6,
  /** Tokens searched back from a partial quote for the verb that governs it. */
  clause: 45,
} as const;
