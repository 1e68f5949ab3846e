import { PREPOSITIONS, SUBJECT_PRONOUNS, SUBJECT_VERB_HINTS, isVerbPremodifier } from '../lexicon/discourse-words.ts';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import { ADDRESSEE_LEMMAS } from '../lexicon/cue-arguments.ts';
import { FUNCTION_WORDS } from '../entities/common-words.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import { isLowerWord } from './tokenize.ts';

/** How far an appositive (`Reyes, a spokesman with Northwind,`) may run before the verb. */
const MAX_APPOSITIVE_TOKENS = 25;
const MAX_APPOSITIVES = 2;

/**
 * Whether the name spanning tokens first..last is the subject of a clause or
 * a named speaker: it follows a reporting verb (`said Graham`), or a verb
 * follows it, perhaps after an appositive (`Reyes, a spokesman, said`).
 */
export function isSubjectPosition(block: AnalyzedBlock, first: number, last: number): boolean {
  const { tokens, depth } = block;
  const before = tokens[first - 1];
  const verbBefore = before === undefined ? undefined : REPORTING_VERB_BY_FORM.get(before.lower);
  // `said Graham` names the speaker; after a verb of stance the name is its object (`accused Graham of`).
  // `assured Jones`, `told Graham`: the one told is the object, unless the verb follows its quote (`"Why?" asked Graham`);
  // the one asked stays in view, since the answer comes next (`Hannity asked Trump how high … "I think …"`).
  if (verbBefore !== undefined && !before!.lower.endsWith('ing')) {
    return verbBefore.strength === 'speech' && (!ADDRESSEE_LEMMAS.has(verbBefore.lemma) || ANSWERING_LEMMAS.has(verbBefore.lemma) || invertedAfterQuote(block, first - 1));
  }
  if (speaksAfterRoleInInvertedCue(block, first)) return true;
  if (isObjectPosition(block, first) || joinedToPronoun(block, first, last)) return false;
  let j = last + 1;
  if (tokens[j]?.text === '(') {
    while (j < tokens.length && tokens[j]!.text !== ')' && j - last < 10) j += 1;
    j += 1;
  }
  j = skipAffiliation(tokens, j);
  // Up to two appositives: `Angela Paxton, R-McKinney, who sponsored the bill, called`.
  const appositiveStart = j;
  for (let chunk = 0; chunk < MAX_APPOSITIVES && tokens[j]?.text === ',' && !isVerbHint(tokens, j + 1); chunk += 1) {
    let k = j + 1;
    while (k < tokens.length && k - appositiveStart <= MAX_APPOSITIVE_TOKENS && !(tokens[k]!.text === ',' && depth[k] === 0)) k += 1;
    if (tokens[k]?.text !== ',') return false;
    j = k;
  }
  if (j !== appositiveStart) j += 1;
  if (tokens[j]?.text === ',') j += 1;
  return isVerbHint(tokens, j);
}

/** Words of a role a fronted verb may stand before: `said Oscars communications director`. */
const MAX_INVERTED_ROLE_TOKENS = 6;

/**
 * `"…," said Oscars communications director John Pavlik`: after a quote, a verb of speech, then the words of the
 * speaker's role (no preposition, no punctuation) and the name, which is the speaker as in `said Graham`.
 */
function speaksAfterRoleInInvertedCue(block: AnalyzedBlock, first: number): boolean {
  const { tokens, depth } = block;
  for (let k = first - 1; k >= Math.max(0, first - 1 - MAX_INVERTED_ROLE_TOKENS); k -= 1) {
    const token = tokens[k]!;
    if (depth[k] !== 0 || !token.isWord) return false;
    const verb = REPORTING_VERB_BY_FORM.get(token.lower);
    if (verb !== undefined) {
      return k < first - 1 && verb.strength === 'speech' && !token.lower.endsWith('ing') && !ADDRESSEE_LEMMAS.has(verb.lemma) && invertedAfterQuote(block, k);
    }
    if (PREPOSITIONS.has(token.lower)) return false;
  }
  return false;
}

/** Verbs whose object answers next: `asked Sanders whether …`. */
const ANSWERING_LEMMAS: ReadonlySet<string> = new Set(['ask', 'inquire', 'enquire']);

/** The verb at `verb` comes right after a quote's closing mark, a comma between at most: `"Why?" asked Graham`. */
export function invertedAfterQuote(block: AnalyzedBlock, verb: number): boolean {
  const k = block.tokens[verb - 1]?.text === ',' ? verb - 2 : verb - 1;
  return k >= 0 && block.isMark[k] === 1;
}

/**
 * `she and Anton Dolin established`, `Dolin and she`: a name joined to a pronoun shares the subject with someone
 * named before, so a later `she` is not theirs for being the subject here.
 */
function joinedToPronoun(block: AnalyzedBlock, first: number, last: number): boolean {
  const { tokens } = block;
  if (tokens[first - 1]?.lower === 'and' && SUBJECT_PRONOUNS.has(tokens[first - 2]?.lower ?? '')) return true;
  return tokens[last + 1]?.lower === 'and' && SUBJECT_PRONOUNS.has(tokens[last + 2]?.lower ?? '');
}

/** Prepositions that also open a clause, whose subject a name after them may be: `after Ruiz spoke`. */
const CLAUSE_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'like', 'than']);

/**
 * A name right after a preposition (`voters willing to vote for Ruiz were`) or
 * an infinitive's verb (`willing to back Ruiz threw`) is that word's object,
 * whatever verb follows it: the verb has another subject.
 */
function isObjectPosition(block: AnalyzedBlock, first: number): boolean {
  const before = block.tokens[first - 1];
  if (before === undefined || !before.isWord || before.text[0] !== before.text[0]!.toLowerCase()) return false;
  if (PREPOSITIONS.has(before.lower)) return !CLAUSE_OPENING_PREPOSITIONS.has(before.lower);
  if (afterPrepositionAndNouns(block, first)) return true;
  // `to which Ruiz replied`: only a verb there takes the name as its object.
  return block.tokens[first - 2]?.lower === 'to' && !FUNCTION_WORDS.has(before.lower);
}

/** Lower-case words a preposition's object may carry before its name: `at research firm Gartner`. */
const MAX_OBJECT_MODIFIERS = 3;

/**
 * `a research director at analyst Gartner, told`: a preposition of a
 * workplace, then only lower-case nouns (an article first at most) before the
 * name: the name is the preposition's object, as right after it. Not a verb
 * among them (`at first denied`).
 */
function afterPrepositionAndNouns(block: AnalyzedBlock, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && first - 1 - k < MAX_OBJECT_MODIFIERS && isModifierNoun(block.tokens[k]!)) k -= 1;
  if (k === first - 1) return false;
  return WORKPLACE_PREPOSITIONS.has(block.tokens[k]?.lower ?? '');
}

/**
 * The prepositions of a workplace or a source: `at analyst Gartner`, `with research firm IDC`, `from broker
 * Capel`. Not `of`, `for`: `minister of sport Jaime Lissavetzky`, `spokeswoman for women Sandra Gidley` are
 * titles before the name; nor `by`, whose object often speaks next (`criticised by shadow minister Tom Reed`).
 */
const WORKPLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'with', 'from']);

/** A lower-case word that may name what the object is (`analyst`, `research`, `firm`, `the`): no verb of speech, no -ed form. */
function isModifierNoun(token: AnalyzedBlock['tokens'][number]): boolean {
  if (!isLowerWord(token)) return false;
  if (REPORTING_VERB_BY_FORM.has(token.lower) || token.lower.endsWith('ed') || isVerbPremodifier(token)) return false;
  return token.lower === 'the' || token.lower === 'a' || !FUNCTION_WORDS.has(token.lower);
}

/** Words joining a person to an organization named after them: `Hannah Pryce of the University of Leeds said`. */
const AFFILIATION_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'from']);
/** Lower-case words inside an institution's name: `University of Leeds`, `Universidad de las Américas`. */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'de', 'del', 'la', 'las', 'los', 'do', 'da', 'di', 'y']);
const MAX_AFFILIATION_TOKENS = 10;

/** The token after an `of the Capitalized Name` affiliation starting at j, or j when none starts there. */
function skipAffiliation(tokens: AnalyzedBlock['tokens'], start: number): number {
  if (!AFFILIATION_LINKS.has(tokens[start]?.lower ?? '')) return start;
  let j = start + 1;
  if (tokens[j]?.lower === 'the') j += 1;
  let end = start;
  while (j < tokens.length && j - start <= MAX_AFFILIATION_TOKENS) {
    const token = tokens[j]!;
    if (token.isWord && token.text[0] !== token.text[0]!.toLowerCase()) end = j + 1;
    else if (!NAME_JOINERS.has(token.lower)) break;
    j += 1;
  }
  return end === start ? start : end;
}

/** Whether a verb starts at token j, perhaps after an auxiliary or adverb: `has issued`, `also said`, `thanked`. */
function isVerbHint(tokens: AnalyzedBlock['tokens'], start: number): boolean {
  let j = start;
  let skipped = 0;
  while (j < tokens.length && skipped < 3 && isVerbPremodifier(tokens[j]!) && !SUBJECT_VERB_HINTS.has(tokens[j]!.lower)) {
    j += 1;
    skipped += 1;
  }
  const next = tokens[j];
  if (next === undefined || !next.isWord || next.text[0] !== next.text[0]!.toLowerCase()) return false;
  if (SUBJECT_VERB_HINTS.has(next.lower)) return true;
  const verb = REPORTING_VERB_BY_FORM.get(next.lower);
  if (verb !== undefined && !next.lower.endsWith('ing')) return true;
  return next.lower.length > 4 && next.lower.endsWith('ed');
}

/** Pronouns that may open a joint subject: `he and Barker were`. */
const SUBJECT_PRONOUN_WORDS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * Words that open a clause inside a sentence whose subject is what the clause
 * says, not whom the sentence is about: `that`, and the reason, concession and
 * condition a speaker gives (`because Mr Flight had exposed …`). Not `after`,
 * `when`, `before`: `after Zoe Saldana revealed …, the star posted` tells of
 * the one the sentence is about.
 */
const REPORTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'because', 'although', 'though', 'whereas', 'unless', 'if']);

/**
 * `Pryce said Villa would need …`: a name right after a reporting verb and
 * followed by its own verb opens the reported clause. It is that clause's
 * subject, not the one speaking, so a later `she said` does not point to it.
 */
export function isReportedClauseSubject(block: AnalyzedBlock, first: number, last: number): boolean {
  // `Corbett said he and Barker were …`: a pronoun and `and` before the name join it to the clause's subject.
  if (block.tokens[first - 1]?.lower === 'and' && SUBJECT_PRONOUN_WORDS.has(block.tokens[first - 2]?.lower ?? '')) {
    return isReportedClauseSubject(block, first - 2, last);
  }
  const before = block.tokens[first - 1];
  if (before === undefined) return false;
  // `Milburn said the Tories were in turmoil because Mr Flight had exposed …`: see REPORTED_CLAUSE_OPENERS.
  const opensClause = REPORTED_CLAUSE_OPENERS.has(before.lower);
  if (!opensClause && (!REPORTING_VERB_BY_FORM.has(before.lower) || before.lower.endsWith('ing'))) return false;
  if (opensClause && block.sentenceStart[first - 1] === first - 1) return false;
  return isVerbHint(block.tokens, last + 1);
}
