/**
 * Lists of people with the body each works for: `Eve Tallin of Morning
 * Ledger, Dana Korr of Pell Radio and Ossa Venn of Harbour Wire`. In a list
 * of two or more `X of Y` items, each X is a person and each Y the body, even
 * where neither name is known. A single `X of Y` proves nothing (`Bank of
 * Elsland`), and names whose words are heads or titles are no people.
 */
import { PLACE_HEADS } from '../gazetteer/name-heads.ts';
import { ORGANIZATION_HEADS, OUTLET_HEADS } from '../lexicon/org-suffixes.ts';
import { TITLE_WORDS } from '../lexicon/titles.ts';
import type { Token } from './tokenize.ts';

/** Longest name, in words, on either side of `of`. */
const LONGEST_ITEM_NAME = 4;

interface Item {
  personFirst: number;
  personEnd: number;
  bodyFirst: number;
  bodyEnd: number;
}

const isNameWord = (token: Token | undefined) => token !== undefined && token.isWord && token.capitalized && token.key !== 'the';
const isJoiner = (token: Token | undefined) => token !== undefined && (token.text === ',' || token.key === 'and');

/** Capitalized words from `from`, at most `LONGEST_ITEM_NAME`: the index after them. */
function nameEndFrom(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < from + LONGEST_ITEM_NAME && isNameWord(tokens[end])) end += 1;
  return isNameWord(tokens[end]) ? from : end;
}

/** The item `X of [the] Y` whose X starts at `first`, when X could be a person's name. */
function itemAt(tokens: readonly Token[], first: number): Item | undefined {
  const personEnd = nameEndFrom(tokens, first);
  if (personEnd === first || tokens[personEnd]?.key !== 'of') return undefined;
  for (let index = first; index < personEnd; index += 1) {
    const key = tokens[index]!.key;
    if (ORGANIZATION_HEADS.has(key) || OUTLET_HEADS.has(key) || PLACE_HEADS.has(key) || TITLE_WORDS.has(key)) return undefined;
  }
  const bodyFirst = tokens[personEnd + 1]?.key === 'the' ? personEnd + 2 : personEnd + 1;
  const bodyEnd = nameEndFrom(tokens, bodyFirst);
  if (bodyEnd === bodyFirst) return undefined;
  return { personFirst: first, personEnd, bodyFirst, bodyEnd };
}

/** The item whose body ends at `end`, read backwards. */
function itemEndingAt(tokens: readonly Token[], end: number): Item | undefined {
  let bodyFirst = end;
  while (bodyFirst > end - LONGEST_ITEM_NAME && isNameWord(tokens[bodyFirst - 1])) bodyFirst -= 1;
  if (bodyFirst === end) return undefined;
  const of = tokens[bodyFirst - 1]?.key === 'the' ? bodyFirst - 2 : bodyFirst - 1;
  if (tokens[of]?.key !== 'of') return undefined;
  let personFirst = of;
  while (personFirst > of - LONGEST_ITEM_NAME && isNameWord(tokens[personFirst - 1])) personFirst -= 1;
  if (personFirst === of) return undefined;
  const item = itemAt(tokens, personFirst);
  return item?.bodyEnd === end ? item : undefined;
}

/** Whether another item stands next to this one in a list: before it or after it, joined by a comma or `and`. */
function hasNeighbour(tokens: readonly Token[], item: Item): boolean {
  let after = item.bodyEnd;
  if (isJoiner(tokens[after])) {
    after += 1;
    if (tokens[after]?.key === 'and') after += 1;
    if (itemAt(tokens, after)) return true;
  }
  let before = item.personFirst - 1;
  if (!isJoiner(tokens[before])) return false;
  if (tokens[before]?.key === 'and' && tokens[before - 1]?.text === ',') before -= 1;
  return itemEndingAt(tokens, before) !== undefined;
}

/** What the name at `first..end` is in a list of `X of Y` items: the person, the body, or neither. */
export function roleInAffiliationList(tokens: readonly Token[], first: number, end: number): 'person' | 'organization' | undefined {
  const asPerson = itemAt(tokens, first);
  if (asPerson && asPerson.personEnd === end && hasNeighbour(tokens, asPerson)) return 'person';
  const asBody = itemEndingAt(tokens, end);
  if (asBody && asBody.bodyFirst === first && hasNeighbour(tokens, asBody)) return 'organization';
  return undefined;
}
