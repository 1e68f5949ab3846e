import type { Block, EntityMention } from '../extract/types.ts';

/**
 * An article page links each page once, as Wikipedia's manual of style asks
 * (MOS:REPEATLINK) and news sites do: an entity at its first mention in the
 * article's text, reading the caption and then the body; a speaker's page at
 * the first note naming them. Later mentions are plain text, so the page is
 * not a thicket of the same links and carries each href once. A headline,
 * like a dateline, is read and not browsed, and links nothing (MOS:HEAD:
 * no links in headings; no news site links its headlines): an entity named
 * only there is found from its own page, which lists the article.
 */
const LINKING_ORDER: readonly Block[] = ['caption', 'body'];

/** The entities whose mentions in `block` stay plain text: all of them in a headline, else those a block linked before it names. */
export function unlinkedIn(mentions: readonly Pick<EntityMention, 'block' | 'entityId'>[], block: Block): Set<string> {
  const at = LINKING_ORDER.indexOf(block);
  const earlier = new Set(at === -1 ? [block, ...LINKING_ORDER] : LINKING_ORDER.slice(0, at));
  return new Set(mentions.filter((mention) => earlier.has(mention.block)).map((mention) => mention.entityId));
}

/** What a rendering has linked so far, in reading order. */
export interface LinkLedger {
  /**
   * Per entity, the mention that links its page (each piece of a mention
   * split by markup links), or null when something else links it: another
   * block of the page, or a note naming them as a possible speaker.
   */
  entities: Map<string, EntityMention | null>;
  /** Speakers whose page a note has linked. */
  speakers: Set<string>;
  /** Whether a note has linked "attribution uncertain" to its explanation. */
  uncertain: boolean;
}

export function linkLedger(unlinked: Iterable<string> = []): LinkLedger {
  return { entities: new Map([...unlinked].map((id) => [id, null] as const)), speakers: new Set(), uncertain: false };
}

/** Whether `mention` links its entity's page: the first one read does, and so does every piece of it. */
export function linksMention(ledger: LinkLedger, mention: EntityMention): boolean {
  const chosen = ledger.entities.get(mention.entityId);
  if (chosen === undefined) ledger.entities.set(mention.entityId, mention);
  return chosen === undefined || chosen === mention;
}

/** Whether a note naming a possible speaker links their entity page: only when nothing before has. */
export function linksEntityFromNote(ledger: LinkLedger, entityId: string): boolean {
  if (ledger.entities.has(entityId)) return false;
  ledger.entities.set(entityId, null);
  return true;
}

/** Whether a note links a speaker's page: only the first note naming them does. */
export function linksSpeaker(ledger: LinkLedger, speakerId: string): boolean {
  if (ledger.speakers.has(speakerId)) return false;
  ledger.speakers.add(speakerId);
  return true;
}

/** Whether a note links "attribution uncertain" to its explanation: only the first uncertain note does. */
export function linksUncertain(ledger: LinkLedger): boolean {
  if (ledger.uncertain) return false;
  ledger.uncertain = true;
  return true;
}
