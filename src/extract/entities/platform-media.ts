/**
 * Messaging apps named only as the medium something went through (`contact us
 * via Signal`, `a Discord chat`) are products, which the entity conventions
 * leave out. Social networks are not among them: the hand-made gold lists
 * `a post on her Instagram page` as the company. Named as a body that acts
 * (`Signal said`), an app's maker stays.
 */
import type { Candidate } from './candidates.ts';
import type { EntityGroup } from './cluster.ts';
import { nameKey } from '../gazetteer/index.ts';
import { MESSAGING_APPS } from '../gazetteer/platforms.ts';
import { tokenAt } from './tokenize.ts';


/** Prepositions that make the next name the channel a message went through. */
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'to', 'via', 'onto', 'across', 'through', 'over']);

/** Nouns after the name that make it the channel: `an Instagram post`, `a Reddit thread`. */
const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'post', 'posts', 'video', 'videos', 'account', 'accounts', 'page', 'pages', 'user', 'users', 'live', 'story',
  'stories', 'feed', 'thread', 'threads', 'message', 'messages', 'comment', 'comments', 'handle', 'channel',
  'group', 'chat', 'chats', 'followers', 'reel', 'reels', 'clip', 'clips',
]);

function isPlatformName(name: string): boolean {
  return MESSAGING_APPS.has(nameKey(name));
}

function namedAsMedium(candidate: Candidate): boolean {
  const { tokens } = candidate.block;
  const before = tokenAt(tokens, candidate.first - 1);
  const after = tokens[candidate.end];
  return (before !== undefined && MEDIUM_PREPOSITIONS.has(before.key)) || (after !== undefined && after.isWord && MEDIUM_NOUNS.has(after.key));
}

/** Drops platform groups every mention of which is the medium; linear in the mentions. */
export function withoutMediumPlatforms(groups: readonly EntityGroup[]): EntityGroup[] {
  return groups.filter((group) => !(isPlatformName(group.name) && !group.listEntry && group.candidates.every(namedAsMedium)));
}
