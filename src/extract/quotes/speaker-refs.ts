import { CUE_PHRASES } from '../lexicon/cue-patterns.ts';
import {
  AGE_DESCRIPTOR,
  DESCRIPTOR_NOUNS,
  DESCRIPTOR_READING,
  EPITHET_MODIFIERS,
  EPITHET_NOUNS,
  DETERMINERS,
  PLURAL_QUANTIFIERS,
  DOCUMENT_MODIFIERS,
  DOCUMENT_NOUNS,
  KIN_NOUNS,
  ORGANIZATION_SUBJECT_NOUNS,
  POSSESSIVE_DETERMINERS,
  AFFILIATION_LINKS,
  PREPOSITIONS,
  SPOKESPERSON_NOUNS,
  DEFINITE_SPOKESPERSON_NOUNS,
  CLAUSE_COORDINATORS,
  CUE_AUXILIARIES,
  SUBORDINATORS,
  BODY_VOICE_NOUNS,
  SUBJECT_PRONOUNS,
  isVerbPremodifier,
  type PronounReading,
} from '../lexicon/discourse-words.ts';
import { REPORTING_VERB_BY_FORM, type ReportingVerb } from '../lexicon/reporting-verbs.ts';
import type { EntityMention } from '../types.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import { isCapitalized, isLowerWord, isPossessive, type Token } from './tokenize.ts';
import { isTerminal } from '../analysis/characters.ts';
import { isPersonRoleNoun, PERSON_ROLE_NOUNS } from '../lexicon/role-nouns.ts';
import { POST_NOMINALS } from '../lexicon/titles.ts';
import { isPartyWord } from '../gazetteer/index.ts';
import { FUNCTION_WORDS } from '../entities/common-words.ts';

/** How a cue names its speaker, before that is resolved to an entity. */
export type SpeakerRef =
  | { form: 'mention'; mention: EntityMention; first: number }
  /** `Acme's press office`: the owner speaks only if it is a body (a person's spokesman is not the person). */
  | { form: 'body-voice'; mention: EntityMention; first: number }
  | { form: 'pronoun'; reading: PronounReading; first: number }
  | { form: 'document'; first: number }
  | { form: 'organization-noun'; noun: string; first: number; modifier?: string }
  | { form: 'kin'; noun: string; first: number }
  | { form: 'role-holder'; noun: string; first: number }
  /** `the spokesman`, `the rep`: the body whose spokesperson the article named before. */
  | { form: 'spokesperson'; first: number }
  /** `A spokesman said:` naming no body: the organization that is the nearest subject before it (resolveUnnamedSpokesperson). */
  | { form: 'unnamed-spokesperson'; first: number };

/** A reporting verb found at a token: the verb, and the tokens of the cue as written. */
export interface VerbAt {
  verb: ReportingVerb | null;
  /** Token index of the verb (for a phrase, of the word that acts as the verb). */
  index: number;
  /** Last token of the cue (the phrase's last word). */
  last: number;
}

const MAX_APPOSITIVE_SPAN = 45;

/** The word each cue phrase has for its verb (`issued` of `issued a statement`). */
const CUE_PHRASE_VERBS: ReadonlySet<string> = new Set(CUE_PHRASES.map((phrase) => phrase.words[phrase.verbIndex]!));

/** Verb words of the phrases that read as a reporting verb of their own (`shot` of `shot back`). */
const READS_AS_PHRASE_VERBS: ReadonlySet<string> = new Set(
  CUE_PHRASES.filter((phrase) => phrase.readsAs !== undefined).map((phrase) => phrase.words[phrase.verbIndex]!),
);

/**
 * Whether reportingVerbAt may name a verb at a token of this word (lower
 * case): a reporting verb's form, or the verb word of a phrase that reads as
 * one. Callers scanning every token ask this first and skip the phrase search
 * elsewhere.
 */
export function mayNameReportingVerb(lower: string): boolean {
  return REPORTING_VERB_BY_FORM.has(lower) || READS_AS_PHRASE_VERBS.has(lower);
}

/** How many modifiers may stand between a determiner and the bare form it makes a noun: `her economically depressed state`. */
const MAX_NOUN_MODIFIERS = 3;

/**
 * `an Instagram post`, `her economically depressed state`, `the annual police
 * report`: a bare form after a determiner and modifiers is a noun, since a
 * singular subject would take the -s form. After `a`/`an` one modifier of any
 * case; after the others one to three in lower case, since a capitalized one
 * may be a body whose verb takes the plural (`The MDA say`). A modifier ending
 * in -s may be a plural subject (`the students chant`), and `that` or `whose`
 * may open a clause (`said that police report`): neither reads as a noun phrase.
 */
function bareFormIsNoun(block: AnalyzedBlock, i: number): boolean {
  const before = block.tokens[i - 1];
  if (INDEFINITE_ARTICLES.has(block.tokens[i - 2]?.lower ?? '') && before?.isWord === true) return true;
  for (let j = i - 1; j >= Math.max(0, i - 1 - MAX_NOUN_MODIFIERS); j -= 1) {
    const token = block.tokens[j]!;
    if (isPossessive(token) || (DETERMINERS.has(token.lower) && !CLAUSE_OPENING_DETERMINERS.has(token.lower))) return j < i - 1;
    if (!isLowerWord(token) || block.depth[j] !== 0 || token.lower.endsWith('s') || FUNCTION_WORDS.has(token.lower) || REPORTING_VERB_BY_FORM.has(token.lower)) return false;
  }
  return false;
}

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Determiners that also open a clause: `said that police report …`, `parents whose children state …`. */
const CLAUSE_OPENING_DETERMINERS: ReadonlySet<string> = new Set(['that', 'whose']);

/** A court's written decisions: `the ruling said`, `the opinion states`. */
const JUDGMENT_NOUNS: ReadonlySet<string> = new Set(['ruling', 'opinion', 'judgment', 'judgement']);

/** Possessives that give an organization's role holder: `its chief executive`, `their coach`. */
const ROLE_OWNERS: ReadonlySet<string> = new Set(['its', 'their']);
/** Words allowed between the owner and the role noun: `its managing director`. */
const MAX_ROLE_MODIFIERS = 2;

/**
 * The reporting verb at token i, if it is one and is used as a verb: a
 * determiner or a possessive before it makes it a noun (`the claim`,
 * `Korea's call`).
 */
export function reportingVerbAt(block: AnalyzedBlock, i: number): VerbAt | null {
  const token = block.tokens[i];
  if (token === undefined || !token.isWord || block.depth[i] !== 0) return null;
  // A phrase matches only at its own verb word, so most tokens need not try the phrases at all.
  if (CUE_PHRASE_VERBS.has(token.lower)) {
    for (const phrase of CUE_PHRASES) {
      if (phraseAt(block, i - phrase.verbIndex, phrase.words)) {
        const verb = REPORTING_VERB_BY_FORM.get(phrase.readsAs ?? phrase.words[phrase.verbIndex]!) ?? null;
        const last = i - phrase.verbIndex + phrase.words.length - 1;
        const after = block.tokens[last + 1];
        if (phrase.beforePunctuation === true && after?.isWord === true) continue;
        return { verb, index: i, last };
      }
    }
  }
  const verb = REPORTING_VERB_BY_FORM.get(token.lower);
  if (verb === undefined) return null;
  if (token.text[0] !== token.text[0]!.toLowerCase() && block.sentenceStart[i] !== i) return null;
  const before = block.tokens[i - 1];
  if (before !== undefined && (DETERMINERS.has(before.lower) || isPossessive(before))) return null;
  if (token.lower === verb.lemma && bareFormIsNoun(block, i)) return null;
  // `many Asian states`, `two news reports`: after a word that counts, with at most one modifier between, the -s form is a plural noun.
  if (token.lower !== verb.lemma && token.lower.endsWith('s') && countedNoun(block, i)) return null;
  // `Rubio will continue to be …`: before an infinitive, `continue` says how long, not that anyone spoke.
  if (ASPECT_BEFORE_INFINITIVE.has(verb.lemma) && block.tokens[i + 1]?.lower === 'to') return null;
  // `could be blamed on`, `was praised by`: in the passive a verb of stance has no speaker for its subject.
  if (verb.strength === 'stance' && before !== undefined && PASSIVE_AUXILIARIES.has(before.lower)) return null;
  return { verb, index: i, last: i };
}

/** A quantifier right before token `i`, or before one lower-case or capitalized modifier before it. */
function countedNoun(block: AnalyzedBlock, i: number): boolean {
  const before = block.tokens[i - 1];
  if (before === undefined || !before.isWord) return false;
  if (PLURAL_QUANTIFIERS.has(before.lower)) return true;
  const earlier = block.tokens[i - 2];
  return earlier !== undefined && earlier.isWord && PLURAL_QUANTIFIERS.has(earlier.lower);
}

/** Reporting verbs that, before `to`, only mark duration (`continued to rise`). */
const ASPECT_BEFORE_INFINITIVE: ReadonlySet<string> = new Set(['continue']);

function phraseAt(block: AnalyzedBlock, at: number, words: readonly string[]): boolean {
  if (at < 0 || at + words.length > block.tokens.length) return false;
  return words.every((word, k) => block.tokens[at + k]!.lower === word && block.depth[at + k] === 0);
}

/** Tokens `was quoted` may stand before `as saying`: `by the Gazette`, `in a report`. */
const QUOTED_AS_REACH = 6;

/**
 * `Berg was quoted (by the Gazette) as saying …`: the one quoted is the
 * subject of `quoted`, not the words before `as`. The subject of `saying`
 * when it follows `as` and a `quoted` at most QUOTED_AS_REACH tokens back in
 * the reporter's words; null otherwise.
 */
export function quotedAsSayingSubject(block: AnalyzedBlock, verb: number, floor: number): SpeakerRef | null {
  const { tokens } = block;
  if (tokens[verb]?.lower !== 'saying' || tokens[verb - 1]?.lower !== 'as') return null;
  for (let k = verb - 2; k >= Math.max(floor, verb - 2 - QUOTED_AS_REACH); k -= 1) {
    if (block.depth[k] !== 0 || !tokens[k]!.isWord) return null;
    if (tokens[k]!.lower !== 'quoted') continue;
    const auxiliary = tokens[k - 1]?.lower;
    if (auxiliary !== undefined && PASSIVE_AUXILIARIES.has(auxiliary)) return subjectBefore(block, k - 1, floor);
    // `The Gazette quoted Berg as saying …`: in the active voice the one quoted is the object, not the subject;
    // `with Mr Dixon quoted as saying` names no object and is passive.
    return quotedObject(block, k, verb - 1) ?? subjectBefore(block, k, floor);
  }
  return null;
}

/** `was`, `is`, `been`… before a participle: the passive (`quoted as saying`, `could be blamed on`). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** The name between an active `quoted` at `quoted` and its `as` at `as`; null when none is named there. */
function quotedObject(block: AnalyzedBlock, quoted: number, as: number): SpeakerRef | null {
  for (let j = quoted + 1; j < as; j += 1) {
    const mention = block.mentionStarting[j];
    if (mention !== undefined) return { form: 'mention', mention, first: j };
  }
  return null;
}

/** Skips auxiliaries and adverbs before a verb (`has`, `also`); returns the index of the word before them. */
export function skipPremodifiers(block: AnalyzedBlock, i: number, floor: number): number {
  let j = i;
  let skipped = 0;
  // `Mrs May said`: a word that ends a name is the subject, even when it is also a modal.
  while (j >= floor && skipped < 3 && block.mentionEnding[j] === undefined && (isVerbPremodifier(block.tokens[j]!) || sinceAfterPerfect(block, j))) {
    j -= 1;
    skipped += 1;
  }
  return j;
}

/** `Clinton has since apologized`: after `has`, `have` or `had` (CUE_AUXILIARIES), `since` means "from then on", not a clause of its own. */
function sinceAfterPerfect(block: AnalyzedBlock, j: number): boolean {
  return block.tokens[j]!.lower === 'since' && CUE_AUXILIARIES.has(block.tokens[j - 1]?.lower ?? '');
}

/**
 * The token before the verb at `verb`, or before its `be` (PASSIVE_AUXILIARIES, the forms of `be`) when the verb
 * is in -ing (`Sanders is pledging to`, `has been saying`):
 * the progressive has the subject the verb has. Not before a past participle (`Sanders was told`): the passive's
 * subject is the one spoken to.
 */
function progressiveAuxiliaryBefore(block: AnalyzedBlock, verb: number): number {
  const before = block.tokens[verb - 1];
  return block.tokens[verb]!.lower.endsWith('ing') && before !== undefined && PASSIVE_AUXILIARIES.has(before.lower) ? verb - 2 : verb - 1;
}

/**
 * Words between a subject and `to` before a verb of speech that leave the saying to that subject: `went on to
 * say`, `went so far as to say`, `was quick to add`, `was prompted to say`, `interjected to say`. Verbs that take
 * an object who does the saying (`told reporters to say`, `urged him to say`) are not among them.
 */
const INFINITIVE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'went', 'go', 'goes', 'going', 'gone', 'on', 'so', 'far', 'as', 'was', 'were', 'is', 'are', 'be', 'been', 'quick',
  'prompted', 'moved', 'compelled', 'hastened', 'rushed', 'interjected', 'proceeded', 'paused', 'stopped', 'returned',
  'also', 'later', 'then', 'felt', 'obliged', 'careful', 'eager', 'keen', 'wrote', 'called', 'came', 'back',
]);
/** Most such words between a subject and `to`: `went so far as`. */
const MAX_INFINITIVE_LEAD_WORDS = 4;

/**
 * `Clinton went on to say: "…"`: the verb at `verb` is a verb of speech in its bare form after `to`, and only
 * words of INFINITIVE_LEAD_WORDS stand between `to` and what comes before them. The first of those words,
 * where the subject's verb stands, or null.
 */
export function infinitiveMatrixStart(block: AnalyzedBlock, verb: number, floor: number): number | null {
  const { tokens } = block;
  const form = REPORTING_VERB_BY_FORM.get(tokens[verb]?.lower ?? '');
  if (form === undefined || form.lemma !== tokens[verb]!.lower || tokens[verb - 1]?.lower !== 'to') return null;
  let first = verb - 1;
  while (first - 1 >= floor && verb - 1 - (first - 1) <= MAX_INFINITIVE_LEAD_WORDS && block.depth[first - 1] === 0 && INFINITIVE_LEAD_WORDS.has(tokens[first - 1]!.lower)) {
    first -= 1;
  }
  return first < verb - 1 ? first : null;
}

/**
 * The speaker written just before a verb at token `verb`, not before token
 * `floor`: a name or role (`Novak said`), a pronoun (`he added`), a document
 * (`the release stated`), or the head of an appositive (`Reyes, a spokesman
 * with Northwind, said`).
 */
export function subjectBefore(block: AnalyzedBlock, verb: number, floor: number): SpeakerRef | null {
  const matrix = infinitiveMatrixStart(block, verb, floor);
  if (matrix !== null) {
    const ref = subjectBefore(block, matrix, floor);
    // `It's easy to say`: an empty `it` says nothing.
    return ref !== null && block.tokens[ref.first]?.lower === 'it' ? null : ref;
  }
  let i = skipPremodifiers(block, progressiveAuxiliaryBefore(block, verb), floor);
  if (i < floor) return null;
  const { tokens } = block;
  // `Peter Ainsworth MP said`: the letters after a name are no part of the subject's reach.
  if (isPostNominal(tokens[i]!) && i - 1 >= floor && block.mentionEnding[i - 1] !== undefined) i -= 1;
  if (tokens[i]!.text === ')') i = skipParenthesisBack(block, i, floor);
  else if (DASHES.has(tokens[i]!.text)) i = skipDashPairBack(block, i, floor);
  if (i < floor) return null;
  // `Clinton in a statement said`: the phrase's own noun (`statement`, `Paris`) is not the subject.
  const beforePhrase = tokens[i]!.isWord ? subjectBeforeAdverbialPhrase(block, i, floor) : null;
  if (beforePhrase !== null) return beforePhrase;
  const direct = referenceEndingAt(block, i, floor);
  if (direct !== null) return direct;
  // `… Ellie Marsh, who said …`: the relative pronoun stands for the name before its comma.
  if (RELATIVE_SUBJECTS.has(tokens[i]!.lower) && tokens[i - 1]?.text === ',' && i - 2 >= floor) {
    const antecedent = block.mentionEnding[i - 2];
    if (antecedent !== undefined && block.depth[i - 2] === 0) return { form: 'mention', mention: antecedent, first: firstTokenOf(block, i - 2, antecedent.start) };
  }
  if (tokens[i]!.text === ',') return appositiveHead(block, Math.max(floor, i - MAX_APPOSITIVE_SPAN), i, tokens[verb]!.lower.endsWith('ing'));
  // `Akhil Amar, author of ''America's Unwritten Constitution,'' put it`: an appositive ending in a title, its comma inside the marks.
  if (block.isMark[i] === 1 && tokens[i - 1]?.text === ',' && block.depth[i - 1] !== 0) {
    return appositiveHead(block, Math.max(floor, i - 1 - MAX_APPOSITIVE_SPAN), i - 1, tokens[verb]!.lower.endsWith('ing'));
  }
  return null;
}

/** `MP`, `QC`, `PhD` written after a name: capitals (the one mixed form, `PhD`, as written), one of POST_NOMINALS. */
function isPostNominal(token: Token): boolean {
  return token.isWord && POST_NOMINALS.has(token.lower) && (token.text === token.text.toUpperCase() || token.text === 'PhD');
}

/** Prepositions of the where, when and how that may stand between a subject and its verb: `Trump in a statement said`. */
const ADVERBIAL_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'via', 'through', 'over']);
/** Words besides the coordinators and subordinators after which a clause opens: `, Clinton in a statement said`. */
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set([',', 'that', 'which', 'as']);
/** Tokens such a phrase may run, its preposition included: `in his announcement speech`, `on ABC's This Week`. */
const MAX_ADVERBIAL_TOKENS = 6;

/**
 * `Trump in his announcement speech called immigrants "rapists"`, `Clinton in a statement said`: a name or
 * pronoun, then a short phrase of place, time or manner (a preposition, words, no comma, no quote, no verb of
 * speech), ending at token `last` before the verb.
 */
function subjectBeforeAdverbialPhrase(block: AnalyzedBlock, last: number, floor: number): SpeakerRef | null {
  for (let p = last; p >= Math.max(floor + 1, last - MAX_ADVERBIAL_TOKENS + 1); p -= 1) {
    const token = block.tokens[p]!;
    // `knocked Rubio on trade and called him`: a second verb of the clause, whose subject is someone else.
    if (block.depth[p] !== 0 || !token.isWord || CLAUSE_COORDINATORS.has(token.lower) || reportingVerbAt(block, p) !== null) return null;
    if (!ADVERBIAL_PREPOSITIONS.has(token.text)) continue;
    const ref = referenceEndingAt(block, p - 1, floor);
    if (ref === null || (ref.form !== 'mention' && ref.form !== 'pronoun')) return null;
    // The name opens its clause: after a verb (`met with Trump in December`) it is an object.
    const before = block.tokens[ref.first - 1];
    const opens = before === undefined || ref.first === block.sentenceStart[ref.first];
    return opens || CLAUSE_OPENING_WORDS.has(before.lower) || CLAUSE_COORDINATORS.has(before.lower) || SUBORDINATORS.has(before.lower) ? ref : null;
  }
  return null;
}

const DASHES: ReadonlySet<string> = new Set(['—', '–']);
/** Tokens a description between two dashes may run: `— mentioned by Newsmax as the leading choice for the post —`. */
const MAX_DASH_PAIR_TOKENS = 25;

/**
 * `Gingrich — mentioned by Newsmax as the leading choice — told`: from a dash
 * right before the verb back to the dash that opens the description, and the
 * token before it, where the subject ends; the dash itself when no opening
 * dash comes first (a quote or a sentence's end stops it).
 */
function skipDashPairBack(block: AnalyzedBlock, close: number, floor: number): number {
  for (let j = close - 1; j >= Math.max(floor, close - MAX_DASH_PAIR_TOKENS); j -= 1) {
    const token = block.tokens[j]!;
    if (block.depth[j] !== 0 || isTerminal(token.text)) return close;
    if (DASHES.has(token.text)) return j - 1;
  }
  return close;
}

function skipParenthesisBack(block: AnalyzedBlock, close: number, floor: number): number {
  for (let j = close - 1; j >= Math.max(floor, close - 10); j -= 1) {
    if (block.tokens[j]!.text === '(') return j - 1;
  }
  return close;
}

/**
 * The name starting at token `first` is the agent of a passive (`data released by the Federal Reserve`), not of
 * a document, whose words are its author's (`a statement issued by the Treasury said`).
 */
function passiveAgentAt(block: AnalyzedBlock, first: number): boolean {
  let k = first - 1;
  if (block.tokens[k]?.lower === 'the') k -= 1;
  if (block.tokens[k]?.lower !== 'by' || !/^\p{Ll}+ed$/u.test(block.tokens[k - 1]?.text ?? '')) return false;
  return !DOCUMENT_NOUNS.has(block.tokens[k - 2]?.lower ?? '');
}

/**
 * `the Dane`, `the 24-year-old`, `the 24-year-old Dane`, `the 36-year-old actress`: a descriptor for the person
 * just written about, ending at token `i` (an age before a role noun describes a person already named). The
 * index of its `the`, or null.
 */
function descriptorEndingAt(block: AnalyzedBlock, i: number, floor: number): number | null {
  const { tokens } = block;
  const head = tokens[i]?.lower ?? '';
  if ((DESCRIPTOR_NOUNS.has(head) || AGE_DESCRIPTOR.test(head)) && tokens[i - 1]?.lower === 'the' && i - 1 >= floor) return i - 1;
  const aged = (DESCRIPTOR_NOUNS.has(head) || PERSON_ROLE_NOUNS.has(head)) && AGE_DESCRIPTOR.test(tokens[i - 1]?.lower ?? '');
  if (aged && tokens[i - 2]?.lower === 'the' && i - 2 >= floor) return i - 2;
  if (isLowerWord(tokens[i]) && EPITHET_NOUNS.has(head)) return epithetStart(block, i, floor);
  // `the Illinois Democrat`, `the West Virginia Democrat`: a party member named by the state he stands for.
  const before = tokens[i - 1];
  const party = tokens[i] !== undefined && isCapitalized(tokens[i]!) && isPartyWord(tokens[i]!.text) && before !== undefined && isCapitalized(before);
  return party ? epithetStart(block, i, floor) : null;
}

/** Most words before an epithet's noun: `the European cross-country champion`. */
const EPITHET_MODIFIER_REACH = 2;

/**
 * `the Tottenham striker`, `the Newport-based athlete`, `the former Chelsea star`: the index of the `the` before
 * one or two capitalized, hyphenated or describing words and the noun at `i`, or null. A bare `the striker`
 * is a role the rules resolve to whoever was given it.
 */
function epithetStart(block: AnalyzedBlock, i: number, floor: number): number | null {
  const { tokens } = block;
  for (let k = i - 1; k >= Math.max(floor, i - EPITHET_MODIFIER_REACH); k -= 1) {
    const token = tokens[k]!;
    if (!token.isWord || block.depth[k] !== 0) return null;
    const describes = isCapitalized(token) || token.lower.includes('-') || EPITHET_MODIFIERS.has(token.lower);
    if (!describes) return null;
    if (tokens[k - 1]?.lower === 'the' && k - 1 >= floor) return k - 1;
  }
  return null;
}

/** A name, pronoun or document noun phrase whose last token is i. */
function referenceEndingAt(block: AnalyzedBlock, i: number, floor: number): SpeakerRef | null {
  if (block.depth[i] !== 0) return null;
  const mention = block.mentionEnding[i];
  if (mention !== undefined) {
    const first = firstTokenOf(block, i, mention.start);
    const holder = affiliationHolder(block, first, floor);
    if (holder === UNNAMED_HOLDER) return null;
    if (holder !== null) return holder;
    // `data released by the Federal Reserve today indicate`: a passive's agent is no subject of the verb after it.
    return passiveAgentAt(block, first) ? null : { form: 'mention', mention, first };
  }
  const token = block.tokens[i]!;
  const affiliated = holderBeforeUnresolvedName(block, i, floor);
  if (affiliated !== null) return affiliated;
  // `a council spokeswoman said`: an unnamed spokesperson speaks for the organization.
  if (SPOKESPERSON_NOUNS.has(token.lower) && i - 1 >= floor) {
    const owner = block.mentionEnding[i - 1];
    if (owner !== undefined) {
      const first = firstTokenOf(block, i - 1, owner.start);
      // `Ms Ruiz's spokesman said`: as below, only a body speaks through its spokesperson.
      return isPossessive(block.tokens[i - 1]!) ? { form: 'body-voice', mention: owner, first } : { form: 'mention', mention: owner, first };
    }
    const before = block.tokens[i - 1]!.lower;
    if (ORGANIZATION_SUBJECT_NOUNS.has(before)) return { form: 'organization-noun', noun: before, first: i - 1 };
    // `The Home Office defended the measures. A spokesman said:`: a spokesperson of no body named speaks for the nearest body.
    if (before === 'a' || before === 'an') return { form: 'unnamed-spokesperson', first: i - 1 };
  }
  // `A Petrolimex representative said …` then `"…," the rep added`: the spokesperson named before, of a body.
  if (DEFINITE_SPOKESPERSON_NOUNS.has(token.lower) && block.tokens[i - 1]?.lower === 'the' && i - 1 >= floor) {
    return { form: 'spokesperson', first: i - 1 };
  }
  // `Telstra's social media team responded`: a body's voice after its possessive name, a few lower-case words between.
  if (BODY_VOICE_NOUNS.has(token.lower) || SPOKESPERSON_NOUNS.has(token.lower)) {
    let j = i - 1;
    while (j >= floor && j > i - 1 - MAX_VOICE_MODIFIERS && isLowerWord(block.tokens[j])) j -= 1;
    // A spokesperson noun right after its owner's name was taken above; here it needs describing words between.
    const described = i - 1 - j > 0;
    const owner = j >= floor && (described || BODY_VOICE_NOUNS.has(token.lower)) ? block.mentionEnding[j] : undefined;
    if (owner !== undefined && block.depth[j] === 0 && isPossessive(block.tokens[j]!)) {
      return { form: 'body-voice', mention: owner, first: firstTokenOf(block, j, owner.start) };
    }
  }
  const reading = SUBJECT_PRONOUNS.get(token.lower);
  if (reading !== undefined) return { form: 'pronoun', reading, first: i };
  const descriptor = descriptorEndingAt(block, i, floor);
  if (descriptor !== null) return { form: 'pronoun', reading: DESCRIPTOR_READING, first: descriptor };
  // `his father said`: only the person learned with that role, never the possessor.
  if (KIN_NOUNS.has(token.lower) && POSSESSIVE_DETERMINERS.has(block.tokens[i - 1]?.lower ?? '') && i - 1 >= floor) {
    return { form: 'kin', noun: token.lower, first: i - 1 };
  }
  // `its managing director called`: the one person the article gives that role, wherever it names them.
  if (PERSON_ROLE_NOUNS.has(token.lower)) {
    let j = i - 1;
    while (j >= floor && j > i - 1 - MAX_ROLE_MODIFIERS && block.tokens[j]!.isWord && block.tokens[j]!.text === block.tokens[j]!.lower && !ROLE_OWNERS.has(block.tokens[j]!.lower) && !isPossessive(block.tokens[j]!)) j -= 1;
    const owner = block.tokens[j];
    if (j >= floor && owner !== undefined && (ROLE_OWNERS.has(owner.lower) || isPossessive(owner))) return { form: 'role-holder', noun: token.lower, first: j };
  }
  // `The company said`, with no mention the entity finder resolved: matched to an organization later.
  if (ORGANIZATION_SUBJECT_NOUNS.has(token.lower) && block.tokens[i - 1]?.lower === 'the' && i - 1 >= floor) {
    return { form: 'organization-noun', noun: token.lower, first: i - 1 };
  }
  // `the Denver-based company said`: a hyphenated modifier only describes the organization already named.
  if (ORGANIZATION_SUBJECT_NOUNS.has(token.lower) && HYPHENATED_MODIFIER.test(block.tokens[i - 1]?.text ?? '') && block.tokens[i - 2]?.lower === 'the' && i - 2 >= floor) {
    return { form: 'organization-noun', noun: token.lower, first: i - 2 };
  }
  // `the employer group said`: a lower-case modifier that only an organization's own name repeats picks it out.
  const modifier = block.tokens[i - 1];
  if (ORGANIZATION_SUBJECT_NOUNS.has(token.lower) && modifier !== undefined && isLowerWord(modifier) && !PREPOSITIONS.has(modifier.lower) && block.tokens[i - 2]?.lower === 'the' && i - 2 >= floor) {
    return { form: 'organization-noun', noun: token.lower, first: i - 2, modifier: modifier.lower };
  }
  // `the ruling said`: a court's written decision speaks for the one judge the article names.
  if (JUDGMENT_NOUNS.has(token.lower) && block.tokens[i - 1]?.lower === 'the' && i - 1 >= floor) {
    return { form: 'role-holder', noun: 'judge', first: i - 1 };
  }
  if (DOCUMENT_NOUNS.has(token.lower)) {
    let j = i - 1;
    while (j >= floor && j > i - 4 && DOCUMENT_MODIFIERS.has(block.tokens[j]!.lower)) j -= 1;
    if (j < floor) return null;
    const owner = block.mentionEnding[j];
    if (owner !== undefined) return { form: 'mention', mention: owner, first: firstTokenOf(block, j, owner.start) };
    // `the department's news release`: the organization named by its noun owns the document.
    const ownerNoun = block.tokens[j]!.lower.replace(/['’]s$/u, '');
    if (/['’]s$/u.test(block.tokens[j]!.lower) && ORGANIZATION_SUBJECT_NOUNS.has(ownerNoun) && block.tokens[j - 1]?.lower === 'the' && j - 1 >= floor) {
      return { form: 'organization-noun', noun: ownerNoun, first: j - 1 };
    }
    if (DETERMINERS.has(block.tokens[j]!.lower)) return { form: 'document', first: j };
  }
  return null;
}

/** `Denver-based`, `state-owned`, `family-run`: a compound modifier ending in a lower-case word. */
const HYPHENATED_MODIFIER = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-\p{Ll}+$/u;


/** Lower-case words inside institution names: `Universidad de las Américas`, `Banco do Brasil`. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'do', 'da', 'dos', 'das', 'di', 'della', 'y', 'e']);

const MAX_DESCRIPTION_WORDS = 2;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Lower-case words allowed between a body's possessive name and its voice: `social media`, `press`. */
const MAX_VOICE_MODIFIERS = 2;

/** A person is named before the affiliation, but the entity finder did not resolve them. */
const UNNAMED_HOLDER = 'unnamed-holder';

/**
 * `Peter Grant of Morgan Hale wrote`, `Chief Ann Roe of the City Police said`:
 * the person before `of` is the subject, the organization only their
 * affiliation. Two capitalized words there that are no known entity are still
 * a person, so the organization is not the speaker.
 */
function affiliationHolder(block: AnalyzedBlock, first: number, floor: number): SpeakerRef | typeof UNNAMED_HOLDER | null {
  let at = first - 1;
  // `Tomás Arriaga of the Universidad de las Américas Puebla said`: the entity finder may resolve only
  // the tail of a long institution name, so its capitalized head and name particles are skipped.
  for (let skipped = 0; skipped < MAX_UNRESOLVED_NAME_WORDS && at > floor && block.depth[at] === 0; skipped += 1) {
    const token = block.tokens[at]!;
    if (!NAME_PARTICLES.has(token.lower) && !(isCapitalized(token) && block.sentenceStart[at] !== at && block.mentionEnding[at] === undefined)) break;
    at -= 1;
  }
  // `Han Ji-woo of the law firm Daeryun`: a common-noun description between the article and the name.
  let described = at;
  while (described > floor && at - described < MAX_DESCRIPTION_WORDS && isLowerWord(block.tokens[described]) && !AFFILIATION_LINKS.has(block.tokens[described]!.lower) && block.tokens[described]!.lower !== 'the') described -= 1;
  if (described !== at && ARTICLES.has(block.tokens[described]?.lower ?? '')) at = described;
  if (ARTICLES.has(block.tokens[at]?.lower ?? '')) at -= 1;
  const link = block.tokens[at];
  if (link === undefined || !AFFILIATION_LINKS.has(link.lower) || at - 1 < floor) return null;
  const opened = holderOfOpenAppositive(block, at, floor);
  if (opened !== null) return opened;
  const name = at - 1;
  const holder = block.mentionEnding[name];
  if (block.depth[name] !== 0) return null;
  if (holder !== undefined) return { form: 'mention', mention: holder, first: firstTokenOf(block, name, holder.start) };
  const last = block.tokens[name]!;
  const before = block.tokens[name - 1];
  const namedPerson = isCapitalized(last) && before !== undefined && isCapitalized(before) && block.sentenceStart[name] !== name;
  return namedPerson ? UNNAMED_HOLDER : null;
}

/** Most lower-case words of a role between its comma (or article) and its `at`: `chairman and chief executive officer`. */
const MAX_OPEN_ROLE_WORDS = 6;

/**
 * `Marc Ostwald, a strategist at Monument Securities told …`, `Jim Miller,
 * president of NAWG said`: a person, a comma, then a role (lower-case words,
 * perhaps after an article, one of them a person's role noun) and its
 * affiliation, the appositive never closed before the verb. The person is the
 * subject. `link` is the index of `at`, `of` or `from`.
 */
function holderOfOpenAppositive(block: AnalyzedBlock, link: number, floor: number): SpeakerRef | null {
  const { tokens } = block;
  let j = link - 1;
  let role = false;
  while (j >= floor && link - 1 - j < MAX_OPEN_ROLE_WORDS && isLowerWord(tokens[j]) && !ARTICLES.has(tokens[j]!.lower)) {
    if (isPersonRoleNoun(tokens[j]!.lower)) role = true;
    j -= 1;
  }
  if (ARTICLES.has(tokens[j]?.lower ?? '')) j -= 1;
  if (!role || j - 1 < floor || tokens[j]?.text !== ',' || block.depth[j - 1] !== 0) return null;
  const person = block.mentionEnding[j - 1];
  return person === undefined ? null : { form: 'mention', mention: person, first: firstTokenOf(block, j - 1, person.start) };
}

/** The first token of the mention starting at character `start` whose last token is `last`. */
export function firstTokenOf(block: AnalyzedBlock, last: number, start: number): number {
  let first = last;
  while (first > 0 && block.tokens[first - 1]!.start >= start) first -= 1;
  return first;
}

/** The first token from `first` on that starts at or after character `end` (the token after a mention ending there), at most `limit`. */
export function tokenFrom(block: AnalyzedBlock, first: number, end: number, limit: number = block.tokens.length): number {
  let k = first;
  while (k < limit && block.tokens[k]!.start < end) k += 1;
  return k;
}

/**
 * In `A, B, C, said` the speaker is the first comma-separated chunk that ends
 * in a name: `In a statement, Northwind, which operates as Blue Heron,
 * issued …` gives Northwind, and a long title after the name is skipped.
 */
function appositiveHead(block: AnalyzedBlock, floor: number, lastComma: number, participle = false): SpeakerRef | null {
  let chunkStart = floor;
  for (let j = floor; j <= lastComma; j += 1) {
    if (block.tokens[j]!.text !== ',' || block.depth[j] !== 0) continue;
    // `Tom Reed quits Labour, says …`: a clause opening with a name has that name as its subject, never its object.
    // Before a participle (`…, saying "…"`), also after a clause opener and past titles: `And then Tom Reed went on
    // the attack, saying`, `Harbour Police Chief Tom Reed lobbied for a ban, saying` (a finite verb there may be a
    // clause of its own: `But Howard denied Yeo, his spokesman, said`).
    const { mention: opening, first: start } = participle ? nameOpeningChunk(block, chunkStart, j) : { mention: block.mentionStarting[chunkStart], first: chunkStart };
    chunkStart = j + 1;
    if (opening !== undefined && block.depth[start] === 0) {
      let openingLast = start;
      while (openingLast + 1 < j && block.tokens[openingLast + 1]!.end <= opening.end) openingLast += 1;
      const next = block.tokens[openingLast + 1]!;
      const verbLike = openingLast + 1 < j && next.isWord && next.text === next.lower && !PREPOSITIONS.has(next.lower) && !NOT_VERBS.has(next.lower);
      if (verbLike && !isPossessive(block.tokens[openingLast]!) && !/^['’]/u.test(block.text.slice(opening.end, opening.end + 1))) {
        return { form: 'mention', mention: opening, first: start };
      }
    }
    let end = j - 1;
    if (block.tokens[end]?.text === ')') end = skipParenthesisBack(block, end, floor);
    if (end < floor) continue;
    const mention = block.mentionEnding[end];
    if (mention !== undefined && block.depth[end] === 0) {
      const first = firstTokenOf(block, end, mention.start);
      // `Their lawyer, Han Ji-woo of the law firm Daeryun, told`: the person before `of` heads the chunk.
      const holder = affiliationHolder(block, first, Math.max(floor, start));
      if (holder === UNNAMED_HOLDER) return null;
      return holder ?? { form: 'mention', mention, first };
    }
    const affiliated = holderBeforeUnresolvedName(block, end, floor);
    if (affiliated !== null) return affiliated;
  }
  return null;
}

/** Words that may open a clause before its subject: `And then Tom Reed went …`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'so', 'yet', 'also']);

/**
 * The name that ends the run of names, capitalized words and role nouns from `start` (not past `end`),
 * and the index of the first token after the run: `Harbour Police Chief Tom Reed` and `White House
 * spokesman Marlin Fitzwater` give the person, not the body; a capitalized word after the last name
 * (`Tom Reed Harbour …`) leaves none. Read by the clause-opening subjects of both cue finders.
 */
export function nameEndingOpeningRun(block: AnalyzedBlock, start: number, end: number): { last: { mention: EntityMention; first: number } | null; end: number } {
  let last: { mention: EntityMention; first: number } | null = null;
  let k = start;
  while (k < end) {
    const mention = block.mentionStarting[k];
    if (mention !== undefined) {
      last = { mention, first: k };
      // Past the mention's tokens, and past its first token always: `Berg's` is one token that ends after the name `Berg`.
      k += 1;
      while (k < end && block.tokens[k]!.end <= mention.end) k += 1;
      continue;
    }
    const token = block.tokens[k]!;
    if (!token.isWord || block.depth[k] !== 0) break;
    if (!isCapitalized(token) && !isPersonRoleNoun(token.lower)) break;
    last = null;
    k += 1;
  }
  return { last, end: k };
}

/** The subject `nameEndingOpeningRun` finds after the clause openers of a chunk: `And then Tom Reed went …`. */
function nameOpeningChunk(block: AnalyzedBlock, start: number, end: number): { mention: EntityMention | undefined; first: number } {
  let k = start;
  while (k < end && CLAUSE_OPENERS.has(block.tokens[k]!.lower)) k += 1;
  const { last } = nameEndingOpeningRun(block, k, end);
  return last === null ? { mention: undefined, first: start } : last;
}

/** Capitalized words an unresolved place or body may run to: `the Westbrook University Police Department`. */
const MAX_UNRESOLVED_NAME_WORDS = 6;

/**
 * `Senator Ann Roe of Colorado, who …, called`: places are no speakers, so a
 * capitalized name with no speaker mention after `of`/`at`/`from` is only the
 * affiliation of the person named before the link.
 */
function holderBeforeUnresolvedName(block: AnalyzedBlock, last: number, floor: number): SpeakerRef | null {
  let first = last;
  while (first > floor && last - first < MAX_UNRESOLVED_NAME_WORDS && block.mentionEnding[first] === undefined && block.depth[first] === 0 && isCapitalized(block.tokens[first]!)) first -= 1;
  if (first === last || block.sentenceStart[first + 1] === first + 1) return null;
  const holder = affiliationHolder(block, first + 1, floor);
  return holder === UNNAMED_HOLDER ? null : holder;
}

/**
 * The speaker written just after a verb: `said passenger Lena Marsh`,
 * `deplored UN Ocean Agency Executive Director Tom Reyes`.
 * A person is preferred over an organization named on the way.
 */
export function speakerAfter(block: AnalyzedBlock, verbLast: number, limit: number, isPerson: (mention: EntityMention) => boolean): SpeakerRef | null {
  const { tokens } = block;
  const first = verbLast + 1;
  const pronoun = tokens[first] === undefined ? undefined : SUBJECT_PRONOUNS.get(tokens[first]!.lower);
  if (pronoun !== undefined) return { form: 'pronoun', reading: pronoun, first };
  // `"…," said the spokesman.` is read as `the spokesman said`: the spokesperson named before, of a body, unless
  // the entity finder knew the phrase as a named person's role (`Ann Ruiz, a spokeswoman, …`).
  const spokesperson = tokens[first]?.lower === 'the' && DEFINITE_SPOKESPERSON_NOUNS.has(tokens[first + 1]?.lower ?? '') && tokens[first + 2]?.isWord !== true;
  if (spokesperson && first + 1 < limit && block.mentionStarting[first] === undefined) {
    return { form: 'spokesperson', first };
  }
  // `said the American.`, `said the 34-year-old,`: a descriptor stands for the person just written about, as
  // before the verb (`the American said`); only when it ends the cue, so `said the American ambassador` is not one.
  if (tokens[first]?.lower === 'the') {
    for (let last = first + 1; last < Math.min(limit, first + 2 + EPITHET_MODIFIER_REACH); last += 1) {
      if (tokens[last + 1]?.isWord === true) continue;
      if (block.depth[last] === 0 && descriptorEndingAt(block, last, first) === first) return { form: 'pronoun', reading: DESCRIPTOR_READING, first };
      break;
    }
  }
  let fallback: SpeakerRef | null = null;
  // A person's role noun met so far in the chunk: `said the mayor at the time, Ann Wells`.
  let role = false;
  let rolePhrase: SpeakerRef | null = null;
  for (let j = first; j < Math.min(limit, first + 10, tokens.length); j += 1) {
    if (block.depth[j] !== 0) break;
    if (CHUNK_ENDS.has(tokens[j]!.text)) {
      // `said the port's director, Ana Ruiz`, `says Unity graphics architect, Aras Pranckevicius`, `wrote the
      // American ambassador at the time, John E. Herbst`: a role (its body named or not), then the name of the one
      // who holds it.
      const named = tokens[j]!.text === ',' && (role || isPersonRoleNoun(tokens[j - 1]?.lower ?? '')) ? block.mentionStarting[j + 1] : undefined;
      // Not a name in the possessive: `said the mayor, Trump's ally` names whose ally, not who.
      if (named !== undefined && named.form !== 'role' && j + 1 < limit && isPerson(named) && !possessiveAfter(block.text, named.end)) {
        return { form: 'mention', mention: named, first: j + 1 };
      }
      break;
    }
    if (isLowerWord(tokens[j]!) && isPersonRoleNoun(tokens[j]!.lower)) role = true;
    const mention = block.mentionStarting[j];
    if (mention === undefined) continue;
    const ref: SpeakerRef = { form: 'mention', mention, first: j };
    // `said the mayor, Ann Wells`: a role phrase the entity finder resolved gives way to a name set after it.
    if (mention.form === 'role' && isPerson(mention)) {
      rolePhrase ??= ref;
      role = true;
      continue;
    }
    if (isPerson(mention)) {
      // `said Kidman's publicist Wendy Day`: a person in the possessive owns the speaker and is not them.
      if (possessiveAfter(block.text, mention.end)) continue;
      return holderAfterModifier(block, mention, j, Math.min(limit, tokens.length), isPerson) ?? ref;
    }
    fallback ??= ref;
  }
  return rolePhrase ?? fallback;
}

/**
 * `said Cobain biographer Charles Cross`, `said Acme chief engineer Tom Berg`:
 * a name used as a modifier of a role noun (one or two lowercase words), then
 * the name of the one who holds the role, who is the speaker. `first` is the
 * mention's first token. Null when the name is not followed so.
 */
function holderAfterModifier(block: AnalyzedBlock, mention: EntityMention, first: number, limit: number, isPerson: (mention: EntityMention) => boolean): SpeakerRef | null {
  const { tokens } = block;
  let k = tokenFrom(block, first, mention.end, limit);
  const firstNoun = k;
  while (k < limit && k - firstNoun < 2 && block.depth[k] === 0 && isModifiedNoun(tokens[k]!)) k += 1;
  // The noun the name modifies is a role (`biographer`, `chief executive`), not a particle of the name or a verb.
  if (k === firstNoun || k >= limit || !isPersonRoleNoun(tokens[k - 1]!.lower)) return null;
  const holder = block.mentionStarting[k];
  return holder !== undefined && holder.entityId !== mention.entityId && isPerson(holder) ? { form: 'mention', mention: holder, first: k } : null;
}

/** A lowercase word that can be the noun a name modifies: not a word that joins the names or ties the second to something else. */
function isModifiedNoun(token: Token): boolean {
  return isLowerWord(token) && !PREPOSITIONS.has(token.lower) && !NOT_VERBS.has(token.lower);
}

/** A possessive ending right after a name: `Kidman's`, `Kidman’s`, `Jones'`. */
export function possessiveAfter(text: string, end: number): boolean {
  const mark = text[end];
  if (mark !== "'" && mark !== '’') return false;
  const next = text[end + 1];
  return next === 's' ? !/[\p{L}\p{N}]/u.test(text[end + 2] ?? '') : text[end - 1] === 's' && !/[\p{L}\p{N}]/u.test(next ?? '');
}

/** Lowercase words after a name that do not make it the subject of a clause: `Smith and Jones,`. */
const NOT_VERBS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'who', 'which', 'whose', 'whom', 'that', 'the', 'a', 'an']);

/** Relative pronouns that can be the subject of a reporting verb: `X, who said …`. */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['who', 'which']);

const CHUNK_ENDS = new Set([',', '.', ';', ':', '!', '?']);
