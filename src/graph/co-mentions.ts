/**
 * How many entities of one article are paired with each other when counting
 * co-mentions. An article naming k entities would make k * (k - 1) pairs, so
 * a 10,000-name roster alone would cost 10^8 steps; entity pages only show
 * the most shared `RELATED_LIMIT` anyway. An article counts a pair when at
 * least one of the two is among its `CO_MENTION_TOP` most mentioned
 * entities: for an article naming up to that many, that is every pair (the
 * exact count); for a larger one, its top entities still pair with everyone,
 * while two entities outside its top are not counted as related through it.
 * Work per article is at most 2 * CO_MENTION_TOP * k.
 */
export const CO_MENTION_TOP = 200;

/**
 * Key -> other key -> number of articles that mention both (see
 * `CO_MENTION_TOP` for articles naming more entities than that). `articles`
 * holds, per article, each key it mentions and how often, in the order of
 * first mention, which breaks ties between equally mentioned keys.
 * `onPair` is called once per pair counted, so tests can measure the work.
 */
export function countCoMentions(
  articles: readonly ReadonlyMap<string, number>[],
  onPair: () => void = () => undefined,
): Map<string, Map<string, number>> {
  const coMentions = new Map<string, Map<string, number>>();
  const countsOf = (key: string): Map<string, number> => {
    const counts = coMentions.get(key) ?? new Map<string, number>();
    coMentions.set(key, counts);
    return counts;
  };
  const add = (counts: Map<string, number>, other: string): void => {
    onPair();
    counts.set(other, (counts.get(other) ?? 0) + 1);
  };
  for (const mentions of articles) {
    const keys = [...mentions.keys()];
    if (keys.length <= CO_MENTION_TOP) {
      for (const a of keys) {
        const counts = countsOf(a);
        for (const b of keys) if (a !== b) add(counts, b);
      }
      continue;
    }
    // Array sort is stable, so equally mentioned keys stay in order of first mention.
    const top = [...keys].sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0)).slice(0, CO_MENTION_TOP);
    const inTop = new Set(top);
    for (const a of top) {
      const counts = countsOf(a);
      for (const b of keys) {
        if (a === b) continue;
        add(counts, b);
        if (!inTop.has(b)) add(countsOf(b), a);
      }
    }
  }
  return coMentions;
}
