/**
 * The speaker decision as a ranking: for every speech quote, the people and
 * organizations it could be attributed to (the engine's choice among them),
 * each with the features a ranker scores. "Nobody" is the answer when no
 * candidate scores high enough, so a quote the engine left unattributed can
 * gain a speaker and one it attributed can lose or change it.
 *
 * Candidates come from where news writing puts a speaker: the quote's own
 * paragraph, the few paragraphs before it (a quote running over paragraphs, a
 * speaker introduced and then quoted), the speakers of the quotes around it,
 * and the article's most mentioned people (headline quotes). Every feature is
 * a class of evidence with a stable id, never a word of a particular article.
 */
import type { ArticleText, Entity, EntityMention, Extraction, Quote, Statement } from '../types.ts';
import { nameShape } from './name-shape.ts';
import { reportingWordSpans } from './reporting-words.ts';
import type { FeatureIds } from './logistic-model.ts';
import { speakerFeatures } from './rule-features.ts';
import { countWork } from '../work-meter.ts';
import { confidenceBucket, countBucket, distanceBucket } from './buckets.ts';
import { bothIds, featureId, prefixedId } from './feature-ids.ts';
import { blockKey, FILL, gap, inside, narrationsOf, order, spansAround, type BlockRef, type Span } from './block-spans.ts';

/** How many body paragraphs before the quote's own are searched for candidates. */
export const PARAGRAPHS_BACK = 3;

/** At most this many candidates per quote: the nearest by reading order. */
export const MAX_CANDIDATES = 5;

/**
 * Mentions read per quote on each side of it in its own block, and at the end
 * of each earlier paragraph: the work per quote stays bounded however many
 * names and quotes one paragraph holds, so the whole pass is linear.
 */
export const MENTIONS_NEAR = 8;

/** A mention as the candidates read it, with what is known of it once per block. */
interface BlockMention extends EntityMention {
  /** Inside some quote of the block: someone talked about, not a speaker. */
  quoted: boolean;
  /** A reporting word is written within CUE_REACH characters of it. */
  nextToCue: boolean;
}

/** How close a reporting word must be to a mention for the two to read as `X said` / `said X`. */
const CUE_REACH = 12;

export interface SpeakerCandidate {
  entityId: string;
  name: string;
  /** Ids of its binary features, each once, in a fixed order. */
  features: FeatureIds;
}

/**
 * Evidence groups also read two at a time. A linear model weighs each fact
 * alone; whether the rules chose a candidate means one thing when the
 * candidate is named in the quote's own paragraph and another three
 * paragraphs back, so every pair of facts from these groups is a feature of
 * its own (`engine=this&para-dist=0`). Only these few groups: the pairs of
 * all of them would be more features than the gold can weigh. The candidate
 * code adds their facts with `fact` (a test checks that exactly these do).
 */
export const CONJOINED_GROUPS: readonly string[] = ['kind', 'engine', 'para-dist', 'same-block', 'same-block-dist', 'same-block-form', 'previous-quote-speaker'];

/** Appends every pair of the facts, in their order. */
function addConjunctions(vector: string[], facts: readonly string[]): void {
  for (let i = 0; i < facts.length; i += 1) {
    for (let j = i + 1; j < facts.length; j += 1) vector.push(bothIds(facts[i]!, facts[j]!));
  }
}

/** The candidates of one quote; null for a quote that is not speech. */
export type QuoteCandidates = SpeakerCandidate[] | null;

const SPEAKER_KINDS: ReadonlySet<string> = new Set(['person', 'organization']);

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** A subject pronoun written at most two characters before `start` or after `end` (`he said`, `said she`). */
function pronounNextTo(text: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}\p{N}'’-])(\p{L}+)[^\p{L}\p{N}]{1,2}$/u.exec(text.slice(Math.max(0, start - 8), start));
  const after = /^[^\p{L}\p{N}]{1,2}(\p{L}+)(?:[^\p{L}\p{N}'’-]|$)/u.exec(text.slice(end, end + 8));
  return [before?.[1], after?.[1]].some((word) => word !== undefined && SUBJECT_PRONOUNS.has(word.toLowerCase()));
}

/** What the features need to know of one block, computed once per block. */
interface BlockFacts {
  narrated: string;
  /** Where reporting words are written, in text order. */
  reporting: Span[];
  /**
   * A subject pronoun next to a reporting word: `he said`, `said she`.
   * Worked out when a quote of the block first asks (see pronounCueOf): most
   * blocks are only searched for earlier mentions and never ask.
   */
  pronounCue: boolean | undefined;
  /** The narration has no letter or digit: the block is quotes only. */
  onlyQuotes: boolean;
  opensWithQuote: boolean;
}

function blockFacts(narrated: string): BlockFacts {
  countWork(narrated.length);
  const reporting = reportingWordSpans(narrated);
  const firstLetter = /[\p{L}\p{N}\u0000]/u.exec(narrated);
  return {
    narrated,
    reporting,
    pronounCue: undefined,
    onlyQuotes: !/[\p{L}\p{N}]/u.test(narrated),
    opensWithQuote: firstLetter !== null && firstLetter[0] === '\u0000',
  };
}

/** The block's pronoun cue, worked out once. */
function pronounCueOf(facts: BlockFacts): boolean {
  facts.pronounCue ??= facts.reporting.some((span) => pronounNextTo(facts.narrated, span.start, span.end));
  return facts.pronounCue;
}

/**
 * The last statement (sorted in reading order) that ends before the quote
 * starts, by binary search: the pass stays linear in the article.
 */
export function lastStatementBefore(sorted: readonly Statement[], quote: Quote): Statement | null {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const s = sorted[mid]!;
    const before = order(s) < order(quote) || (order(s) === order(quote) && s.end <= quote.start);
    if (before) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? null : sorted[low - 1]!;
}

function namesSomeone(quote: Quote): boolean {
  return quote.speakerId !== null && quote.kind !== 'not-speech' && quote.confidence >= 0.5;
}

/** The paragraph distance from a to b in reading order (title and caption count as before paragraph 0). */
function paragraphsBetween(earlier: BlockRef, later: BlockRef): number {
  return order(later) - order(earlier);
}

/** The block's speaker mentions in text order, with what each needs known once: quoted, next to a cue. */
function blockMentions(mentions: readonly EntityMention[], facts: BlockFacts): BlockMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  // Reporting words are in text order too: one forward walk pairs each mention with the words around it.
  let w = 0;
  return sorted.map((mention): BlockMention => {
    while (w < facts.reporting.length && facts.reporting[w]!.end < mention.start - CUE_REACH) w += 1;
    let nextToCue = false;
    for (let i = w; i < facts.reporting.length && facts.reporting[i]!.start <= mention.end + CUE_REACH; i += 1) {
      countWork();
      if (gap(facts.reporting[i]!, mention) <= CUE_REACH) {
        nextToCue = true;
        break;
      }
    }
    return { ...mention, quoted: facts.narrated.slice(mention.start, mention.end).includes(FILL), nextToCue };
  });
}

/**
 * The mentions a quote reads in one block: in its own block (`quote` given)
 * the MENTIONS_NEAR before it, those inside it (as many) and the
 * MENTIONS_NEAR after it; in an earlier block the last MENTIONS_NEAR.
 */
function nearbyMentions(mentions: readonly BlockMention[], quote: Span | null): BlockMention[] {
  if (quote === null) return mentions.slice(Math.max(0, mentions.length - MENTIONS_NEAR));
  return spansAround(mentions, quote, MENTIONS_NEAR);
}

/** What the mentions near a quote say of one entity. */
interface Evidence {
  nearestDistance: number;
  sameBlockMentions: EntityMention[];
  mentionedInQuote: boolean;
  nameForm: boolean;
  lastSeen: number;
  nextToCue: boolean;
}

/** An entity of a quote's evidence with its rank by recency (-1 when not seen before the quote). */
interface Ranked {
  id: string;
  entry: Evidence;
  recency: number;
}

/**
 * The candidates of every quote of the article, in quote order. Reads only the
 * engine's output and the text, so the same function serves training (with
 * gold labels beside it) and the site (with a committed model).
 */
export function speakerCandidates(extraction: Extraction, text: ArticleText): QuoteCandidates[] {
  const entityById = new Map<string, Entity>(extraction.entities.map((entity) => [entity.id, entity]));
  const narrationOf = narrationsOf(extraction.quotes, text);
  const factsByBlock = new Map<number, BlockFacts>();
  const factsOf = (location: { block: Quote['block']; paragraph: number }): BlockFacts => {
    const key = blockKey(location);
    let facts = factsByBlock.get(key);
    if (facts === undefined) {
      facts = blockFacts(narrationOf(location));
      factsByBlock.set(key, facts);
    }
    return facts;
  };
  const rawMentionsByBlock = new Map<number, EntityMention[]>();
  for (const mention of extraction.mentions) {
    const entity = entityById.get(mention.entityId);
    if (entity === undefined || !SPEAKER_KINDS.has(entity.kind)) continue;
    const key = blockKey(mention);
    const list = rawMentionsByBlock.get(key) ?? [];
    list.push(mention);
    rawMentionsByBlock.set(key, list);
  }
  const mentionsByBlock = new Map<number, BlockMention[]>();
  const mentionsOf = (location: BlockRef): BlockMention[] => {
    const key = blockKey(location);
    let list = mentionsByBlock.get(key);
    if (list === undefined) {
      list = blockMentions(rawMentionsByBlock.get(key) ?? [], factsOf(location));
      mentionsByBlock.set(key, list);
    }
    return list;
  };
  // The most mentioned people and organizations: who a headline or caption quote is most likely from.
  const prominent = extraction.entities
    .filter((entity) => SPEAKER_KINDS.has(entity.kind))
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
    .slice(0, 2)
    .map((entity) => entity.id);
  const quoteCount = new Map<string, number>();
  for (const quote of extraction.quotes) {
    if (namesSomeone(quote)) quoteCount.set(quote.speakerId!, (quoteCount.get(quote.speakerId!) ?? 0) + 1);
  }
  const quotes = extraction.quotes;
  const shapes = new Map<string, { titled: boolean; words: number }>();
  const nameShapeOf = (entity: Entity) => {
    let shape = shapes.get(entity.id);
    if (shape === undefined) {
      shape = nameShape(entity.name);
      shapes.set(entity.id, shape);
    }
    return shape;
  };
  // What the rules' own attribution looks like, for the candidate they chose.
  const engineFeatures = speakerFeatures(extraction, text, narrationOf);
  const inOrder = quotes.map((_, i) => i).sort((a, b) => order(quotes[a]!) - order(quotes[b]!) || quotes[a]!.start - quotes[b]!.start);
  const previousNamed = new Map<number, Quote>();
  const nextNamed = new Map<number, Quote>();
  let last: Quote | null = null;
  for (const i of inOrder) {
    if (last !== null) previousNamed.set(i, last);
    if (namesSomeone(quotes[i]!)) last = quotes[i]!;
  }
  last = null;
  for (const i of [...inOrder].reverse()) {
    if (last !== null) nextNamed.set(i, last);
    if (namesSomeone(quotes[i]!)) last = quotes[i]!;
  }

  // Reported speech without marks, in reading order: a quote standing after `He added that …` is most often his.
  const statements = extraction.statements.filter((s) => s.speakerId !== null).sort((a, b) => order(a) - order(b) || a.start - b.start);

  return quotes.map((quote, qi): QuoteCandidates => {
    if (quote.kind === 'not-speech') return null;
    const reported = quote.block === 'body' ? lastStatementBefore(statements, quote) : null;
    const reportedDistance = reported === null ? Infinity : paragraphsBetween(reported, quote);
    const reportedBy = reported !== null && reportedDistance <= PARAGRAPHS_BACK ? reported.speakerId : null;
    const here = factsOf(quote);
    const quoteSpan: Span = { start: quote.start, end: quote.end };
    // Blocks searched: the quote's own, then up to PARAGRAPHS_BACK body paragraphs before it.
    const searched: { block: Quote['block']; paragraph: number }[] = [{ block: quote.block, paragraph: quote.paragraph }];
    if (quote.block === 'body') {
      for (let back = 1; back <= PARAGRAPHS_BACK && quote.paragraph - back >= 0; back += 1) searched.push({ block: 'body', paragraph: quote.paragraph - back });
    } else {
      searched.push({ block: 'body', paragraph: 0 });
    }
    const evidence = new Map<string, Evidence>();
    const touch = (entityId: string): Evidence => {
      let found = evidence.get(entityId);
      if (found === undefined) {
        found = { nearestDistance: Infinity, sameBlockMentions: [], mentionedInQuote: false, nameForm: false, lastSeen: -Infinity, nextToCue: false };
        evidence.set(entityId, found);
      }
      return found;
    };
    for (const location of searched) {
      const distance = location === searched[0] ? 0 : paragraphsBetween(location, quote);
      for (const mention of nearbyMentions(mentionsOf(location), location === searched[0] ? quoteSpan : null)) {
        countWork();
        const same = location === searched[0];
        if (same && inside(mention, quoteSpan)) {
          touch(mention.entityId).mentionedInQuote = true;
          continue;
        }
        if (mention.quoted) continue;
        const entry = touch(mention.entityId);
        entry.nearestDistance = Math.min(entry.nearestDistance, Math.max(0, distance));
        if (mention.form === 'name') entry.nameForm = true;
        if (same) entry.sameBlockMentions.push(mention);
        const position = order(mention) * 1e6 + mention.start;
        if (!same || mention.end <= quote.start) entry.lastSeen = Math.max(entry.lastSeen, position);
        if (mention.nextToCue) entry.nextToCue = true;
      }
    }
    const previous = previousNamed.get(qi);
    const next = nextNamed.get(qi);
    const extra = [quote.speakerId, previous?.speakerId ?? null, next?.speakerId ?? null, reportedBy, ...prominent];
    for (const id of extra) {
      if (id !== null && entityById.has(id)) touch(id);
    }
    evidence.delete('');

    // Every entity with its evidence and its recency rank (-1: not seen before the quote), read once: the
    // sorts compare these fields instead of looking both sides up in maps at every comparison.
    const entries: Ranked[] = [...evidence].map(([id, entry]) => ({ id, entry, recency: -1 }));
    entries
      .filter(({ entry }) => entry.lastSeen > -Infinity)
      .sort((a, b) => b.entry.lastSeen - a.entry.lastSeen)
      .forEach((ranked, rank) => {
        ranked.recency = rank;
      });
    entries.sort((a, b) => {
      const da = a.entry.nearestDistance;
      const db = b.entry.nearestDistance;
      return da - db || (a.recency + 1 || 99) - (b.recency + 1 || 99) || a.id.localeCompare(b.id);
    });
    const ranked = entries.slice(0, MAX_CANDIDATES);
    const engineNames = namesSomeone(quote);
    // A speaker the rules name in the quote's own block is always ranked: named after the quote (`"…," said Ann
    // Roe, director of X at Y`), it sorts behind every name before it, and five bodies named around could push
    // it out. A choice below half, or one the rules reached through a pronoun, takes its chances with the others.
    if (engineNames && !ranked.some((entry) => entry.id === quote.speakerId)) {
      const own = entries.find((entry) => entry.id === quote.speakerId);
      if (own !== undefined && own.entry.sameBlockMentions.length > 0) ranked[ranked.length - 1] = own;
    }

    // Which candidate is written nearest before and after the quote in its own block.
    const nearestSide = (side: 'before' | 'after'): string | null => {
      let best: { id: string; gap: number } | null = null;
      for (const { id, entry } of ranked) {
        for (const m of entry.sameBlockMentions) {
          if ((side === 'before') !== (m.end <= quote.start)) continue;
          const g = gap(m, quoteSpan);
          if (best === null || g < best.gap) best = { id, gap: g };
        }
      }
      return best?.id ?? null;
    };
    const nearestBefore = nearestSide('before');
    const nearestAfter = nearestSide('after');
    countWork(ranked.length);
    const quoteKindId = featureId('quote-kind', quote.kind);
    const blockId = featureId('block', quote.block);
    const candidatesId = featureId('candidates', countBucket(ranked.length, 4));
    return ranked.map(({ id: entityId, entry, recency: rank }, readingRank): SpeakerCandidate => {
      const entity = entityById.get(entityId)!;
      // Every id below is written once by construction (distinct templates), so a plain list holds them.
      const vector: string[] = [];
      const add = (id: string) => {
        vector.push(id);
      };
      // A fact of the conjoined groups (see CONJOINED_GROUPS): a feature alone and in pairs.
      const facts: string[] = [];
      const fact = (id: string) => {
        vector.push(id);
        facts.push(id);
      };
      const kindId = featureId('kind', entity.kind);
      fact(kindId);
      add(featureId('reading-rank', countBucket(readingRank, 3)));
      if (nearestBefore === entityId) add('nearest-before-in-block');
      if (nearestAfter === entityId) add('nearest-after-in-block');
      // A rank or office inside the name itself hints that the name runs past its edges.
      const shape = nameShapeOf(entity);
      if (shape.titled) add(bothIds('name-has-title-word', kindId));
      add(featureId('name-words', countBucket(shape.words, 4)));
      add(quoteKindId);
      add(blockId);
      add(candidatesId);
      const para = featureId('para-dist', entry.nearestDistance === Infinity ? 'none' : countBucket(entry.nearestDistance, 3));
      if (quote.speakerId === entityId) {
        fact(engineNames ? 'engine=this' : 'engine=this-below-half');
        const ruleId = featureId('engine-rule', quote.rule ?? 'none');
        add(ruleId);
        add(featureId('engine-conf', confidenceBucket(quote.confidence)));
        add(bothIds(ruleId, para));
        for (const id of engineFeatures[qi] ?? []) add(prefixedId('engine', id));
      } else if (engineNames) fact('engine=other');
      else fact('engine=none');
      fact(para);
      const recencyId = featureId('recency', rank < 0 ? 'none' : countBucket(rank, 3));
      add(recencyId);
      if (entry.sameBlockMentions.length > 0) {
        const nearest = entry.sameBlockMentions.reduce((best, m) => (gap(m, quoteSpan) < gap(best, quoteSpan) ? m : best));
        fact(nearest.end <= quote.start ? 'same-block=before' : 'same-block=after');
        fact(featureId('same-block-dist', distanceBucket(gap(nearest, quoteSpan))));
        fact(featureId('same-block-form', nearest.form));
      } else fact('same-block=none');
      if (entry.nextToCue) add(bothIds('next-to-cue', para));
      if (entry.mentionedInQuote) add('named-inside-quote');
      if (!entry.nameForm && entry.nearestDistance !== Infinity) add('role-mentions-only');
      if (previous?.speakerId === entityId) {
        const previousId = featureId('previous-quote-speaker', countBucket(paragraphsBetween(previous, quote), 3));
        fact(previousId);
        if (here.onlyQuotes) add(bothIds(previousId, 'block-only-quotes'));
        if (here.opensWithQuote) add(bothIds(previousId, 'opens-with-quote'));
      }
      if (reportedBy === entityId) {
        const reportedId = featureId('last-statement', countBucket(reportedDistance, 3));
        add(reportedId);
        if (here.opensWithQuote) add(bothIds(reportedId, 'opens-with-quote'));
      }
      if (next?.speakerId === entityId) add(featureId('next-quote-speaker', countBucket(paragraphsBetween(quote, next), 3)));
      if (prominent[0] === entityId) add('most-mentioned');
      add(featureId('mentions', countBucket(entity.mentions, 5)));
      add(featureId('quotes-by-candidate', countBucket(quoteCount.get(entityId) ?? 0, 3)));
      if (here.onlyQuotes) add(bothIds('block-only-quotes', recencyId));
      if (here.reporting.length === 0) add('block-no-reporting-word');
      if (pronounCueOf(here)) add(bothIds(bothIds('pronoun-cue', recencyId), kindId));
      addConjunctions(vector, facts);
      return { entityId, name: entity.name, features: vector };
    });
  });
}
