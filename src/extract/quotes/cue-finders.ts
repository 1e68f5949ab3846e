import { CUE_WINDOW, NAME_DASHES, SOURCE_INTRODUCERS } from '../lexicon/cue-patterns.ts';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import { ADDRESSEE_LEMMAS, PARTICIPLE_SUBORDINATORS } from '../lexicon/cue-arguments.ts';
import { SUBJECT_PRONOUNS, CLAUSE_BREAKS_BARE, CLAUSE_COORDINATORS, CUE_AUXILIARIES, DOCUMENT_MODIFIERS, DOCUMENT_NOUNS, DETERMINERS, PREPOSITIONS, RELATIVE_OPENERS, SAYING_NOUNS, SUBORDINATORS } from '../lexicon/discourse-words.ts';
import { isTerminal } from '../analysis/characters.ts';
import { countWork } from '../work-meter.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import { firstTokenOf, infinitiveMatrixStart, nameEndingOpeningRun, PASSIVE_AUXILIARIES, possessiveAfter, quotedAsSayingSubject, reportingVerbAt, speakerAfter, subjectBefore, tokenFrom, type SpeakerRef, type VerbAt } from './speaker-refs.ts';
import type { EntityMention } from '../types.ts';
import { isCapitalized, isLowerWord, isPossessive } from './tokenize.ts';
import { isSubjectPosition } from './subject-position.ts';
import { isPersonRoleNoun } from '../lexicon/role-nouns.ts';
import { FUNCTION_WORDS } from '../entities/common-words.ts';

/** A cue found next to a quote: who it names and the cue words as written. */
export interface CueMatch {
  ref: SpeakerRef;
  cue: string;
  stance: boolean;
}

/** The cue words as written: the verb with a perfect auxiliary (`has said`) and a colon right after it. */
export function cueText(block: AnalyzedBlock, verb: VerbAt, withColon: boolean): string {
  const { tokens } = block;
  let first = verb.index;
  if (first > 0 && CUE_AUXILIARIES.has(tokens[first - 1]!.lower)) first -= 1;
  let last = verb.last;
  if (withColon && tokens[last + 1]?.text === ':' && tokens[last + 1]!.start === tokens[last]!.end) last += 1;
  return block.text.slice(tokens[first]!.start, tokens[last]!.end);
}

/**
 * After the closing mark: `"…," said X` (verb first) or `"…," X said` (the
 * subject must start right after the quote, so a verb later in the sentence
 * does not count).
 */
export function cueAfter(block: AnalyzedBlock, close: number, limit: number, isPerson: (m: EntityMention) => boolean): (CueMatch & { verbFirst: boolean }) | null {
  const { tokens } = block;
  let j = close + 1;
  while (j < limit && (tokens[j]!.text === ',' || tokens[j]!.text === '—' || tokens[j]!.text === '–')) j += 1;
  // `"…" after Lyle had said`: a subordinate clause has its own verb; it does not report this quote.
  if (j < limit && SUBORDINATORS.has(tokens[j]!.lower)) return null;
  const end = Math.min(limit, j + CUE_WINDOW.after);
  const first = reportingVerbAt(block, j);
  // `"…," suggesting that the committee …`, `"…," promising the Friends of Abe …`: a participle after the quote
  // goes on with the sentence's own subject (subjectBeforeParticiple); the name after it is its object.
  if (first !== null && isParticiple(block, first)) return null;
  if (first !== null && first.verb?.strength === 'speech') {
    const ref = speakerAfter(block, first.last, end, isPerson);
    return ref === null ? null : { ref, cue: cueText(block, first, false), stance: false, verbFirst: true };
  }
  for (let k = j + 1; k < end; k += 1) {
    if (block.depth[k] !== 0) return null;
    const verb = reportingVerbAt(block, k);
    if (verb === null || verb.verb?.strength !== 'speech') continue;
    // `Clinton "drew well" in the primary, said Paul Beck.`: a cue that closes the sentence names the one who speaks it.
    const closing = closingCue(block, close, verb, limit, isPerson);
    if (closing !== null) return { ref: closing, cue: cueText(block, verb, false), stance: false, verbFirst: true };
    // Only a quote that hands over to its cue with a comma (`"…," Goldin, comptroller … told`), not a word in the reporter's clause.
    const handsOver = block.tokens[close - 1]?.text === ',' || block.tokens[close + 1]?.text === ',';
    const ref = (handsOver ? unclosedAppositiveSubject(block, j, k, isPerson) : null) ?? subjectBefore(block, k, j);
    if (ref === null || (ref.first > j + CUE_WINDOW.afterSubjectStart && !roleAppositiveBetween(block, close, j, ref.first))) return null;
    // `"glow in the dark," for instance, and Trump vowed to …`: a conjunction before a named subject opens a clause of
    // someone new, whose verb reports what comes after it. A pronoun there (`…," and he admits`) goes on with the quote's speaker.
    if (ref.form !== 'pronoun' && conjunctionBetween(block, j, ref.first)) return null;
    // `… "a speed bump." She said: "…"`: a verb with a colon introduces the next quote, not this one.
    if (opensQuoteAfter(block, verb.last, ':')) return null;
    // `"Can it hold?" Berg replied, "It held."`: after a quote that ends its sentence, a verb with a comma and a quote introduces that quote.
    if (isTerminal(block.tokens[close - 1]?.text ?? '') && opensQuoteAfter(block, verb.last, ',')) return null;
    if (endsWithFullStop(block, close) && !sentenceEndsSoon(block, verb.last, limit) && (block.runTogether || !continuesWithSubject(block, ref, close))) return null;
    return { ref, cue: cueText(block, verb, false), stance: false, verbFirst: false };
  }
  return null;
}

/** The cue's verb is its -ing form (`adding`, `suggesting`), which takes no subject after it. */
function isParticiple(block: AnalyzedBlock, verb: VerbAt): boolean {
  return block.tokens[verb.index]!.lower.endsWith('ing');
}

/** Tokens an appositive whose closing comma is missing may run before the verb: `, chief economist of Berliner Handels- und Frankfurter Bank`. */
const MAX_UNCLOSED_APPOSITIVE_TOKENS = 16;

/**
 * `"…," Harrison Goldin, comptroller of New York City told a news conference`: a person named first in the cue,
 * a comma, then an appositive that runs to the verb at `verb` with its closing comma left out (no comma, no
 * sentence end, nothing quoted, no other verb of speech): the name is the verb's subject.
 */
function unclosedAppositiveSubject(block: AnalyzedBlock, first: number, verb: number, isPerson: (m: EntityMention) => boolean): SpeakerRef | null {
  const mention = block.mentionStarting[first];
  if (mention === undefined || !isPerson(mention)) return null;
  const comma = tokenFrom(block, first, mention.end, verb);
  if (block.tokens[comma]?.text !== ',' || verb - comma > MAX_UNCLOSED_APPOSITIVE_TOKENS || verb - comma < 2) return null;
  for (let k = comma + 1; k < verb; k += 1) {
    const token = block.tokens[k]!;
    if (block.depth[k] !== 0 || block.isMark[k] === 1 || token.text === ',' || isTerminal(token.text) || reportingVerbAt(block, k) !== null) return null;
  }
  // A lower-case word opens the appositive (`comptroller of`, `a spokesman for`, `who helps`), not another name,
  // nor a conjunction that opens a clause of its own (`Clinton, and said he …`); or the body the role is held at,
  // then the role (`OFHEO director`, `Plaid Cymru health spokesman`).
  const opener = block.tokens[comma + 1];
  if (!isLowerWord(opener)) return bodyThenRole(block, comma + 1, verb) ? { form: 'mention', mention, first } : null;
  if (CLAUSE_COORDINATORS.has(opener!.lower) || SUBORDINATORS.has(opener!.lower)) return null;
  return { form: 'mention', mention, first };
}

/**
 * `Day chairman and chief executive officer`, `Lloyd's chief executive`: from `from`, capitalized words (a body's
 * name, or a person's in the possessive), then a person's role noun among the first lower-case words, before `verb`.
 */
function bodyThenRole(block: AnalyzedBlock, from: number, verb: number): boolean {
  let k = from;
  while (k < verb && k - from < APPOSITIVE_ROLE_WORDS && !isLowerWord(block.tokens[k])) k += 1;
  if (k === from) return false;
  for (const last = Math.min(verb, k + APPOSITIVE_ROLE_WORDS - 1); k < last && isLowerWord(block.tokens[k]); k += 1) {
    if (isPersonRoleNoun(block.tokens[k]!.lower)) return true;
  }
  return false;
}

/** Words of an appositive its role noun may stand among: `senior executive vice president`, `an analyst at`. */
const APPOSITIVE_ROLE_WORDS = 4;

/**
 * `"…," Sherman Chao, analyst with Salomon Inc said.`: the person named at `first`, opening the sentence, a
 * clause after a comma or a cue after a quote, is the subject of a verb of speech their appositive runs to
 * with its closing comma left out (unclosedAppositiveSubject), when the appositive opens with a role (a
 * person's role noun among its first words), holds no relative clause (`Scott, a minister whose plan to
 * announce …`) and the verb is finite.
 */
export function speaksPastUnclosedAppositive(block: AnalyzedBlock, first: number, isPerson: (m: EntityMention) => boolean): boolean {
  return verbPastUnclosedAppositive(block, first, isPerson) >= 0;
}

/** The token of the verb speaksPastUnclosedAppositive finds the name at `first` the subject of, or -1. */
function verbPastUnclosedAppositive(block: AnalyzedBlock, first: number, isPerson: (m: EntityMention) => boolean): number {
  const mention = block.mentionStarting[first];
  if (mention === undefined || (block.sentenceStart[first] !== first && block.tokens[first - 1]!.text !== ',' && block.isMark[first - 1] !== 1)) return -1;
  const comma = tokenFrom(block, first, mention.end);
  if (block.tokens[comma]?.text !== ',') return -1;
  let role = false;
  for (let k = comma + 1; k < Math.min(block.tokens.length, comma + 1 + MAX_UNCLOSED_APPOSITIVE_TOKENS); k += 1) {
    const token = block.tokens[k]!;
    if (token.text === ',' || isTerminal(token.text) || RELATIVE_OPENERS.has(token.lower)) return -1;
    if (k > comma + 1 && reportingVerbAt(block, k) !== null) {
      return role && !token.lower.endsWith('ing') && unclosedAppositiveSubject(block, first, k, isPerson) !== null ? k : -1;
    }
    if (k <= comma + APPOSITIVE_ROLE_WORDS && isLowerWord(token) && isPersonRoleNoun(token.lower)) role = true;
  }
  return -1;
}

/** Tokens a role phrase before its holder's name may run: `California Rep. Duncan Hunter’s chief of staff`. */
const MAX_ROLE_APPOSITIVE_TOKENS = 14;

/**
 * `"…," California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told …`:
 * the words from `from` to the subject at `subject` are one role phrase (a
 * person's role noun, no comma, no verb of speech, nothing quoted) and a
 * comma: they describe the subject, so its name may start past the usual
 * reach. Not after a quote that ends its own sentence (`"…?" The party's
 * spokeswoman, Eleanor Scott, said she …` begins the reporter's next one).
 */
function roleAppositiveBetween(block: AnalyzedBlock, close: number, from: number, subject: number): boolean {
  if (isTerminal(block.tokens[close - 1]?.text ?? '')) return false;
  if (subject - from > MAX_ROLE_APPOSITIVE_TOKENS || block.tokens[subject - 1]?.text !== ',') return false;
  let role = false;
  for (let k = from; k < subject - 1; k += 1) {
    const token = block.tokens[k]!;
    if (block.depth[k] !== 0 || token.text === ',' || reportingVerbAt(block, k) !== null) return false;
    if (token.isWord && isPersonRoleNoun(token.lower)) role = true;
  }
  return role;
}

/**
 * `…, said Paul Beck.`: `said` after a comma, a person's name after it (a
 * modifier of the name may come between: `said Ohio State University professor
 * Paul Beck`, no preposition: `said of Cruz` names whom it is about), and the
 * sentence's end right after the name: the cue of the whole sentence, so of a
 * partial quote inside it. Only `say`: `told Agence France Presse` names
 * whom the words were for. Not when the quote ends its own sentence, nor when
 * a verb of speech before it in the sentence reports it for someone else.
 */
function closingCue(block: AnalyzedBlock, close: number, verb: VerbAt, limit: number, isPerson: (m: EntityMention) => boolean): SpeakerRef | null {
  if (verb.verb?.lemma !== 'say') return null;
  // `"…." All sides are anxious, said Cape.`: after a quote that ends its own sentence, the words begin another.
  if (endsWithFullStop(block, close)) return null;
  // `The barrister had said the rules were "weighted", said Clarke.`: a quote inside a clause someone else reports is theirs.
  // Looked for within the clause window, so a sentence of many quotes is not read again for each.
  for (let k = Math.max(block.sentenceStart[close] ?? close, close - CUE_WINDOW.clause); k < close; k += 1) {
    if (reportingVerbAt(block, k) !== null) return null;
  }
  if (block.tokens[verb.index - 1]?.text !== ',') return closingSubjectFirst(block, verb, isPerson);
  const ref = speakerAfter(block, verb.last, limit, isPerson);
  if (ref === null || ref.form !== 'mention' || !isPerson(ref.mention)) return null;
  for (let k = verb.last + 1; k < ref.first; k += 1) {
    if (PREPOSITIONS.has(block.tokens[k]!.lower) || !block.tokens[k]!.isWord) return null;
  }
  let last = ref.first;
  while (last + 1 < block.tokens.length && block.tokens[last + 1]!.end <= ref.mention.end) last += 1;
  return endsSentenceAfterName(block, last) ? ref : null;
}

/** How many tokens an appositive after the closing cue's name may run: `, executive director of National Nurses United, a union …`. */
const CLOSING_APPOSITIVE_TOKENS = 30;

/**
 * The sentence ends right after the name at `last`, or after an appositive
 * that describes it (`said RoseAnn DeMoro, executive director of National
 * Nurses United.`): no quote, no verb of speech and no clause joined by a
 * conjunction after its comma (`said Berg, and the union agreed`).
 */
function endsSentenceAfterName(block: AnalyzedBlock, last: number): boolean {
  const after = block.tokens[last + 1];
  if (after === undefined) return false;
  if (isTerminal(after.text)) return true;
  if (after.text !== ',') return false;
  for (let k = last + 2; k < Math.min(block.tokens.length, last + 2 + CLOSING_APPOSITIVE_TOKENS); k += 1) {
    const token = block.tokens[k]!;
    if (block.depth[k] !== 0 || block.isMark[k] === 1) return false;
    if (isTerminal(token.text)) return true;
    if (reportingVerbAt(block, k) !== null) return false;
    if (block.tokens[k - 1]!.text === ',' && (CLAUSE_COORDINATORS.has(token.lower) || SUBORDINATORS.has(token.lower))) return false;
  }
  return false;
}

/** `…, Ban said.`: the closing cue with its subject first, a person's name between the comma and `said`. */
function closingSubjectFirst(block: AnalyzedBlock, verb: VerbAt, isPerson: (m: EntityMention) => boolean): SpeakerRef | null {
  const ref = subjectClosingSentence(block, verb, block.sentenceStart[verb.index]!);
  return ref !== null && ref.form === 'mention' && isPerson(ref.mention) ? ref : null;
}

/**
 * `…, Ban said.`, `…, he stressed.`, `…, DFA spokesman Neil Sroka said.`: a
 * comma, the subject of the verb at `verb` (a role phrase may describe it)
 * and the verb, which ends the sentence; the subject, or null.
 */
function subjectClosingSentence(block: AnalyzedBlock, verb: VerbAt, floor: number): SpeakerRef | null {
  if (!isTerminal(block.tokens[verb.last + 1]?.text ?? '')) return null;
  const ref = subjectBefore(block, verb.index, floor);
  if (ref === null) return null;
  if (block.tokens[ref.first - 1]?.text === ',') return ref;
  // The role phrase only describes a name: `…, the spokesman he said` has no such subject.
  if (ref.form !== 'mention') return null;
  for (let comma = ref.first - 2; comma >= Math.max(floor, ref.first - 1 - LONGEST_ROLE_BEFORE_SPEAKER); comma -= 1) {
    if (block.tokens[comma]!.text === ',') return isRolePhrase(block, comma + 1, ref.first) && !opensClause(block, comma + 1, ref.first) ? ref : null;
  }
  return null;
}

/** `…, as former member Robert Kilroy-Silk declared?`: a function word among tokens [from, to) opens a clause of its own; only `the` may describe a name. */
function opensClause(block: AnalyzedBlock, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const lower = block.tokens[k]!.lower;
    if (lower !== 'the' && FUNCTION_WORDS.has(lower)) return true;
  }
  return false;
}

/**
 * A conjunction that opens a clause, at the reporter's level, among the tokens
 * from `from` (the first word after the quote) up to `to`: right after the
 * quote (`"…" and Trump says`) or after a comma (`"…," for instance, and`). One
 * without a comma joins words of a name or title (`chairman and chief executive
 * Richard Parsons`, `Peters and Co analyst Wilf Gobert`).
 */
function conjunctionBetween(block: AnalyzedBlock, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const word = block.tokens[k]!.lower;
    if (block.depth[k] !== 0 || !(CLAUSE_COORDINATORS.has(word) || SUBORDINATORS.has(word))) continue;
    if (k === from || block.tokens[k - 1]!.text === ',') return true;
  }
  return false;
}

/** The quote's own last sentence ends inside its marks: `"… the game."`. */
export function endsWithFullStop(block: AnalyzedBlock, close: number): boolean {
  return block.tokens[close - 1]?.text === '.';
}

/**
 * After a quote that ends its own sentence (`"… the game." Neville admitted
 * there had been incidents`), the words after it begin a new sentence. Its
 * verb reports the quote when that sentence is no more than the cue (`"…."
 * Smith said on Monday.`). One that runs on says something new, unless its
 * subject goes on from before the quote (see continuesWithSubject); in a
 * block whose paragraphs ran together it may begin a new paragraph, so there
 * it never reports the quote.
 */
function sentenceEndsSoon(block: AnalyzedBlock, verbLast: number, limit: number): boolean {
  const end = Math.min(limit, verbLast + 1 + CUE_WINDOW.tailAfterFullStop);
  for (let k = verbLast + 1; k <= end && k < block.tokens.length; k += 1) {
    if (block.depth[k] !== 0) return false;
    if (isTerminal(block.tokens[k]!.text)) return true;
  }
  return false;
}

/** How far back (in tokens) a named subject is looked for before the quote it might go on from. */
const SUBJECT_BEFORE_WINDOW = 120;

/**
 * Whether a subject after a finished quote goes on from the paragraph before
 * it (`Hennig responded that … "…." She described …`, `… Zenghelis … "…."
 * Zenghelis described her as …`): a pronoun, or a name the reporter's words
 * before the quote already gave. A person named there for the first time
 * (`"…." Mr. Grossman said he did not trust …`) begins something new.
 */
function continuesWithSubject(block: AnalyzedBlock, ref: SpeakerRef, close: number): boolean {
  if (ref.form !== 'mention') return true;
  const entityId = ref.mention.entityId;
  for (let k = close - 1; k >= Math.max(0, close - SUBJECT_BEFORE_WINDOW); k -= 1) {
    if (block.depth[k] === 0 && block.mentionStarting[k]?.entityId === entityId) return true;
  }
  return false;
}

/** The verb ending at `verbLast` is followed by `mark` (`:` or `,`) and a quote opening. */
function opensQuoteAfter(block: AnalyzedBlock, verbLast: number, mark: string): boolean {
  // The opening mark itself has depth 0; the word after it is inside the quote.
  return block.tokens[verbLast + 1]?.text === mark && ((block.depth[verbLast + 2] ?? 0) > 0 || (block.depth[verbLast + 3] ?? 0) > 0);
}

/**
 * Before the opening mark: `X said: "…"`, `She added, "…"`, `X told reporters:
 * "…"`. The verb must sit close to the `:` or `,` that introduces the quote.
 */
export function cueBefore(block: AnalyzedBlock, open: number, floor: number, isPerson: (m: EntityMention) => boolean): CueMatch | null {
  const { tokens } = block;
  const last = open - 1;
  if (last < floor) return null;
  const lead = tokens[last]!.text;
  const verbDirectly = reportingVerbAt(block, last);
  if (lead !== ':' && lead !== ',' && verbDirectly === null) return null;
  const pastAppositive = lead === ',' ? speakerBeforeAppositive(block, last, floor) : null;
  if (pastAppositive !== null) return pastAppositive;
  const stop = Math.max(floor, open - CUE_WINDOW.before);
  for (let k = last - (verbDirectly === null ? 1 : 0); k >= stop; k -= 1) {
    if (block.depth[k] !== 0) return null;
    if (last - k > CUE_WINDOW.verbToMark + 1) return null;
    const verb = reportingVerbAt(block, k);
    if (verb === null) continue;
    const quotedAs = quotedAsSayingSubject(block, k, floor);
    const before = quotedAs ?? subjectOfCueBeforeParticiple(block, k, floor) ?? nameBeforeUnclosedAppositive(block, k, floor, isPerson) ?? subjectBefore(block, k, floor);
    // `…," he said on Twitter, adding, "…"`: a participle clause belongs to the sentence's subject, never to the object of a preposition before its comma.
    const ref = before !== null && objectOfPreposition(block, before) && participleAfterComma(block, k)
      ? (inheritedSubject(block, k, floor) ?? clauseOpeningSubject(block, k))
      : (before ?? inheritedSubject(block, k, floor) ?? speakerAfterVerbBeforeComma(block, verb, last));
    if (ref === null) return null;
    return { ref, cue: cueText(block, verb, true), stance: verb.verb?.strength === 'stance' };
  }
  return null;
}

/**
 * `Rhodri Glyn Thomas, Plaid Cymru health spokesman said: "…"`: the person opening the sentence is the subject of
 * the verb at `verb` their appositive runs to, its closing comma left out (verbPastUnclosedAppositive).
 */
function nameBeforeUnclosedAppositive(block: AnalyzedBlock, verb: number, floor: number, isPerson: (m: EntityMention) => boolean): SpeakerRef | null {
  const opening = block.sentenceStart[verb]!;
  if (opening < floor || verbPastUnclosedAppositive(block, opening, isPerson) !== verb) return null;
  return { form: 'mention', mention: block.mentionStarting[opening]!, first: opening };
}

/**
 * `Ruiz left early, Berg said, adding, "…"`: a participle right after a cue
 * that closes the clause before it (`Berg said,` or `said Berg,`) goes on
 * from that cue, not from the name opening the sentence.
 */
function subjectOfCueBeforeParticiple(block: AnalyzedBlock, verb: number, floor: number): SpeakerRef | null {
  if (!participleAfterComma(block, verb) || block.tokens[verb - 1]?.text !== ',') return null;
  const cue = reportingVerbAt(block, verb - 2);
  if (cue !== null && cue.last === verb - 2 && cue.verb?.strength === 'speech') return subjectBefore(block, cue.index, floor);
  return null;
}

/**
 * `"…," said Berg, "and …"`, `In other words, said Berg: "…"`: a speech verb
 * that comes before its subject, with the subject running up to the comma or
 * colon that opens the quote. A role may stand before the name (`explained
 * CBS moderator Nancy Cordes:`).
 */
function speakerAfterVerbBeforeComma(block: AnalyzedBlock, verb: VerbAt, mark: number): SpeakerRef | null {
  const lead = block.tokens[mark]?.text;
  if (!namesItsSpeakerAfter(verb) || (lead !== ',' && lead !== ':')) return null;
  const mention = block.mentionEnding[mark - 1];
  if (mention === undefined) return null;
  const first = firstTokenOf(block, mark - 1, mention.start);
  if (first !== verb.last + 1 && !isRolePhrase(block, verb.last + 1, first)) return null;
  return { form: 'mention', mention, first };
}

/**
 * A verb of speech whose name after it, when it comes first, is its speaker: not a verb of telling (`told BBC
 * Sport:`, `telling Reuters,`), whose name after it is the one spoken to.
 */
function namesItsSpeakerAfter(verb: VerbAt): boolean {
  return verb.verb?.strength === 'speech' && !ADDRESSEE_LEMMAS.has(verb.verb.lemma);
}

/** Most tokens of the appositive between a fronted verb's speaker and the comma before the quote. */
const LONGEST_APPOSITIVE_BEFORE_QUOTE = 12;

/**
 * `Added Regina L. Davis, spokeswoman for the Maryland Public Service Commission, "…"`, `"…," said Karen
 * Thomson, Chief Executive of AOL UK, "with …"`: a speech verb, its speaker, then an appositive set off by
 * commas, the second of which (`comma`) opens the quote. The appositive holds no verb of speech, no quote and
 * no sentence end.
 */
function speakerBeforeAppositive(block: AnalyzedBlock, comma: number, floor: number): CueMatch | null {
  const { tokens } = block;
  for (let k = comma - 1; k >= Math.max(floor + 2, comma - LONGEST_APPOSITIVE_BEFORE_QUOTE - 1); k -= 1) {
    if (block.depth[k] !== 0 || block.isMark[k] === 1 || isTerminal(tokens[k]!.text) || reportingVerbAt(block, k) !== null) return null;
    if (tokens[k]!.text !== ',') continue;
    if (k === comma - 1) return null;
    const mention = block.mentionEnding[k - 1];
    if (mention === undefined) return null;
    const first = firstTokenOf(block, k - 1, mention.start);
    const verb = reportingVerbAt(block, first - 1);
    if (verb === null || verb.last !== first - 1 || !namesItsSpeakerAfter(verb)) return null;
    // The verb comes first (opening its sentence, or after a quote's comma): after a subject (`He said Coca-Cola
    // Co, one of the additions, "is …"`) the name opens what was said.
    if (tokens[verb.index - 1]?.isWord === true && block.sentenceStart[verb.index] !== verb.index) return null;
    return { ref: { form: 'mention', mention, first }, cue: cueText(block, verb, true), stance: false };
  }
  return null;
}

/** Most words of a role between a fronted verb and its speaker: `Wales assistant coach`. */
const LONGEST_ROLE_BEFORE_SPEAKER = 4;

/** Tokens [from, to) are words ending in a lower-case role noun of a person: `CBS moderator`, `assistant coach`. */
function isRolePhrase(block: AnalyzedBlock, from: number, to: number): boolean {
  if (to <= from || to - from > LONGEST_ROLE_BEFORE_SPEAKER) return false;
  for (let k = from; k < to; k += 1) if (!block.tokens[k]!.isWord || (block.mentionStarting[k] !== undefined && k !== from)) return false;
  const last = block.tokens[to - 1]!;
  return isLowerWord(last) && isPersonRoleNoun(last.lower);
}

/** `According to X, "…"`: the source named right after the introducer, the comma right before the quote. */
export function cueAccordingTo(block: AnalyzedBlock, open: number, floor: number, isPerson: (m: EntityMention) => boolean): CueMatch | null {
  const { tokens } = block;
  if (tokens[open - 1]?.text !== ',') return null;
  for (let k = open - 2; k >= Math.max(floor, open - CUE_WINDOW.before); k -= 1) {
    if (tokens[k]!.text === ',' || block.depth[k] !== 0) return null;
    const introducer = SOURCE_INTRODUCERS.find((words) => words.every((word, n) => tokens[k + n]?.lower === word));
    if (introducer === undefined) continue;
    const after = k + introducer.length - 1;
    const cue = block.text.slice(tokens[k]!.start, tokens[after]!.end);
    const ref = speakerAfter(block, after, open - 1, isPerson) ?? documentAfter(block, after, open - 1);
    return ref === null ? null : { ref, cue, stance: false };
  }
  return null;
}

/** After the closing mark: `"…," according to Ruiz.` */
export function cueAccordingToAfter(block: AnalyzedBlock, close: number, limit: number, isPerson: (m: EntityMention) => boolean): CueMatch | null {
  const { tokens } = block;
  let k = close + 1;
  while (k < limit && tokens[k]!.text === ',') k += 1;
  const introducer = SOURCE_INTRODUCERS.find((words) => words.every((word, n) => tokens[k + n]?.lower === word && k + n < limit));
  if (introducer === undefined) return null;
  const after = k + introducer.length - 1;
  const ref = speakerAfter(block, after, limit, isPerson) ?? documentAfter(block, after, limit);
  return ref === null ? null : { ref, cue: block.text.slice(tokens[k]!.start, tokens[after]!.end), stance: false };
}

/**
 * `According to X, the plan will "…"`: a fragment in a sentence that opens
 * (or has a clause opening) with `According to X,` is X's.
 */
export function cueAccordingToInSentence(block: AnalyzedBlock, open: number, isPerson: (m: EntityMention) => boolean): CueMatch | null {
  const { tokens } = block;
  const floor = Math.max(block.sentenceStart[open]!, open - CUE_WINDOW.clause);
  for (let k = floor; k < open; k += 1) {
    if (block.depth[k] !== 0) continue;
    if (k !== block.sentenceStart[open] && tokens[k - 1]?.text !== ',') continue;
    const clause = sourceClauseAt(block, k, open);
    if (clause !== null) return clause;
    const introducer = SOURCE_INTRODUCERS.find((words) => words.every((word, n) => tokens[k + n]?.lower === word));
    if (introducer === undefined) continue;
    const after = k + introducer.length - 1;
    let comma = after + 1;
    while (comma < open && tokens[comma]!.text !== ',') comma += 1;
    if (comma >= open) return null;
    const ref = speakerAfter(block, after, comma, isPerson) ?? documentAfter(block, after, comma);
    return ref === null ? null : { ref, cue: block.text.slice(tokens[k]!.start, tokens[after]!.end), stance: false };
  }
  return null;
}

/** Words a source clause may carry after its verb, before its comma: `As Page reported last week,`. */
const MAX_SOURCE_CLAUSE_TAIL = 3;

/**
 * `As Susan Page of USA Today reports, the election revealed "…"`, `in
 * Forbes' words, "…"`: a clause at token `k`, before its comma and before the
 * quote at `open`, that gives the source of the sentence's words: `as`, a
 * subject and a verb of speech (a few words after it at most), or `in`, a
 * possessive name and `words`.
 */
function sourceClauseAt(block: AnalyzedBlock, k: number, open: number): CueMatch | null {
  const { tokens } = block;
  const first = tokens[k]!.lower;
  if (first === 'in') {
    const owner = block.mentionStarting[k + 1];
    if (owner === undefined) return null;
    if (!possessiveAfter(block.text, owner.end)) return null;
    let words = k + 2;
    while (words < open && tokens[words]!.end <= owner.end) words += 1;
    // `Forbes' words`: a bare apostrophe after a name in -s is a token of its own.
    if (/^['’]$/u.test(tokens[words]?.text ?? '')) words += 1;
    if (tokens[words]?.lower !== 'words' || tokens[words + 1]?.text !== ',' || words + 1 >= open) return null;
    return { ref: { form: 'mention', mention: owner, first: k + 1 }, cue: block.text.slice(tokens[k]!.start, tokens[words]!.end), stance: false };
  }
  if (first !== 'as') return null;
  // The subject may carry an appositive: `As Akhil Amar, professor of law at Yale, put it,`.
  for (let v = k + 2; v < open && v - k <= MAX_SOURCE_CLAUSE_TOKENS; v += 1) {
    if (block.depth[v] !== 0) continue;
    const verb = reportingVerbAt(block, v);
    if (verb === null) continue;
    if (verb.verb?.strength !== 'speech') return null;
    let comma = verb.last + 1;
    while (comma < open && comma - verb.last <= MAX_SOURCE_CLAUSE_TAIL && tokens[comma]!.text !== ',') comma += 1;
    if (comma >= open || tokens[comma]!.text !== ',') return null;
    const ref = subjectBefore(block, v, k + 1);
    if (ref === null || ref.first !== k + 1) return null;
    return { ref, cue: cueText(block, verb, false), stance: false };
  }
  return null;
}

/** Tokens from `as` to the verb of a source clause: `As Akhil Amar, professor of constitutional law at Yale, put it`. */
const MAX_SOURCE_CLAUSE_TOKENS = 30;

function documentAfter(block: AnalyzedBlock, after: number, limit: number): SpeakerRef | null {
  const determiner = block.tokens[after + 1];
  if (determiner === undefined || !DETERMINERS.has(determiner.lower)) return null;
  for (let j = after + 2; j < limit; j += 1) {
    const word = block.tokens[j]!.lower;
    if (DOCUMENT_NOUNS.has(word)) return { form: 'document', first: after + 1 };
    if (!DOCUMENT_MODIFIERS.has(word)) return null;
  }
  return null;
}

const COORDINATORS = new Set(['and', 'but', ',']);

/** How many words a cue phrase may have: `put out a statement`. */
const MAX_CUE_PHRASE_WORDS = 4;

/**
 * `Berg issued a statement saying that …`, `Ruiz took to Twitter saying …`: a
 * verb of saying in -ing right after a cue phrase goes on from it and shares
 * its subject; the phrase's noun (`statement`) is no speaker of its own.
 */
function subjectOfPhraseBefore(block: AnalyzedBlock, verb: number, floor: number): SpeakerRef | null {
  if (!block.tokens[verb]!.lower.endsWith('ing')) return null;
  for (let j = verb - 2; j >= Math.max(floor, verb - MAX_CUE_PHRASE_WORDS); j -= 1) {
    const phrase = reportingVerbAt(block, j);
    if (phrase !== null && phrase.last === verb - 1 && phrase.last > phrase.index) return subjectBefore(block, phrase.index, floor);
  }
  return null;
}

/**
 * `…, adding` / `…, saying`: a verb in -ing right after a comma opens a participle clause of the sentence's
 * subject; the comma may stand inside a closing mark (`a defense of "New York values," saying …`).
 */
function participleAfterComma(block: AnalyzedBlock, verb: number): boolean {
  if (!block.tokens[verb]!.lower.endsWith('ing')) return false;
  if (block.tokens[verb - 1]?.text === ',') return true;
  return block.isMark[verb - 1] === 1 && block.tokens[verb - 2]?.text === ',';
}

/** The reference stands right after a preposition (`on Twitter`, `to Labour`): an object, not a subject. */
function objectOfPreposition(block: AnalyzedBlock, ref: SpeakerRef): boolean {
  return PREPOSITIONS.has(block.tokens[ref.first - 1]?.lower ?? '');
}

/**
 * A verb without its own subject takes the subject of an earlier verb in the
 * sentence: `Putin agreed that …, but said, "…"`, `…, criticizing … as "…"`,
 * `Trump joked that …, but went on to say, "…"`.
 */
function inheritedSubject(block: AnalyzedBlock, reporting: number, floor: number): SpeakerRef | null {
  // `…, but went on to say`: the verb that leads the infinitive is the one joined to the clause before.
  const verb = infinitiveMatrixStart(block, reporting, floor) ?? reporting;
  const before = block.tokens[verb - 1];
  const participle = block.tokens[verb]!.lower.endsWith('ing');
  if (before === undefined || (!COORDINATORS.has(before.lower) && !participle)) return null;
  const sentenceStart = Math.max(floor, block.sentenceStart[verb]!, verb - CUE_WINDOW.clause);
  if (before.lower === 'and') {
    const parallel = parallelReportSubject(block, verb, sentenceStart);
    if (parallel !== null) return parallel;
  }
  // `Horgan told the court that …, Foley walked towards her and shouted: "…"`: a bare `and` joins the
  // verb to the nearest clause, so its subject is the nearest name that is itself a subject.
  if (before.lower === 'and' && block.tokens[verb - 2]?.text !== ',') {
    const nearest = nearestSubjectBefore(block, verb - 2, sentenceStart);
    if (nearest !== null) return nearest;
  }
  for (let k = sentenceStart; k < verb - 1; k += 1) {
    const earlier = reportingVerbAt(block, k);
    if (earlier === null) continue;
    // `"…," said Ruiz, adding that …`: after a quote, a verb of saying may come before its subject.
    const ref = subjectBefore(block, k, sentenceStart) ?? (participle ? subjectAfterQuoteVerb(block, k, earlier.last) : null);
    if (ref !== null) return ref;
  }
  // `Berg adopted an accent and joked, "…"`, `Berg did not name them, but told …`: with no subject nearer, the subject
  // opening the sentence does both;
  // `Obama ended his list by saying "…"`, `Berg left after saying "…"`: a participle after `by` or a subordinator too.
  const joined = before.lower === 'and' || before.lower === 'but' || (participle && PARTICIPLE_LEADS.has(before.lower));
  if (joined && sentenceStart === block.sentenceStart[verb] && !opensSubordinateClause(block, sentenceStart, verb - 1)) {
    const opening = clauseOpeningSubject(block, verb - 1, sentenceStart);
    // `The Rove ad hits Clinton … and claims that "…"`: a name right after a determiner modifies the noun after it.
    if (opening === null || DETERMINERS.has(block.tokens[opening.first - 1]?.lower ?? '')) return null;
    return isPassiveSubject(block, opening) ? null : opening;
  }
  return null;
}

/** Words before a participle that make it part of the clause's own action: `by saying`, `after saying`. */
const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['by', ...PARTICIPLE_SUBORDINATORS]);

/** `Silverman was booed and shouted down by …`: the subject of a passive is not who does the verb after `and`. */
function isPassiveSubject(block: AnalyzedBlock, ref: SpeakerRef): boolean {
  if (ref.form !== 'mention') return false;
  let k = ref.first;
  while (k < block.tokens.length && block.tokens[k]!.end <= ref.mention.end) k += 1;
  return PASSIVE_AUXILIARIES.has(block.tokens[k]?.lower ?? '') && (block.tokens[k + 1]?.lower.endsWith('ed') ?? false);
}

/**
 * A subordinate or relative clause opens between `from` and `to` (`Capra was
 * the butt of a gaffe when the host opened the envelope and declared …`): its
 * own subject, named or not, may be the one that goes on after `and`.
 */
function opensSubordinateClause(block: AnalyzedBlock, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const word = block.tokens[k]!.lower;
    if (block.depth[k] === 0 && (SUBORDINATORS.has(word) || RELATIVE_OPENERS.has(word) || word === 'that')) return true;
  }
  return false;
}

/**
 * `Graham said that Carson is a "…" and said that Trump "…"`, `He said Saddam was … and said Iran would …`: a
 * verb after `and` that reports a clause as an earlier one did, in the same way (both before `that`, or the same
 * word before a clause), goes on from that verb and shares its subject, not the subject of the clause between.
 * `… and shouted: "…"` opens a quote of its own and has no parallel.
 */
function parallelReportSubject(block: AnalyzedBlock, verb: number, sentenceStart: number): SpeakerRef | null {
  const thatClause = block.tokens[verb + 1]?.lower === 'that';
  if (!thatClause && (block.tokens[verb + 1]?.isWord !== true || block.isMark[verb + 1] === 1)) return null;
  for (let k = sentenceStart; k < verb - 1; k += 1) {
    const earlier = reportingVerbAt(block, k);
    if (earlier === null) continue;
    const parallel = thatClause ? block.tokens[earlier.last + 1]?.lower === 'that' : block.tokens[k]!.lower === block.tokens[verb]!.lower;
    const ref = parallel ? subjectBefore(block, k, sentenceStart) : null;
    if (ref !== null) return ref;
  }
  return null;
}

/** The name right after a verb of saying that follows a quote's closing mark: `"…," said Ruiz`, `"…", said Ruiz`. */
function subjectAfterQuoteVerb(block: AnalyzedBlock, first: number, last: number): SpeakerRef | null {
  const afterMark = block.isMark[first - 1] === 1 || (block.tokens[first - 1]?.text === ',' && block.isMark[first - 2] === 1);
  if (first < 1 || !afterMark) return null;
  const mention = block.mentionStarting[last + 1];
  return mention === undefined || block.depth[last + 1] !== 0 ? null : { form: 'mention', mention, first: last + 1 };
}

/** The nearest name ending at or before `from` (not before `floor`) that stands as the subject of a verb, after the sentence's first word. */
function nearestSubjectBefore(block: AnalyzedBlock, from: number, floor: number): SpeakerRef | null {
  for (let j = from; j > floor; j -= 1) {
    const mention = block.mentionEnding[j];
    if (mention === undefined || block.depth[j] !== 0) continue;
    let first = j;
    while (first > 0 && block.tokens[first - 1]!.start >= mention.start) first -= 1;
    if (first > floor && isSubjectPosition(block, first, j)) return { form: 'mention', mention, first };
    j = first;
  }
  return null;
}

/** How many tokens a short clause before a colon may hold, the colon included: `Ruiz was blunt:`. */
const COLON_CLAUSE_TOKENS = 6;

/**
 * `Ruiz disagreed: "…"`, `Ruiz was blunt: "…"`, `Ruiz's message was simple:
 * "…"`: a short sentence that names its subject first and hands over to the
 * quote with a colon introduces that subject's words, with no verb of saying.
 */
export function colonClauseSubject(block: AnalyzedBlock, open: number): CueMatch | null {
  const colon = open - 1;
  if (block.tokens[colon]?.text !== ':') return null;
  return shortClauseSubject(block, colon) ?? subjectOfShortPredicate(block, colon);
}

function shortClauseSubject(block: AnalyzedBlock, colon: number): CueMatch | null {
  // `In a Fox interview later that day, Trump went even further: "…"`: the clause after an opening phrase's comma;
  // `Pollsters agree - Carl Bialik: "…"`: a name set off by a dash.
  const start = nameAfterDash(block, colon) ?? clauseStartBefore(block, colon);
  // A name with its title may run longer than a clause: `Manchester United boss Sir Alex Ferguson: "…"`.
  if (colon - start >= (block.block === 'title' ? COLON_CLAUSE_TOKENS : MAX_NAME_LINE_TOKENS)) return null;
  let brackets = 0;
  for (let k = start; k < colon; k += 1) {
    if (block.depth[k] !== 0) return null;
    const text = block.tokens[k]!.text;
    if (text === '(') brackets += 1;
    // `… than Elon Musk (of Paypal, Solar City, Tesla and Space X):`: a clause that closes a bracket it did not open is the inside of an aside.
    else if (text === ')' && (brackets -= 1) < 0) return null;
  }
  // A headline's `Name: "…"` is the headline rule's (`headlines.ts`), which weighs it against the body.
  const short = colon - start < COLON_CLAUSE_TOKENS;
  const ref = (short ? openingSubject(block, colon, start) : null) ?? (block.block === 'title' ? null : nameBeforeColon(block, start, colon));
  if (ref === null) return null;
  return { ref, cue: block.text.slice(block.tokens[start]!.start, block.tokens[colon]!.end), stance: false };
}

/** How many lower-case words may stand between a subject and its colon: `was conclusive in its findings`. */
const COLON_PREDICATE_WORDS = 6;

/** How far back from a subject a comma may open its clause: `As if addressing the magnate directly, the board …`. */
const CLAUSE_OPENING_REACH = 12;

/** Words of a predicate that hand the colon to someone else's words, or deny them: `said as the heckler yelled:`, `could not bring himself to utter:`. */
const FOREIGN_PREDICATE_WORDS: ReadonlySet<string> = new Set([...SUBORDINATORS, ...CLAUSE_BREAKS_BARE, ...RELATIVE_OPENERS, 'that', 'not', "n't", 'never']);

/**
 * `The Illinois Board of Elections was conclusive in its findings: "…"`,
 * `After a long night at the port, Mayor Ana Ruiz was blunt in her reply:
 * "…"`: a name opening its clause however long, then a few lower-case words
 * ending in the colon, introduces its own words as a short clause does. Only
 * plain words of the name's own predicate stand between: a verb of saying
 * (whose subject may be another: `told the staff to say:`), a subordinate or
 * relative clause (`said as the heckler yelled:`), a negation, a mark or a
 * comma there leaves the quote to the rules that read them.
 */
function subjectOfShortPredicate(block: AnalyzedBlock, colon: number): CueMatch | null {
  if (block.block === 'title') return null;
  const sentence = block.sentenceStart[colon]!;
  const floor = Math.max(sentence, colon - COLON_PREDICATE_WORDS - 1);
  for (let k = colon - 1; k >= floor; k -= 1) {
    if (block.depth[k] !== 0) return null;
    const mention = block.mentionEnding[k];
    if (mention !== undefined) {
      if (k === colon - 1) return null;
      const first = firstTokenOf(block, k, mention.start);
      const opener = clauseOpeningBefore(block, first, sentence);
      const run = nameEndingOpeningRun(block, opener, k + 1);
      if (run.last?.mention !== mention || !isSubjectPosition(block, first, k)) return null;
      return { ref: { form: 'mention', mention, first }, cue: block.text.slice(mention.start, block.tokens[colon]!.end), stance: false };
    }
    const token = block.tokens[k]!;
    if (!isLowerWord(token) || FOREIGN_PREDICATE_WORDS.has(token.lower) || reportingVerbAt(block, k) !== null) return null;
  }
  return null;
}

/**
 * Where the clause holding token `first` opens: after the nearest comma before it within CLAUSE_OPENING_REACH,
 * else at `sentence`; a `the` there is skipped. Not clauseOpeningSubject, which reads the sentence's first
 * subject: `When Wallace died in 1998, President Clinton released the following statement:` gives it Wallace,
 * and `In 2000, the Times went with …` no one (measured with it: one right PolNeAR speaker and two `possibly` fewer).
 */
function clauseOpeningBefore(block: AnalyzedBlock, first: number, sentence: number): number {
  let start = sentence;
  for (let k = first - 1; k >= Math.max(sentence, first - CLAUSE_OPENING_REACH); k -= 1) {
    if (block.tokens[k]!.text === ',' && block.depth[k] === 0) {
      start = k + 1;
      break;
    }
  }
  return block.tokens[start]?.lower === 'the' ? start + 1 : start;
}

/**
 * `He holds two associate degrees.`, `She then listed the repairs:`: the
 * sentence from `start` to `end` opens with a subject pronoun and a lower-case
 * word, names no person and holds no quote. The pronoun, as a cue's would be.
 */
export function openingPronounAlone(block: AnalyzedBlock, start: number, end: number, isPerson: (m: EntityMention) => boolean): SpeakerRef | null {
  const reading = SUBJECT_PRONOUNS.get(block.tokens[start]?.lower ?? '');
  if (reading === undefined || !isLowerWord(block.tokens[start + 1])) return null;
  for (let k = start; k < end; k += 1) {
    countWork();
    const mention = block.mentionStarting[k];
    if (block.depth[k] !== 0 || block.isMark[k] === 1 || (mention !== undefined && isPerson(mention))) return null;
  }
  return { form: 'pronoun', reading, first: start };
}

/**
 * `He told his Democratic audience, to rowdy applause:` ending a paragraph,
 * the quote opening the next: a sentence of any length that opens with a
 * pronoun alone (openingPronounAlone) and hands over with a colon introduces
 * the pronoun's words. A person named in it may be the one quoted (`He read a
 * letter from Ruiz:`), and so may a relative clause's antecedent (`She shared
 * the website, which carries this statement:`) or the agent of a passive (`It
 * was sparked by an email:`): it has none of them.
 */
export function colonSentencePronoun(block: AnalyzedBlock, end: number, isPerson: (m: EntityMention) => boolean): CueMatch | null {
  const colon = end - 1;
  if (block.tokens[colon]?.text !== ':') return null;
  const start = block.sentenceStart[colon]!;
  const ref = openingPronounAlone(block, start, colon, isPerson);
  if (ref === null) return null;
  if (PASSIVE_AUXILIARIES.has(block.tokens[start + 1]!.lower) && block.tokens[start + 2]?.lower.endsWith('ed')) return null;
  for (let k = start; k < colon; k += 1) if (RELATIVE_OPENERS.has(block.tokens[k]!.lower)) return null;
  return { ref, cue: block.text.slice(block.tokens[start]!.start, block.tokens[colon]!.end), stance: false };
}

/** The token after a dash that opens the name line ending at the colon at `colon`, within MAX_NAME_LINE_TOKENS; null when none. */
function nameAfterDash(block: AnalyzedBlock, colon: number): number | null {
  const sentence = block.sentenceStart[colon]!;
  for (let k = colon - 2; k > sentence && colon - k < MAX_NAME_LINE_TOKENS; k -= 1) {
    if (NAME_DASHES.has(block.tokens[k]!.text)) return k + 1;
  }
  return null;
}

/** How far back before its comma an opening phrase is read for a lower-case word. */
const OPENING_PHRASE_TOKENS = 8;

/**
 * Where the short clause ending at token `at` starts: after the last comma outside quotes within
 * COLON_CLAUSE_TOKENS of it, or at the sentence's start (the scan is bounded, so a sentence of many colons
 * costs no more than its length).
 */
function clauseStartBefore(block: AnalyzedBlock, at: number): number {
  const sentence = block.sentenceStart[at]!;
  for (let k = at - 1; k > sentence && at - k <= COLON_CLAUSE_TOKENS; k -= 1) {
    if (block.tokens[k]!.text !== ',' || block.depth[k] !== 0) continue;
    // Only an opening phrase (`In a Fox interview later that day,`) stands apart; a name before the comma
    // (`Howard Kurtz, Fox News: "…"`) makes what follows its affiliation, not a clause. Read back a bounded
    // stretch, so many colons in one long sentence cost no more than its length.
    for (let j = k - 1; j >= Math.max(sentence, k - OPENING_PHRASE_TOKENS); j -= 1) if (isLowerWord(block.tokens[j])) return k + 1;
    return sentence;
  }
  return sentence;
}

/** Tokens a name with its title may run before its colon, the colon included: `- Manchester City boss Kevin Keegan:`. */
const MAX_NAME_LINE_TOKENS = 10;
/** Marks that open an item of a list: `- Burnley boss Steve Cotterill: "…"`. */
const LIST_ITEM_MARKS: ReadonlySet<string> = new Set(['-', '–', '—', '•', '*']);

/**
 * `Marco Rubio: "…"`, `Senator Ann Roe: "…"`, `- Burnley boss Steve Cotterill: "…"`: a sentence that is only a
 * name (capitalized words and a person's role nouns before it at most, an item's mark first in its paragraph)
 * handing over to a quote with a colon, as headlines, transcripts and previews write who said it.
 */
function nameBeforeColon(block: AnalyzedBlock, start: number, colon: number): SpeakerRef | null {
  const last = block.mentionEnding[colon - 1];
  if (last === undefined || namesAWork(block, colon + 1)) return null;
  const first = firstTokenOf(block, colon - 1, last.start);
  const from = start === 0 && LIST_ITEM_MARKS.has(block.tokens[0]!.text) ? 1 : start;
  let role = false;
  for (let k = from; k < first; k += 1) {
    const token = block.tokens[k]!;
    if (!token.isWord) return null;
    if (isLowerWord(token) && isPersonRoleNoun(token.lower)) role = true;
    else if (!isCapitalized(token)) return null;
  }
  // Past a clause's length only a role in lower case shows a name line: a headline repeated in Title Case
  // (`Trump Praises Breitbart's Washington Political Editor Matthew Boyle:`) is a sentence.
  if (colon - start >= COLON_CLAUSE_TOKENS && !role) return null;
  return { form: 'mention', mention: last, first };
}

/** Most words of a capitalized quote after `Name:` read as a title: `Andy Stott: "Numb"` names a track. */
const WORK_TITLE_WORDS = 2;

/** Whether the quote opening at `open` is one or two capitalized words, as a work's title is. */
function namesAWork(block: AnalyzedBlock, open: number): boolean {
  let words = 0;
  for (let k = open + 1; k < block.tokens.length && block.depth[k]! > 0; k += 1) {
    const token = block.tokens[k]!;
    if (!token.isWord) continue;
    if (!isCapitalized(token) || (words += 1) > WORK_TITLE_WORDS) return false;
  }
  return words > 0;
}

/**
 * `Party whip Jo Bell on Friday resigned, …`: the name that ends the run of
 * names, capitalized words and role nouns opening the sentence, when a
 * lower-case word (the verb, or `on`) follows it.
 */
function openingSubject(block: AnalyzedBlock, before: number, start: number = block.sentenceStart[before]!): SpeakerRef | null {
  const run = nameEndingOpeningRun(block, start, before);
  let after = run.end;
  // `Pat Toomey (R-Pa.) refused …`: a bracket after the name (a party tag, an age) is skipped.
  if (run.last !== null && block.tokens[after]?.text === '(') {
    const close = closingBracketAfter(block, after, before);
    if (close !== null) after = close + 1;
  }
  // `Donald Trump, who is battling Carson for the top spot, has picked up …`: an appositive after the name is skipped.
  if (run.last !== null && block.tokens[after]?.text === ',') after = appositiveEndAfter(block, after, before) ?? after;
  const next = block.tokens[after];
  if (run.last === null || next === undefined || !next.isWord || isCapitalized(next)) return null;
  return { form: 'mention', mention: run.last.mention, first: run.last.first };
}

/** Tokens an appositive after an opening name may run: `, who is battling Ben Carson for the top spot in many polls,`. */
const MAX_OPENING_APPOSITIVE_TOKENS = 25;

/** The token after the comma closing an appositive that opens with the comma at `comma`, before `limit`; null when none closes or a verb of speech is inside. */
function appositiveEndAfter(block: AnalyzedBlock, comma: number, limit: number): number | null {
  for (let k = comma + 1; k < Math.min(limit, comma + 1 + MAX_OPENING_APPOSITIVE_TOKENS); k += 1) {
    if (block.depth[k] !== 0 || reportingVerbAt(block, k) !== null) return null;
    if (block.tokens[k]!.text === ',') return k + 1;
  }
  return null;
}

/** How many tokens a bracket after a name may hold: `(R-Pa.)`, `(D-N.Y.)`, `(pictured)`. */
const NAME_BRACKET_TOKENS = 8;

/** The `)` closing the bracket that opens at `open`, not past `limit` or NAME_BRACKET_TOKENS. */
function closingBracketAfter(block: AnalyzedBlock, open: number, limit: number): number | null {
  for (let k = open + 1; k < Math.min(limit, open + NAME_BRACKET_TOKENS); k += 1) {
    if (block.tokens[k]!.text === ')') return k;
  }
  return null;
}

/**
 * The subject opening the sentence that holds token `before`, or opening its
 * main clause after an opening phrase and its comma (`In an interview with
 * CNN, Trump continued …`). The phrase must hold a lower-case word: after a
 * name and a comma (`Berg, 45, …`) comes an appositive, not the clause.
 */
function clauseOpeningSubject(block: AnalyzedBlock, before: number, start: number = block.sentenceStart[before]!): SpeakerRef | null {
  const opening = openingSubject(block, before, start);
  if (opening !== null || start !== block.sentenceStart[before]) return ownSubject(block, opening);
  let lowerWord = false;
  for (let k = start; k < Math.min(before, start + OPENING_PHRASE_TOKENS + 1); k += 1) {
    if (block.depth[k] !== 0) return null;
    if (block.tokens[k]!.text === ',') return lowerWord ? ownSubject(block, openingSubject(block, before, k + 1)) : null;
    if (isLowerWord(block.tokens[k])) lowerWord = true;
  }
  return null;
}

/** `Clinton's campaign took the step of …`: a name in the possessive owns the subject and is not it. */
function ownSubject(block: AnalyzedBlock, ref: SpeakerRef | null): SpeakerRef | null {
  if (ref === null || ref.form !== 'mention') return ref;
  let last = ref.first;
  while (last + 1 < block.tokens.length && block.tokens[last + 1]!.end <= ref.mention.end) last += 1;
  return isPossessive(block.tokens[last]!) ? null : ref;
}

/**
 * Whether the noun of saying at `k` gives its content up to the quote at
 * `open`: `claim that …`, `words, "…"`, `description of the pier as …`.
 * Otherwise the noun is only talked about (`Berg's comments were "ill-advised"`,
 * `describes Berg's comments as "rubbish"`), and the quote is whoever talks.
 */
function introducesContent(block: AnalyzedBlock, k: number, open: number): boolean {
  const next = block.tokens[k + 1]?.lower;
  // `Podliska's claim is that …`: the noun's content after a copula too.
  if (thatAfter(block, k)) return true;
  if (next === ',' || next === ':') return k + 2 === open;
  if (next !== 'of') return false;
  for (let j = k + 2; j < open; j += 1) if (block.tokens[j]!.lower === 'as') return true;
  return false;
}

/** Verbs that only carry a noun of saying: `made the point that`, `issued a warning that`. */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'make', 'makes', 'made', 'making', 'issue', 'issues', 'issued', 'offer', 'offers', 'offered', 'voice', 'voiced',
  'repeat', 'repeated', 'renew', 'renewed',
]);

/**
 * `Gorka also made the point that … "…"`: the subject of a light verb before an article and the noun of saying
 * at `k` owns what the noun says.
 */
function lightVerbSubject(block: AnalyzedBlock, k: number, floor: number): SpeakerRef | null {
  const article = block.tokens[k - 1]?.lower;
  if (article !== 'the' && article !== 'a' && article !== 'an') return null;
  if (k - 2 < floor || !LIGHT_VERBS.has(block.tokens[k - 2]!.lower)) return null;
  return subjectBefore(block, k - 2, floor);
}

/** The name in the possessive right before token `k` (`Berg's` of `Berg's claim`), or null. */
function possessiveOwnerBefore(block: AnalyzedBlock, k: number): SpeakerRef | null {
  // `Podliska's most explosive claim that`: before `that`, a word or two may describe the noun (not an article, a
  // preposition or a verb: `spokeswoman challenged the assertion`).
  let owner = k - 1;
  if (thatAfter(block, k)) {
    while (owner >= k - MAX_SAYING_NOUN_MODIFIERS && isDescribingWord(block.tokens[owner])) owner -= 1;
  }
  const before = block.tokens[owner];
  if (before === undefined || block.depth[owner] !== 0 || !isPossessive(before)) return null;
  const mention = block.mentionEnding[owner];
  return mention === undefined ? null : { form: 'mention', mention, first: firstTokenOf(block, owner, mention.start) };
}

/** Lower-case words between a possessive name and its noun of saying: `Podliska's most explosive claim`. */
const MAX_SAYING_NOUN_MODIFIERS = 2;

/** `claim that`, `claim is that`: the noun of saying at `k` gives its content in a clause. */
function thatAfter(block: AnalyzedBlock, k: number): boolean {
  const next = block.tokens[k + 1]?.lower;
  return next === 'that' || ((next === 'is' || next === 'was') && block.tokens[k + 2]?.lower === 'that');
}

/** A lower-case word that may describe a noun: no article, preposition, verb of speech or -ed form. */
function isDescribingWord(token: AnalyzedBlock['tokens'][number] | undefined): boolean {
  if (!isLowerWord(token)) return false;
  const lower = token!.lower;
  return !DETERMINERS.has(lower) && !PREPOSITIONS.has(lower) && !REPORTING_VERB_BY_FORM.has(lower) && !lower.endsWith('ed');
}

/**
 * `Dr Ristau also said aftershocks shouldn't be an issue.`, `He added the
 * depth played a role.`: a paragraph of reported speech with no quote marks,
 * whose last sentence opens with its speaker and a verb of speech. The words
 * it reports go on in a quote of the next paragraph, so this is that quote's
 * cue. The subject must open the sentence: a verb further in belongs to a
 * clause inside it (`The plan that Ruiz said was ready is late.`); when
 * `closing` is allowed, a verb of speech and its subject may instead end it
 * (`All trades will be reflected daily, Hu said.`).
 */
export function cueOfReportedParagraph(block: AnalyzedBlock, closing: boolean): CueMatch | null {
  const end = block.tokens.length;
  if (end === 0 || block.spans.length > 0) return null;
  return cueOfReportedSentence(block, block.sentenceStart[end - 1]!, end, closing);
}

/**
 * The speaker of the sentence of reported speech from `start` to `end`: its
 * subject and a verb of speech open it (`Ruiz said the council would meet.`),
 * or, when `closing` is allowed, a verb of speech and its subject after a
 * comma end it (`The pier is unsafe, he stressed.`).
 */
export function cueOfReportedSentence(block: AnalyzedBlock, start: number, end: number, closing: boolean): CueMatch | null {
  const { tokens } = block;
  for (let k = start + 1; k < Math.min(end, start + REPORTED_VERB_REACH); k += 1) {
    const verb = reportingVerbAt(block, k);
    if (verb === null) continue;
    if (verb.verb?.strength !== 'speech' || tokens[k]!.lower.endsWith('ing')) break;
    const ref = subjectBefore(block, k, start);
    if (ref !== null && ref.first === start) return { ref, cue: cueText(block, verb, false), stance: false };
    break;
  }
  if (!closing || end - start < 4) return null;
  const verb = reportingVerbAt(block, end - 2);
  if (verb === null || verb.last !== end - 2 || verb.verb?.strength !== 'speech') return invertedClosingCue(block, start, end);
  const ref = subjectClosingSentence(block, verb, start);
  return ref === null ? null : { ref, cue: cueText(block, verb, false), stance: false };
}

/** Title words a name may carry after a fronted verb that ends its sentence: `said Mr Thomas.` */
const MAX_CLOSING_TITLE_TOKENS = 2;

/**
 * `The content of the e-mail mattered, said Mr Thomas.`: a comma, a verb of speech put first and the name it
 * names, which end the sentence. Not a verb of telling, whose name after it is the one told (`, he told Ruiz.`).
 */
function invertedClosingCue(block: AnalyzedBlock, start: number, end: number): CueMatch | null {
  if (!isTerminal(block.tokens[end - 1]?.text ?? '')) return null;
  const mention = block.mentionEnding[end - 2];
  if (mention === undefined || block.depth[end - 2] !== 0) return null;
  let first = firstTokenOf(block, end - 2, mention.start);
  for (let k = 0; k < MAX_CLOSING_TITLE_TOKENS && first - 1 > start && isCapitalized(block.tokens[first - 1]!) && reportingVerbAt(block, first - 1) === null; k += 1) first -= 1;
  const verb = reportingVerbAt(block, first - 1);
  if (verb === null || verb.last !== first - 1 || !namesItsSpeakerAfter(verb) || first - 1 <= start) return null;
  if (block.tokens[verb.index - 1]?.text !== ',') return null;
  return { ref: { form: 'mention', mention, first }, cue: cueText(block, verb, false), stance: false };
}

/**
 * How far into its sentence the verb of a reported paragraph may stand: a subject, a title, an appositive
 * (`Martin Bell, who won the Tatton seat from Tory Neil Hamilton on an anti-corruption platform, said …`),
 * `also`. The subject must still open the sentence. (20, 30 and 45 moved the same public quotes; 12 missed them.)
 */
const REPORTED_VERB_REACH = 30;

/**
 * `Ms Khan dubbed herself a "hope-monger", saying she …`: a quote set off by a
 * comma before a participle of a reporting verb, with no verb of speech before
 * it that the clause rule could read, is the words of the subject opening its
 * sentence, who goes on to say more. Not after a noun of saying whose owner is
 * not named (`derided Tory claims they could cut "wasteful spending", saying`):
 * those words are the claim's.
 */
export function subjectBeforeParticiple(block: AnalyzedBlock, open: number, close: number): CueMatch | null {
  const { tokens } = block;
  let j = close + 1;
  if (tokens[close - 1]?.text !== ',' && tokens[j]?.text !== ',') return null;
  while (tokens[j]?.text === ',') j += 1;
  const verb = reportingVerbAt(block, j);
  if (verb === null || !isParticiple(block, verb)) return null;
  for (let k = block.sentenceStart[open]!; k < open; k += 1) {
    if (block.depth[k] === 0 && SAYING_NOUNS.has(tokens[k]!.lower)) return null;
  }
  const ref = clauseOpeningSubject(block, open);
  return ref === null ? null : { ref, cue: cueText(block, verb, false), stance: verb.verb?.strength === 'stance' };
}

/**
 * The verb that governs a partial quote: the nearest reporting verb before
 * it in its sentence, with that verb's subject (`Novak said that … as Russia
 * "…"` gives Novak, not Russia).
 */
export function cueInClause(block: AnalyzedBlock, open: number): CueMatch | null {
  const floor = Math.max(block.sentenceStart[open]!, open - CUE_WINDOW.clause);
  for (let k = open - 1; k >= floor; k -= 1) {
    if (block.depth[k] !== 0) continue;
    // `Ruiz rejected Berg's claim that it was "unsafe"`: what a noun of saying says is its owner's.
    if (SAYING_NOUNS.has(block.tokens[k]!.lower) && introducesContent(block, k, open)) {
      const owner = possessiveOwnerBefore(block, k);
      if (owner !== null) return { ref: owner, cue: block.text.slice(block.tokens[owner.first]!.start, block.tokens[k]!.end), stance: false };
      const maker = lightVerbSubject(block, k, floor);
      if (maker !== null) return { ref: maker, cue: block.text.slice(block.tokens[k - 2]!.start, block.tokens[k]!.end), stance: false };
    }
    const verb = reportingVerbAt(block, k);
    if (verb === null) continue;
    // `X quit the party, accusing its leaders of …`: the words before the comma are an object;
    // the one accusing is the subject that opens the sentence.
    const participleClause = participleAfterComma(block, k);
    const ref = quotedAsSayingSubject(block, k, floor) ?? subjectOfPhraseBefore(block, k, floor) ?? (participleClause
      ? (inheritedSubject(block, k, floor) ?? clauseOpeningSubject(block, k))
      : (subjectBefore(block, k, floor) ?? inheritedSubject(block, k, floor)));
    if (ref !== null) return { ref, cue: cueText(block, verb, false), stance: verb.verb?.strength === 'stance' };
    if (participleClause) return null;
    if (!block.tokens[k]!.lower.endsWith('ing')) return null;
  }
  return null;
}
