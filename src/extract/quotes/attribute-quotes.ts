import {
  ATTRIBUTION_RULES,
  HEADLINE_ROLE_CONFIDENCE,
  HEADLINE_ROLE_HEADS,
  NAME_DASHES,
  RULE_BY_NAME,
  STANCE_VERB_FACTOR,
  type AttributionRuleName,
} from '../lexicon/cue-patterns.ts';
import { SUBJECT_PRONOUNS, isVerbPremodifier } from '../lexicon/discourse-words.ts';
import { REFERRING_ROLE_NOUNS } from '../lexicon/role-nouns.ts';
import { TITLE_ABBREVIATIONS } from '../lexicon/titles.ts';
import { REPORTING_VERB_BY_FORM } from '../lexicon/reporting-verbs.ts';
import type { Entity, EntityMention } from '../types.ts';
import type { ArticleAnalysis } from './analyze-article.ts';
import type { AnalyzedBlock } from './analyze-block.ts';
import { cueAccordingTo, cueAccordingToAfter, cueAccordingToInSentence, cueAfter, colonClauseSubject, cueBefore, cueInClause, subjectBeforeParticiple, cueOfReportedParagraph, cueOfReportedSentence, colonSentencePronoun, endsWithFullStop, openingPronounAlone, type CueMatch } from './cue-finders.ts';
import type { QuoteSite } from './quote-sites.ts';
import { countWork } from '../work-meter.ts';
import { isTerminal, letterDigitWords } from '../analysis/characters.ts';
import { resolveSpeaker } from './resolve-speaker.ts';
import { mayNameReportingVerb, reportingVerbAt, skipPremodifiers, tokenFrom } from './speaker-refs.ts';
import { isSubjectPosition } from './subject-position.ts';
import { isCapitalized, isLowerWord, type Token } from './tokenize.ts';
import { FUNCTION_WORDS } from '../entities/common-words.ts';

export interface Attribution {
  entity: Entity;
  confidence: number;
  cue: string | null;
  rule: AttributionRuleName;
}

type Matcher = (context: MatchContext, site: QuoteSite) => Attribution | null;

interface MatchContext {
  analysis: ArticleAnalysis;
  attributions: Map<QuoteSite, Attribution>;
  isPerson: (mention: EntityMention) => boolean;
  sitesByBlock: ReadonlyMap<number, readonly QuoteSite[]>;
}

/** The confidence from which pages show a speaker as attributed. */
const ACCEPTED = 0.5;

const SPLIT_SOURCES: ReadonlySet<AttributionRuleName> = new Set(['quote-said-X', 'quote-X-said', 'split']);

function fromCue(context: MatchContext, site: QuoteSite, rule: AttributionRuleName, match: CueMatch | null, cueBlock: AnalyzedBlock = site.block): Attribution | null {
  if (match === null) return null;
  const speaker = resolveSpeaker(context.analysis, cueBlock, match.ref);
  if (speaker === null) return null;
  const base = RULE_BY_NAME.get(rule)!.confidence * (match.stance ? STANCE_VERB_FACTOR : 1);
  return { entity: speaker.entity, confidence: round(base * speaker.certainty), cue: match.cue, rule };
}

function inherit(from: Attribution, rule: AttributionRuleName): Attribution {
  const factor = RULE_BY_NAME.get(rule)!.confidence;
  return { entity: from.entity, confidence: round(from.confidence * factor), cue: from.cue, rule };
}

/** Like inherit, but a speaker already accepted stays accepted: the same person goes on speaking. */
function inheritAccepted(from: Attribution, rule: AttributionRuleName): Attribution {
  const inherited = inherit(from, rule);
  return from.confidence >= ACCEPTED ? { ...inherited, confidence: Math.max(ACCEPTED, inherited.confidence) } : inherited;
}

/** A person other than `speakerId` named in `block` after token `from`. */
function otherPersonAfter(context: MatchContext, block: AnalyzedBlock, from: number, speakerId: string): boolean {
  for (let k = from + 1; k < block.tokens.length; k += 1) {
    countWork();
    const mention = block.mentionStarting[k];
    if (mention !== undefined && context.isPerson(mention) && mention.entityId !== speakerId) return true;
  }
  return false;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function closeToken(site: QuoteSite): number {
  return site.block.closeToken[site.span]!;
}

function openToken(site: QuoteSite): number {
  return site.block.openToken[site.span]!;
}

/** Where the text this quote's cue may come from begins: the sentence start, or just after the previous quote. */
function cueFloor(site: QuoteSite): number {
  const open = openToken(site);
  const previousClose = site.previous === null ? -1 : closeToken(site.previous);
  return Math.max(site.block.sentenceStart[open]!, previousClose + 1);
}

/** Where an after-quote cue must end: the sentence end or the next quote. */
function cueLimit(site: QuoteSite): number {
  const { block } = site;
  const close = closeToken(site);
  if (close >= block.tokens.length) return close;
  let limit = block.sentenceEnd[close]!;
  let next = site.span + 1;
  while (next < block.spans.length && block.spans[next]!.depth > 0) next += 1;
  if (next < block.spans.length) limit = Math.min(limit, block.openToken[next]!);
  return limit;
}

const cueAfterBySite = new WeakMap<QuoteSite, ReturnType<typeof cueAfter>>();

/**
 * The cue after the quote's closing mark that both `quote-said-X` and
 * `quote-X-said` read: found once per quote. None for a partial quote whose
 * own verb stands before it (partialWithCueBefore).
 */
function ownCueAfter(context: MatchContext, site: QuoteSite): ReturnType<typeof cueAfter> {
  let match = cueAfterBySite.get(site);
  if (match === undefined) {
    match = partialWithCueBefore(site) ? null : cueAfter(site.block, closeToken(site), cueLimit(site), context.isPerson);
    cueAfterBySite.set(site, match);
  }
  return match;
}

/**
 * `Pataki says Kasich "has a track record …." He warns that …`: a partial
 * quote that ends its sentence inside its marks, with a verb of speech before
 * it in that sentence, is that verb's; a cue after it opens the next sentence
 * and reports something else.
 */
function partialWithCueBefore(site: QuoteSite): boolean {
  const close = closeToken(site);
  if (site.kind !== 'partial' || !isTerminal(site.block.tokens[close - 1]?.text ?? '')) return false;
  return cueInClause(site.block, openToken(site)) !== null;
}

/**
 * `Brown told Blair: "…." On Wednesday Blair directly denied …`: a whole quote
 * that ends its sentence, opened by a cue and a colon that surely name someone
 * other than `speaker`, is that cue's; the next sentence's subject reports
 * something else. When both cues name one person, either will do.
 */
function colonCueNamesOther(context: MatchContext, site: QuoteSite, speaker: Entity): boolean {
  const open = openToken(site);
  if (site.kind !== 'direct' || site.block.tokens[open - 1]?.text !== ':') return false;
  if (!isTerminal(site.block.tokens[closeToken(site) - 1]?.text ?? '')) return false;
  const colon = MATCHERS['X-said-colon']!(context, site);
  return colon !== null && colon.confidence >= ACCEPTED && colon.entity.id !== speaker.id;
}


const MATCHERS: Readonly<Record<string, Matcher>> = {
  'quote-said-X': (context, site) => {
    const match = ownCueAfter(context, site);
    return match?.verbFirst ? fromCue(context, site, 'quote-said-X', match) : null;
  },
  'quote-X-said': (context, site) => {
    const match = ownCueAfter(context, site);
    if (match === null || match.verbFirst) return null;
    const found = fromCue(context, site, 'quote-X-said', match);
    return found !== null && colonCueNamesOther(context, site, found.entity) ? null : found;
  },
  'X-said-colon': (context, site) =>
    fromCue(context, site, 'X-said-colon', cueBefore(site.block, openToken(site), cueFloor(site), context.isPerson)) ??
    colonCueInParagraphBefore(context, site) ??
    fromCue(context, site, 'X-said-colon', colonClauseSubject(site.block, openToken(site))),
  'according-to': (context, site) =>
    fromCue(context, site, 'according-to', cueAccordingTo(site.block, openToken(site), cueFloor(site), context.isPerson)) ??
    fromCue(context, site, 'according-to', cueAccordingToAfter(site.block, closeToken(site), cueLimit(site), context.isPerson)),
  split: (context, site) => {
    const adjacent = adjacentQuoteSpeaker(context, site);
    if (adjacent !== null) return adjacent;
    const previous = splitSource(context, site);
    if (previous === null) return null;
    const earlier = context.attributions.get(previous)!;
    const { block } = site;
    // The previous quote's cue sentence ends right where this quote opens.
    if (block.sentenceEnd[closeToken(previous)] !== openToken(site)) return null;
    // The cue sentence names one speaker for both parts: an accepted speaker stays accepted.
    return inheritAccepted(earlier, 'split');
  },
  'partial-in-clause': (context, site) =>
    fromCue(context, site, 'partial-in-clause', cueInClause(site.block, openToken(site))) ??
    (site.kind === 'partial' ? fromCue(context, site, 'according-to', cueAccordingToInSentence(site.block, openToken(site), context.isPerson)) : null) ??
    fromCue(context, site, 'partial-in-clause', subjectBeforeParticiple(site.block, openToken(site), closeToken(site))),
  continuation: (context, site) => {
    const { block } = site;
    if (block.block !== 'body' || site.kind !== 'direct') return null;
    if (openToken(site) !== 0) return reportedSentenceSpeaker(context, site);
    if (unnamedCueAfter(site)) return null;
    const before = context.analysis.blocks[block.order - 1];
    if (before === undefined || before.block !== 'body') return null;
    const last = lastSpokenSite(context, before.order);
    // No quote in the paragraph before: it may report the same words indirectly (`He added the depth played a role.`),
    // unless the quote's own cue names someone the rules above could not take (`"…," Ann Lee of stockbroker X said`).
    if (last === undefined) return namedCueAfter(site) ? null : reportedParagraphSpeaker(context, site, before);
    // `Bolton called it "disrespectful to the men and women …." / "To have a President …"`: a partial that ends
    // the paragraph before goes on in the next one only when this quote has no cue of its own.
    if (last.kind !== 'direct' && (last.kind !== 'partial' || cueWordAfter(site))) return null;
    const earlier = context.attributions.get(last);
    if (earlier === undefined || earlier.confidence < 0.5) return null;
    // The previous paragraph ends with that quote (and its cue).
    if (before.sentenceEnd[closeToken(last)] !== before.tokens.length && closeToken(last) < before.tokens.length) return null;
    // `"…," the Wisconsin governor said.`, `"…," Cuban said.`: the quote's own cue names someone else.
    if (someoneElseInOwnCue(site, earlier.entity, context.isPerson)) return null;
    // The speaker goes on unless the cue sentence names someone else (`…," he said of Marsh.`).
    return otherPersonAfter(context, before, closeToken(last), earlier.entity.id) ? inherit(earlier, 'continuation') : inheritAccepted(earlier, 'continuation');
  },
  'action-beat': (context, site) => {
    if (site.kind !== 'direct' || cueWordAfter(site)) return null;
    const sentence = beatSentenceBefore(context, site);
    if (sentence === null) return null;
    const beat = beatBefore(context, sentence);
    if (beat !== null) {
      const entity = context.analysis.entityById.get(beat.entityId);
      if (entity === undefined || entity.kind !== 'person') return null;
      return { entity, confidence: RULE_BY_NAME.get('action-beat')!.confidence, cue: null, rule: 'action-beat' };
    }
    // `"…," said Robin Maynard. He has worked at the plant 24 years. "…"`: the pronoun is the one the quote is about.
    const ref = openingPronounAlone(sentence.block, sentence.start, sentence.end, context.isPerson);
    const speaker = ref === null ? null : resolveSpeaker(context.analysis, sentence.block, ref);
    if (speaker === null || speaker.entity.kind !== 'person') return null;
    return { entity: speaker.entity, confidence: round(RULE_BY_NAME.get('action-beat')!.confidence * speaker.certainty), cue: null, rule: 'action-beat' };
  },
  // The subject may open the last sentence of a longer paragraph as well. Not for words ending in a comma: a cue
  // of their own follows (`"I am still Sanders," it read.`).
  'subject-beat': (context, site) => {
    if (site.kind !== 'direct' || cueWordAfter(site) || endsWithComma(site)) return null;
    const sentence = beatSentenceBefore(context, site) ?? beatSentenceBefore(context, site, true);
    const subject = sentence === null ? null : subjectOpeningBeat(context, sentence);
    const entity = subject === null ? undefined : context.analysis.entityById.get(subject.entityId);
    // `Grassley has been taking heat. / "There are invertebrates … than Sen. Charles Grassley"`: words that name
    // the subject are said about them.
    if (entity === undefined || namedInside(site, entity)) return null;
    return { entity, confidence: RULE_BY_NAME.get('subject-beat')!.confidence, cue: null, rule: 'subject-beat' };
  },
  // A pull quote or epigraph is the whole block: a quote that follows the reporter's words may be signed by the item's writer.
  'quote-dash-X': (context, site) => (site.block.block === 'title' || openToken(site) !== 0 ? null : signedBy(context, site)),
};

/**
 * `"…debate urgently." "Unless we get that, …"`: a whole quote that opens
 * right after the closing mark of a whole quote ending its sentence goes on
 * in the same voice (a paragraph break lost, or one quote cut in two); the
 * earlier quote's speaker, if it has one, says both.
 */
function adjacentQuoteSpeaker(context: MatchContext, site: QuoteSite): Attribution | null {
  const previous = site.previous;
  if (previous === null || previous.kind !== 'direct' || site.kind !== 'direct') return null;
  const close = closeToken(previous);
  if (openToken(site) !== close + 1 || !isTerminal(site.block.tokens[close - 1]?.text ?? '')) return null;
  const earlier = context.attributions.get(previous);
  return earlier === undefined ? null : inheritAccepted(earlier, 'split');
}

/**
 * The quote whose cue the sentence before `site` is: the previous top-level
 * quote, or past partials built into that cue sentence and given to the same
 * speaker (`"A," Roe told the AP after hinting that "changes" could come. "B"`),
 * and past titles named in it. A partial given to someone else, or to no one,
 * leaves the cue's reach unclear.
 */
function splitSource(context: MatchContext, site: QuoteSite): QuoteSite | null {
  const { block } = site;
  const cueSentenceEnd = openToken(site);
  let previous = site.previous;
  let speaker: string | null = null;
  while (previous !== null) {
    // A title named in the cue sentence is no one's words (`Roe said on ABC's "This Week" on Sunday. "B"`).
    if (previous.kind === 'not-speech' && block.sentenceEnd[closeToken(previous)] === cueSentenceEnd) {
      previous = previous.previous;
      continue;
    }
    const found = context.attributions.get(previous);
    if (found === undefined) return null;
    // Reached past partials, the cue must be a whole quote's: a partial's own cue may be a relative clause (`the "bonfire" Labour promised`).
    if (SPLIT_SOURCES.has(found.rule)) return speaker === null || (found.entity.id === speaker && previous.kind === 'direct') ? previous : null;
    if (previous.kind !== 'partial' || block.sentenceEnd[closeToken(previous)] !== cueSentenceEnd) return null;
    speaker = found.entity.id;
    previous = previous.previous;
  }
  return null;
}

/**
 * `'We should not have lost' — Hallgrimsson`: the name after a dash right
 * behind the closing mark, ending the block (a full stop at most after it).
 * A name with more words after it starts a sentence of the reporter's. Only a
 * person signs: a page title ending `- BBC News` names the site, not a speaker.
 */
function signedBy(context: MatchContext, site: QuoteSite): Attribution | null {
  const { block } = site;
  const dash = closeToken(site) + 1;
  if (dash >= block.tokens.length || !NAME_DASHES.has(block.tokens[dash]!.text)) return null;
  let last = block.tokens.length - 1;
  if (last > dash && block.tokens[last]!.text === '.') last -= 1;
  const mention = block.mentionEnding[last];
  if (mention === undefined || block.mentionStarting[dash + 1] !== mention) return null;
  const entity = context.analysis.entityById.get(mention.entityId);
  if (entity?.kind !== 'person') return null;
  return { entity, confidence: RULE_BY_NAME.get('quote-dash-X')!.confidence, cue: null, rule: 'quote-dash-X' };
}

/**
 * `In a briefing, he said:` closing one paragraph, the quote opening the next:
 * the cue before the colon names the speaker.
 */
function colonCueInParagraphBefore(context: MatchContext, site: QuoteSite): Attribution | null {
  const { block } = site;
  if (block.block !== 'body' || openToken(site) !== 0) return null;
  const before = context.analysis.blocks[block.order - 1];
  const end = before?.tokens.length ?? 0;
  if (before === undefined || before.block !== 'body' || end === 0 || before.tokens[end - 1]!.text !== ':') return null;
  return fromCue(context, site, 'X-said-colon', cueBefore(before, end, before.sentenceStart[end - 1]!, context.isPerson), before) ??
    fromCue(context, site, 'X-said-colon', colonClauseSubject(before, end), before) ??
    fromCue(context, site, 'X-said-colon', colonSentencePronoun(before, end, context.isPerson), before);
}

/** Words after a closing mark that may still hold the quote's own cue: `said another analyst`. */
const UNNAMED_CUE_REACH = 4;

/** Determiners that bring in someone not met before: `said another trader`, `a voice-over says`. */
const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one', 'some', 'other', 'others', 'several']);

/**
 * `"…," said another trader`, `"…," a witness told reporters`: the sentence
 * goes on after the closing mark with a reporting verb and a subject brought
 * in as someone new. Whoever that is, the quote does not carry on an earlier
 * speaker's words. (`the spokesman said` most often means the one already
 * quoted, so a definite subject does not count.)
 */
function unnamedCueAfter(site: QuoteSite): boolean {
  const { block } = site;
  let i = closeToken(site) + 1;
  if (block.tokens[i]?.text === ',') i += 1;
  const first = block.tokens[i];
  // A capital after the mark opens the reporter's next sentence (`"…." Dr Tamimi said the main issues …`).
  if (first === undefined || !first.isWord || first.text[0] !== first.lower[0]) return false;
  let verb = false;
  let someoneNew = false;
  for (let k = i; k < block.tokens.length && k < i + UNNAMED_CUE_REACH; k += 1) {
    const token = block.tokens[k]!;
    if (!token.isWord) break;
    if (SUBJECT_PRONOUNS.has(token.lower) || block.mentionStarting[k] !== undefined) return false;
    if (reportingVerbAt(block, k) !== null) verb = true;
    if (INDEFINITE_DETERMINERS.has(token.lower)) someoneNew = true;
  }
  return verb && someoneNew;
}

/**
 * `"…," he said. / He added the depth played a role. / "…"`: the speaker of a
 * paragraph of reported speech goes on in the quote of the next paragraph,
 * when the one quoted last before it (a few paragraphs of narration may stand
 * between) is the same speaker, or when no one was quoted yet. A quote with no
 * cue of its own may also take the cue that closes the reported sentence
 * (`…, Hu said. / "…"`). Reported speech of someone other than the one quoted
 * last may be an aside in that speaker's talk (`…, Moon has said.` between
 * two of Putin's quotes): it introduces no one.
 */
function reportedParagraphSpeaker(context: MatchContext, site: QuoteSite, reported: AnalyzedBlock): Attribution | null {
  const ownCue = cueWordAfter(site);
  // `…, Dempsey said. / "…," the patient wrote.`: a closing cue names a subject the quote's own cue may not be.
  const found = fromCue(context, site, 'continuation', cueOfReportedParagraph(reported, !ownCue), reported);
  // `She has since said that … / "…," the host said.`: the quote's own cue names someone the reported speaker is not.
  if (found === null || someoneElseInOwnCue(site, found.entity, context.isPerson)) return null;
  // `"…," the official said.`: whom a cue of its own means is left to the one quoted right before.
  if (ownCue) return saidAlsoBy(context, found, lastQuotedBefore(context, reported.order, 1));
  const earlier = lastQuotedBefore(context, reported.order, QUOTED_LAST_REACH);
  return earlier === undefined ? found : saidAlsoBy(context, found, earlier);
}

/** How many body paragraphs before a paragraph of reported speech are searched for the one quoted last (6 and 12 moved the same public quotes). */
const QUOTED_LAST_REACH = 10;

/** The last top-level quote of the nearest body paragraph before block `order` that has one, at most `reach` paragraphs back. */
function lastQuotedBefore(context: MatchContext, order: number, reach: number): QuoteSite | undefined {
  for (let k = order - 1; k >= 0 && k >= order - reach; k -= 1) {
    if (context.analysis.blocks[k]!.block !== 'body') return undefined;
    const last = lastTopLevelSite(context, k);
    if (last !== undefined) return last;
  }
  return undefined;
}

/** `found` when the quote `before` was given to the same speaker: the one quoted last goes on. */
function saidAlsoBy(context: MatchContext, found: Attribution | null, before: QuoteSite | undefined): Attribution | null {
  const speaker = before === undefined ? undefined : context.attributions.get(before);
  return found !== null && speaker !== undefined && speaker.entity.id === found.entity.id ? found : null;
}

/**
 * `The suspects cannot hide, he stressed. "…"`, `Patriots wanted the UK strong, Mr Straw said. "…"`: a quote
 * opening its sentence right after a sentence of reported speech in its own paragraph goes on with that
 * sentence's speaker. Unlike a paragraph of reported speech before a quote paragraph
 * (reportedParagraphSpeaker), it need not be the one quoted last: within one paragraph the reporter hands
 * over from the indirect words to the direct ones. A quote with a cue of its own is left to that cue.
 */
function reportedSentenceSpeaker(context: MatchContext, site: QuoteSite): Attribution | null {
  const { block } = site;
  const open = openToken(site);
  if (block.sentenceStart[open] !== open || cueWordAfter(site)) return null;
  const start = block.sentenceStart[open - 1]!;
  for (let k = start; k < open; k += 1) if (block.depth[k] !== 0 || block.isMark[k] === 1) return null;
  return fromCue(context, site, 'continuation', cueOfReportedSentence(block, start, open, true));
}

/** Words after a closing mark read for the subject of the quote's own cue: `the Wisconsin governor said`. */
const OWN_CUE_SUBJECT_REACH = 6;

/**
 * The quote's own cue names someone other than `person`: before its verb of
 * speech stands a person's role noun `person` was never given (`"…," the
 * Wisconsin governor said.`; roles are learned from titles and appositives),
 * or a capitalized word no mention of `person` covers (`"…," Cuban said.`,
 * `"…," Mr King said.`: a name the entity finder did not resolve); or right
 * after the verb such a word (`"…," said Cuban.`). Whoever that is, it is not
 * the person quoted before.
 */
function someoneElseInOwnCue(site: QuoteSite, person: Entity, isPerson: (mention: EntityMention) => boolean): boolean {
  const { block } = site;
  const close = closeToken(site);
  const end = Math.min(close < block.tokens.length ? block.sentenceEnd[close]! : close, close + 1 + OWN_CUE_SUBJECT_REACH);
  // `Sen. Cruz` holds the role `the senator` names.
  const held = new Set(person.roles.map((role) => role.toLowerCase().split(/\s+/u).pop()!).map((word) => TITLE_ABBREVIATIONS.get(word) ?? word));
  const subjectFirst = close + 1 + (block.tokens[close + 1]?.text === ',' ? 1 : 0);
  // `"…." And Yelling says:` opens the reporter's next sentence; `the Maryland Democrat said` describes someone named.
  const nameMayOpen = !endsWithFullStop(block, close) && block.tokens[subjectFirst]?.lower !== 'the';
  // `"…," Bruce LeVell assured the crowd`: a quote that ends on a comma goes on into its cue, and the person
  // named there with a verb after them is its speaker, even when the verb is none the table lists.
  if (nameMayOpen && otherPersonBeforeVerb(block, subjectFirst, person, isPerson)) return true;
  let other = false;
  for (let k = close + 1; k < end; k += 1) {
    const token = block.tokens[k]!;
    if (block.depth[k] !== 0) return false;
    if (block.mentionStarting[k]?.entityId === person.id) return false;
    const verb = reportingVerbAt(block, k);
    if (verb !== null) {
      if (k === subjectFirst) return unresolvedNameAfter(block, verb.last, person) || someoneElseAfterVerb(block, verb.last, person, held, isPerson);
      return other || (nameMayOpen && unresolvedNameBefore(block, k));
    }
    if (namesRoleNotHeld(token, person, held)) other = true;
  }
  return false;
}

/** A person's role noun (`governor`) that `person`, a person, was never given: it names someone else. */
function namesRoleNotHeld(token: Token, person: Entity, held: ReadonlySet<string>): boolean {
  return person.kind === 'person' && token.isWord && REFERRING_ROLE_NOUNS.get(token.lower) === 'person' && !held.has(token.lower);
}

/** A person other than `person` named at token `first`, a lower-case word right after the name. */
function otherPersonBeforeVerb(block: AnalyzedBlock, first: number, person: Entity, isPerson: (mention: EntityMention) => boolean): boolean {
  const mention = block.mentionStarting[first];
  if (mention === undefined || mention.entityId === person.id || mention.form === 'role' || !isPerson(mention)) return false;
  const k = tokenFrom(block, first, mention.end);
  const next = block.tokens[k];
  return next !== undefined && block.depth[k] === 0 && isLowerWord(next) && !FUNCTION_WORDS.has(next.lower);
}

/**
 * `"…," wrote the American ambassador at the time, John E. Herbst.`: after the verb of the quote's own cue,
 * before its sentence ends, a person's role noun `person` was never given, or a person other than them.
 */
function someoneElseAfterVerb(block: AnalyzedBlock, verbLast: number, person: Entity, held: ReadonlySet<string>, isPerson: (mention: EntityMention) => boolean): boolean {
  const end = Math.min(block.sentenceEnd[verbLast] ?? block.tokens.length, verbLast + 1 + NAME_AFTER_VERB_REACH);
  for (let k = verbLast + 1; k < end; k += 1) {
    if (block.depth[k] !== 0) return false;
    const mention = block.mentionStarting[k];
    if (mention?.entityId === person.id) return false;
    if (mention !== undefined && mention.form !== 'role' && isPerson(mention)) return true;
    if (namesRoleNotHeld(block.tokens[k]!, person, held)) return true;
  }
  return false;
}

/** The subject's last word before the verb at `verb` is capitalized and no pronoun: a name (the place in `the Lisbon mayor` is no subject). */
function unresolvedNameBefore(block: AnalyzedBlock, verb: number): boolean {
  const token = block.tokens[skipPremodifiers(block, verb - 1, 0)];
  return token !== undefined && token.isWord && isCapitalized(token) && !SUBJECT_PRONOUNS.has(token.lower);
}

/** Words after a verb of speech read for a name: `said Sen. Ted Cruz`. */
const NAME_AFTER_VERB_REACH = 4;

/** A capitalized word opens the words after the verb, and no mention of `person` comes within reach. */
function unresolvedNameAfter(block: AnalyzedBlock, verbLast: number, person: Entity): boolean {
  const first = block.tokens[verbLast + 1];
  if (first === undefined || !first.isWord || !isCapitalized(first) || SUBJECT_PRONOUNS.has(first.lower)) return false;
  for (let k = verbLast + 1; k < Math.min(block.tokens.length, verbLast + 1 + NAME_AFTER_VERB_REACH); k += 1) {
    if (block.mentionStarting[k]?.entityId === person.id) return false;
  }
  return true;
}

/** A name right after the quote (a comma between at most) and a reporting verb later in its sentence: `"…," Ann Lee of X said`. */
function namedCueAfter(site: QuoteSite): boolean {
  const { block } = site;
  let i = closeToken(site) + 1;
  if (block.tokens[i]?.text === ',') i += 1;
  return block.mentionStarting[i] !== undefined && cueWordAfter(site);
}

/** A reporting verb after the quote in its sentence: the quote has a cue of its own, even one not resolved (`a witness said`). */
function cueWordAfter(site: QuoteSite): boolean {
  const { block } = site;
  const close = closeToken(site);
  const end = close < block.tokens.length ? block.sentenceEnd[close]! : close;
  return close + 1 < end && nextReportingWord(block)[close + 1]! < end;
}

const nextReportingWordByBlock = new WeakMap<AnalyzedBlock, Int32Array>();

/**
 * Per token: the index of the first reporter's-text reporting verb at or after
 * it (the token count when none). Built once per block in one backward pass, so
 * asking after every quote of a sentence-long run of marks stays linear.
 */
function nextReportingWord(block: AnalyzedBlock): Int32Array {
  let next = nextReportingWordByBlock.get(block);
  if (next !== undefined) return next;
  const count = block.tokens.length;
  next = new Int32Array(count + 1);
  next[count] = count;
  for (let k = count - 1; k >= 0; k -= 1) {
    // A phrase's verb word counts only inside its phrase: `shot back` is a cue, `shot the ball` is not.
    const lower = block.tokens[k]!.lower;
    const cue = REPORTING_VERB_BY_FORM.has(lower) || (mayNameReportingVerb(lower) && reportingVerbAt(block, k) !== null);
    next[k] = block.depth[k] === 0 && cue ? k : next[k + 1]!;
  }
  countWork(count);
  nextReportingWordByBlock.set(block, next);
  return next;
}

/** A sentence of narration, tokens [start, end) of `block`. */
interface SentenceAt {
  block: AnalyzedBlock;
  start: number;
  end: number;
}

/**
 * Where a beat may stand: the sentence right before a quote that opens its
 * own sentence, in the same paragraph, or a one-sentence paragraph before a
 * paragraph the quote opens.
 */
function beatSentenceBefore(context: MatchContext, site: QuoteSite, lastOfLonger: boolean = false): SentenceAt | null {
  let { block } = site;
  const open = openToken(site);
  let end = block.sentenceStart[open]!;
  if (end !== open) return null;
  if (end === 0) {
    if (block.block !== 'body') return null;
    const before = context.analysis.blocks[block.order - 1];
    if (before === undefined || before.block !== 'body' || before.tokens.length === 0) return null;
    if (!lastOfLonger && before.sentenceStart[before.tokens.length - 1] !== 0) return null;
    block = before;
    end = before.tokens.length;
  }
  return { block, start: block.sentenceStart[end - 1]!, end };
}

/**
 * `Quinn laughed. "…"`: the beat sentence names exactly one person, as its
 * first words, and holds no quote.
 */
function beatBefore(context: MatchContext, { block, start, end }: SentenceAt): EntityMention | null {
  let person: EntityMention | null = null;
  let personFirst = -1;
  for (let k = start; k < end; k += 1) {
    countWork();
    if (block.depth[k] !== 0 || block.isMark[k]) return null;
    const mention = block.mentionStarting[k];
    if (mention === undefined || !context.isPerson(mention)) continue;
    if (person !== null && person.entityId !== mention.entityId) return null;
    if (person === null) personFirst = k;
    person ??= mention;
  }
  if (person === null) return null;
  if (block.tokens[start]!.start === person.start) return person;
  // `Asked whether …, Lindqvist shook her head.`: the name opens the main clause after an opening clause.
  let personLast = personFirst;
  while (personLast + 1 < end && block.tokens[personLast + 1]!.end <= person.end) personLast += 1;
  if (block.tokens[personFirst - 1]?.text !== ',' || !isSubjectPosition(block, personFirst, personLast)) return null;
  // `The fees should stay low, Ruiz has said.`: a name after a comma with a reporting verb reports a statement, no beat.
  for (let k = personLast + 1; k < end; k += 1) {
    if (REPORTING_VERB_BY_FORM.has(block.tokens[k]!.lower)) return null;
  }
  return person;
}

/**
 * `Valastro praised Christie's leadership in the storm. "…"`, `The Celtic
 * manager leapt to the defence of his assistant by citing McGhee …. "…"`: a
 * beat sentence that names others too, opened by a person as the subject of
 * its verb. It ends in no colon and holds no quote and no finite verb of
 * speech (a reported statement is the continuation rule's to weigh; a verb of
 * stance, `praised`, and `by citing McGhee` are the subject's own doing).
 */
function subjectOpeningBeat(context: MatchContext, { block, start, end }: SentenceAt): EntityMention | null {
  const opener = block.mentionStarting[start];
  if (opener === undefined || !context.isPerson(opener)) return null;
  // `Frank quotes former Carter adviser Alfred Kahn:`: a colon hands the words to what it names, the colon rules' to read.
  if (block.tokens[end - 1]?.text === ':') return null;
  let last = start;
  while (last + 1 < end && block.tokens[last + 1]!.end <= opener.end) last += 1;
  // `The Celtic manager leapt …`: an irregular past tense is no verb the subject test knows, but a lower-case word
  // that is no function word after the opening name reads as its verb.
  const next = block.tokens[last + 1];
  const verbNext = next !== undefined && isLowerWord(next) && !FUNCTION_WORDS.has(next.lower);
  if (!verbNext && !isSubjectPosition(block, start, last)) return null;
  for (let k = start; k < end; k += 1) {
    countWork();
    if (block.depth[k] !== 0 || block.isMark[k]) return null;
    // Only a finite form reports: the bare form is an infinitive or a noun (`in a heavily Democratic state`).
    const verb = reportingVerbAt(block, k)?.verb;
    const form = block.tokens[k]!.lower;
    if (verb?.strength === 'speech' && form !== verb.lemma && !form.endsWith('ing')) return null;
  }
  return opener;
}

/**
 * Whether the person's family name (the last word of their name) is written
 * inside the quote: inside quotes the finder may not tie a name to them
 * (`Sen. Charles Grassley` in the words, `Grassley` in the narration).
 */
function namedInside(site: QuoteSite, person: Entity): boolean {
  const family = person.name.slice(person.name.lastIndexOf(' ') + 1);
  const { block } = site;
  for (let k = openToken(site) + 1; k < closeToken(site) && k < block.tokens.length; k += 1) {
    countWork();
    if (block.depth[k] === 0) break;
    if (block.tokens[k]!.text === family) return true;
  }
  return false;
}

function lastTopLevelSite(context: MatchContext, order: number): QuoteSite | undefined {
  const sites = context.sitesByBlock.get(order) ?? [];
  for (let i = sites.length - 1; i >= 0; i -= 1) {
    if (sites[i]!.parent === null) return sites[i];
  }
  return undefined;
}

/**
 * The last top-level quote of a block, but for a name in marks (a title) in
 * the cue sentence of a quote before it: `"…," said Jon Meacham, the author of
 * "Destiny and Power," a biography …` ends with Meacham's quote and its cue.
 */
function lastSpokenSite(context: MatchContext, order: number): QuoteSite | undefined {
  const last = lastTopLevelSite(context, order);
  if (last === undefined || last.kind !== 'not-speech') return last;
  const sites = context.sitesByBlock.get(order) ?? [];
  for (let i = sites.indexOf(last) - 1; i >= 0; i -= 1) {
    const site = sites[i]!;
    if (site.parent !== null) continue;
    const { sentenceStart } = site.block;
    return site.kind === 'direct' && sentenceStart[openToken(site)] === sentenceStart[openToken(last)] ? site : last;
  }
  return last;
}

/**
 * Attributes every quote: the rules of ATTRIBUTION_RULES in order, then the
 * speaker of a multi-paragraph quote is shared by all its paragraphs and a
 * nested quote takes the speaker of the quote around it, unless the outer
 * quote has its own cue for it (`He said: '…'`): then it goes to the name in
 * that cue, or to no one. Not-speech is never attributed.
 */
export function attributeQuotes(analysis: ArticleAnalysis, sites: readonly QuoteSite[]): Map<QuoteSite, Attribution> {
  const attributions = new Map<QuoteSite, Attribution>();
  const sitesByBlock = new Map<number, QuoteSite[]>();
  for (const site of sites) {
    const list = sitesByBlock.get(site.block.order);
    if (list === undefined) sitesByBlock.set(site.block.order, [site]);
    else list.push(site);
  }
  const context: MatchContext = {
    analysis,
    attributions,
    isPerson: (mention) => analysis.entityById.get(mention.entityId)?.kind === 'person',
    sitesByBlock,
  };
  for (const site of sites) {
    if (site.kind === 'not-speech' || site.parent !== null) continue;
    if (site.chained && site.chainPrevious !== null) continue;
    const found = site.chained ? attributeChain(context, site) : firstMatch(context, site);
    if (found !== null) attributions.set(site, found);
  }
  attributeHeadlines(context, sites);
  for (const site of sites) {
    if (site.kind === 'not-speech' || site.parent === null) continue;
    const outer = attributions.get(site.parent);
    const quoted = quotedWithinQuote(site);
    // `"People go by and I just say, 'Thank you for voting,'" Bennett explained`: words the speaker says they
    // say are the speaker's own.
    if (quoted === null || site.block.tokens[quoted.subject]?.lower === 'i') {
      if (outer !== undefined) attributions.set(site, inherit(outer, 'nested'));
      continue;
    }
    // `"… He said: 'They told us …'"`: the inner words are whoever the outer speaker quotes.
    const speaker =
      quoted.mention !== null
        ? resolveSpeaker(analysis, site.block, { form: 'mention', mention: quoted.mention, first: quoted.subject })
        : quoted.role !== undefined
          ? resolveSpeaker(analysis, site.block, { form: 'role-holder', noun: quoted.role, first: quoted.subject })
          : null;
    if (speaker === null || speaker.entity.id === outer?.entity.id) continue;
    const base = RULE_BY_NAME.get('nested')!.confidence * (outer?.confidence ?? RULE_BY_NAME.get('X-said-colon')!.confidence);
    attributions.set(site, { entity: speaker.entity, confidence: round(base * speaker.certainty), cue: quoted.cue, rule: 'nested' });
  }
  return attributions;
}

/** A headline quote this short could be repeated by chance: `"No"`. */
const MIN_ECHO_WORDS = 2;


/**
 * A headline quote without a speaker of its own: the speaker of the body
 * quote whose words it repeats, else the person the body gave the role the
 * headline names (`MD says "…"`), else the name before `:` or the verb.
 */
function attributeHeadlines(context: MatchContext, sites: readonly QuoteSite[]): void {
  // The accepted body quotes as they stand before any headline is attributed; their words are
  // indexed only when a quote first asks (in most articles every quote has its speaker and none asks).
  const accepted: { site: QuoteSite; found: Attribution }[] = [];
  for (const site of sites) {
    const found = context.attributions.get(site);
    if (site.block.block !== 'body' || found === undefined || found.confidence < ACCEPTED) continue;
    accepted.push({ site, found });
  }
  let index: EchoIndex | undefined;
  const bodyQuotes = (): EchoIndex => {
    if (index === undefined) {
      index = new EchoIndex();
      for (const { site, found } of accepted) {
        const span = site.block.spans[site.span]!;
        index.add(letterDigitWords(site.block.text.slice(span.start, span.end)), found);
      }
    }
    return index;
  };
  for (const site of sites) {
    if (site.kind === 'not-speech' || site.parent !== null) continue;
    const title = site.block.block === 'title';
    const own = context.attributions.get(site);
    if (own !== undefined && (title ? own.confidence >= ACCEPTED : true)) continue;
    const span = site.block.spans[site.span]!;
    const words = letterDigitWords(site.block.text.slice(span.start, span.end));
    // `Candidate calls result "a fraud foretold"` in a standfirst: the body later quotes the same words with their speaker.
    const minWords = title ? MIN_ECHO_WORDS : MIN_BODY_ECHO_WORDS;
    const echoed = words.split(' ').length < minWords ? undefined : bodyQuotes().firstHolding(words);
    // A headline signed after a dash (`Cuts 'a false economy' - Ada Bell`) yields to the body's own speaker of the same
    // words, then to a name before its colon or verb (`Hale: "We go again" — Ada Bell`).
    const found = echoed !== undefined ? inherit(echoed, 'headline') : title ? (headlineSubject(context, site) ?? signedBy(context, site)) : null;
    if (found !== null) context.attributions.set(site, found);
  }
}

/** A body quote without a cue may take the speaker of the same words quoted elsewhere only when this long. */
const MIN_BODY_ECHO_WORDS = 3;

/**
 * How many characters of accepted body quotes one echo search may read. A
 * real article's accepted quotes hold about 1 K characters in all (1.3 K at
 * most over the eval sets), so every search reads them all; a page of
 * thousands of quotes cannot make every search read every quote.
 */
const ECHO_SEARCH_CHARS = 16_384;

const NO_QUOTES: readonly number[] = [];

/** The accepted body quotes (normalized words), in reading order, indexed by the whole words they hold. */
class EchoIndex {
  private readonly texts: string[] = [];
  private readonly attributions: Attribution[] = [];
  private readonly byWord = new Map<string, number[]>();

  add(text: string, attribution: Attribution): void {
    const at = this.texts.length;
    this.texts.push(text);
    this.attributions.push(attribution);
    for (const word of text.split(' ')) {
      const holding = this.byWord.get(word);
      if (holding === undefined) this.byWord.set(word, [at]);
      else if (holding[holding.length - 1] !== at) holding.push(at);
    }
    countWork(text.length + 1);
  }

  /** The attribution of the first quote whose words contain `words` (normalized, words joined by one space). */
  firstHolding(words: string): Attribution | undefined {
    const parts = words.split(' ');
    // A word with words on both sides stands whole in any quote that holds them all: only quotes with the rarest such word can.
    let candidates: readonly number[] | undefined;
    for (let i = 1; i < parts.length - 1; i += 1) {
      const holding = this.byWord.get(parts[i]!) ?? NO_QUOTES;
      if (candidates === undefined || holding.length < candidates.length) candidates = holding;
    }
    countWork(parts.length);
    const count = candidates?.length ?? this.texts.length;
    let read = 0;
    for (let c = 0; c < count && read < ECHO_SEARCH_CHARS; c += 1) {
      const at = candidates === undefined ? c : candidates[c]!;
      const text = this.texts[at]!;
      read += text.length;
      countWork(text.length + 1);
      if (text.includes(words)) return this.attributions[at];
    }
    return undefined;
  }
}

const headlineCueByBlock = new WeakMap<AnalyzedBlock, number>();

/** The first `:` or speech verb of a block (the token count when none), found once per block however many quotes ask. */
function headlineCueAt(block: AnalyzedBlock): number {
  let p = headlineCueByBlock.get(block);
  if (p !== undefined) return p;
  p = 0;
  while (p < block.tokens.length && block.tokens[p]!.text !== ':' && REPORTING_VERB_BY_FORM.get(block.tokens[p]!.lower)?.strength !== 'speech') p += 1;
  countWork(p + 1);
  headlineCueByBlock.set(block, p);
  return p;
}

/** `Okafor: "…"`, `MD says "…"`: the words before the first `:` or reporting verb of the headline. */
function headlineSubject(context: MatchContext, site: QuoteSite): Attribution | null {
  const { block } = site;
  const open = openToken(site);
  const p = Math.min(open, headlineCueAt(block));
  if (p === 0 || p >= open) return null;
  const cue = block.tokens[p]!.text === ':' ? null : block.tokens[p]!.text;
  const mention = block.mentionEnding[p - 1];
  // A role word the entity finder took for a name (`MD`) is resolved as a role.
  if (mention !== undefined && !HEADLINE_ROLE_HEADS.has(mention.text.toLowerCase())) {
    const entity = context.analysis.entityById.get(mention.entityId);
    if (entity === undefined || (entity.kind !== 'person' && entity.kind !== 'organization')) return null;
    return { entity, confidence: round(RULE_BY_NAME.get('headline')!.confidence * 0.9), cue, rule: 'headline' };
  }
  // `Mother of two: "…"`, `MD says`: the one person the body gave that role.
  const roleWords = new Set([block.tokens[0]!.lower, block.tokens[p - 1]!.lower]);
  const heads = new Set<string>();
  for (const word of roleWords) for (const head of HEADLINE_ROLE_HEADS.get(word) ?? [word]) heads.add(head);
  let holder: Entity | undefined;
  for (const entity of context.analysis.entityById.values()) {
    if (entity.kind !== 'person' || !entity.roles.some((role) => heads.has(role.split(/\s+/u).pop()?.toLowerCase() ?? ''))) continue;
    if (holder !== undefined) return null;
    holder = entity;
  }
  return holder === undefined ? null : { entity: holder, confidence: HEADLINE_ROLE_CONFIDENCE, cue, rule: 'headline' };
}

/** How far before a nested quote its own cue (`He said:`) may start, inside the outer quote. */
const NESTED_CUE_WINDOW = 6;

/**
 * A cue inside the outer quote that introduces the nested one (`He said: '…`,
 * `she told me, '…`): the verb, and the name before it if it is one (a
 * pronoun inside someone's quote cannot be resolved from the reporter's text).
 */
function quotedWithinQuote(site: QuoteSite): QuotedWithin | null {
  const { block } = site;
  const open = openToken(site);
  const outerOpen = openToken(site.parent!);
  const lead = block.tokens[open - 1];
  if (lead === undefined) return null;
  if (lead.text !== ':' && lead.text !== ',' && !REPORTING_VERB_BY_FORM.has(lead.lower)) return roleToldInClause(block, open, outerOpen);
  for (let k = open - 1; k > Math.max(outerOpen, open - 1 - NESTED_CUE_WINDOW); k -= 1) {
    const verb = REPORTING_VERB_BY_FORM.get(block.tokens[k]!.lower);
    if (verb === undefined || verb.strength !== 'speech') continue;
    let subject = k - 1;
    while (subject > outerOpen && isVerbPremodifier(block.tokens[subject]!)) subject -= 1;
    const mention = subject > outerOpen ? (block.mentionEnding[subject] ?? appositiveSubject(block, subject, outerOpen)) : null;
    return { cue: block.tokens[k]!.text, subject, mention };
  }
  return null;
}

interface QuotedWithin {
  cue: string;
  subject: number;
  mention: EntityMention | null;
  /** `the provost`: the role noun of a subject named by role only. */
  role?: string;
}

/** How far back in the outer quote the clause verb of an inner fragment may stand: `The dean told us it was 'final'`. */
const NESTED_CLAUSE_WINDOW = 12;

/**
 * `"The provost told us the plan was 'fair,'" she said`: a fragment inside a
 * quote, in a clause whose speech verb has a third person as its subject (a
 * name, or `the` and a role noun), is that person's words, not the outer
 * speaker's. Pronoun subjects (`I told them`) leave it to the outer speaker.
 */
function roleToldInClause(block: AnalyzedBlock, open: number, outerOpen: number): QuotedWithin | null {
  for (let k = open - 1; k > Math.max(outerOpen + 1, open - 1 - NESTED_CLAUSE_WINDOW); k -= 1) {
    const token = block.tokens[k]!;
    if (SENTENCE_ENDS.has(token.text) || block.isMark[k]) return null;
    const verb = REPORTING_VERB_BY_FORM.get(token.lower);
    if (verb === undefined || verb.strength !== 'speech') continue;
    const subject = k - 1;
    if (subject <= outerOpen) return null;
    const mention = block.mentionEnding[subject];
    if (mention !== undefined) return { cue: token.text, subject, mention };
    const noun = block.tokens[subject]!;
    const article = block.tokens[subject - 1];
    if (subject - 1 > outerOpen && article?.lower === 'the' && noun.isWord && noun.text === noun.lower) return { cue: token.text, subject: subject - 1, mention: null, role: noun.lower };
    return null;
  }
  return null;
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

/** How far before the inner cue's verb the name of its subject may stand: `The surgeon, Dr Bell, came out and said, '…`. */
const NESTED_SUBJECT_WINDOW = 16;

/**
 * `My wife, Ana, said to me, '…'`, `The nurse, Jo Bell, came in and said, '…'`:
 * a name set off by commas after the role noun that opens the clause is
 * the subject of the verb that introduces the nested quote.
 */
function appositiveSubject(block: QuoteSite['block'], from: number, outerOpen: number): EntityMention | null {
  const floor = Math.max(outerOpen + 1, from - NESTED_SUBJECT_WINDOW, block.sentenceStart[from] ?? 0);
  for (let j = from; j > floor; j -= 1) {
    const token = block.tokens[j]!;
    if (token.text !== ',') continue;
    const mention = block.mentionEnding[j - 1];
    if (mention === undefined) return null;
    let first = j - 1;
    while (first > floor && block.tokens[first - 1]!.end > mention.start) first -= 1;
    return block.tokens[first - 1]?.text === ',' ? mention : null;
  }
  return null;
}

/**
 * The first rule that matches. When it names its speaker too unsurely to
 * accept, a later rule that names the same speaker surely (`"A," said Roe.
 * "B," he said of the talks.`: split agrees with the unsure pronoun) wins:
 * two cues agreeing on one person. A later rule naming someone else never
 * overrides the first.
 */
function firstMatch(context: MatchContext, site: QuoteSite): Attribution | null {
  let first: Attribution | null = null;
  for (const rule of ATTRIBUTION_RULES) {
    const found = MATCHERS[rule.name]?.(context, site) ?? null;
    if (found === null) continue;
    if (first === null) {
      if (found.confidence >= ACCEPTED) return found;
      first = found;
    } else if (found.entity.id === first.entity.id && found.confidence >= ACCEPTED) {
      return found;
    }
  }
  return first;
}

/** The quote's words end with a comma inside its marks: `"…," she said`. */
function endsWithComma(site: QuoteSite): boolean {
  return site.block.tokens[closeToken(site) - 1]?.text === ',';
}

/**
 * A multi-paragraph quote is attributed before its first paragraph (`He
 * said: "…`) or after its last (`…," he said.`); every paragraph gets that
 * speaker, unless the two cues name different people.
 */
function attributeChain(context: MatchContext, first: QuoteSite): Attribution | null {
  const members: QuoteSite[] = [];
  for (let site: QuoteSite | null = first; site !== null && members.length < 10_000; site = site.chainNext) members.push(site);
  const last = members[members.length - 1]!;
  const opening = MATCHERS['X-said-colon']!(context, first) ?? MATCHERS['according-to']!(context, first) ?? MATCHERS['partial-in-clause']!(context, first);
  const ownClosing = members.length > 1 ? (MATCHERS['quote-said-X']!(context, last) ?? MATCHERS['quote-X-said']!(context, last)) : null;
  // `(Forbes says it tracks 500 ''family fortunes.'.') / ''The quality …,'' Mr. Friedman said.`: a cue closing the
  // last paragraph that names someone else than the one opening the first says the marks ran on by mistake; each
  // end keeps its own cue, and the paragraphs between keep the opening speaker without its certainty. Only a
  // quote ending in a comma is sure to have its cue after it (`"… chasing away?" Tory MP Peter Luff said that …`
  // begins a sentence of its own).
  if (opening !== null && ownClosing !== null && ownClosing.entity.id !== opening.entity.id && endsWithComma(last)) {
    for (const member of members) context.attributions.set(member, inherit(opening, 'multi-paragraph'));
    context.attributions.set(first, opening);
    context.attributions.set(last, ownClosing);
    return opening;
  }
  const closing = opening === null ? ownClosing : null;
  // `"A," he says. "B …` (B running on for paragraphs): the cue of A names B's speaker too.
  // `Quinn laughed. / "A … / "B …"`: a beat sentence before the first paragraph names the speaker of them all.
  const found = opening ?? closing ?? MATCHERS.split!(context, first) ?? MATCHERS.continuation!(context, first) ?? MATCHERS['action-beat']!(context, first) ?? MATCHERS['subject-beat']!(context, first);
  if (found === null) return null;
  for (const member of members) {
    const own = (member === first && opening !== null) || (member === last && closing !== null);
    context.attributions.set(member, own ? found : inheritAccepted(found, 'multi-paragraph'));
  }
  return context.attributions.get(first) ?? null;
}
