/**
 * What a reporting verb says besides what was said: the person told (`told
 * reporters`), the medium and the setting (`in a statement`, `on X`, `at a news
 * conference`), the time (`on Monday`, `afterwards`). The statement finder skips
 * these to find the reported content, and lists a statement only when some
 * content is left.
 */

/** Verbs whose first object is the person spoken to: `told reporters (that) …`. */
export const ADDRESSEE_LEMMAS: ReadonlySet<string> = new Set([
  'tell', 'ask', 'warn', 'urge', 'promise', 'assure', 'reassure', 'remind', 'inform', 'advise', 'beg', 'implore', 'tease',
  'lecture',
]);

/**
 * Verbs whose plain noun-phrase object is itself the reported content (`denied
 * the claims`, `announced a task force`), beyond the stance verbs. After `say`,
 * `write` or `share` a noun phrase is a medium (`shared a message`), not content.
 */
export const OBJECT_CONTENT_LEMMAS: ReadonlySet<string> = new Set([
  'deny', 'confirm', 'announce', 'reveal', 'admit', 'acknowledge', 'predict', 'promise', 'pledge', 'vow', 'threaten',
  'urge', 'warn', 'allege', 'reiterate', 'suggest', 'claim', 'concede', 'insist', 'stress', 'emphasize', 'emphasise',
  'deplore', 'testify', 'maintain', 'declare', 'report', 'complain', 'boast',
]);

/** Verbs whose object and an `as` phrase make the content: `described the messages as fake`. */
export const DESCRIBING_LEMMAS: ReadonlySet<string> = new Set(['describe']);

/** Prepositions that open the cue's own adjuncts: `said in a letter`, `told reporters at the airport`. */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'from', 'during', 'via', 'through', 'after', 'before', 'with', 'between', 'under', 'over',
  'outside', 'inside', 'near', 'by', 'following', 'amid', 'across', 'around', 'throughout', 'upon',
]);

/** Words that open an adjunct when a participle follows: `told Harbour Radio when met`, `said while visiting the port`. */
export const PARTICIPLE_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'after', 'before', 'upon', 'once', 'since']);

/** Prepositions of the topic spoken about: `said of the analysts`, `wrote about the crisis`. */
export const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about']);

/** Prepositions that continue a noun phrase inside an adjunct: `in a letter to staff`, `from the lobby of the hotel`. */
export const CHAINED_PREPOSITIONS: ReadonlySet<string> = new Set([...ADJUNCT_PREPOSITIONS, 'of', 'for', 'about']);

/** Adverbs of time, place and manner written after the cue: `said afterwards`, `told me later`. */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'afterwards', 'afterward', 'later', 'earlier', 'yesterday', 'today', 'tonight', 'here', 'too', 'also',
  'again', 'then', 'once', 'still', 'however', 'recently', 'previously', 'now', 'just', 'last', 'week', 'month',
  'year', 'morning', 'evening', 'night', 'separately', 'instead', 'meanwhile', 'online', 'privately', 'publicly',
]);

/** Words ending in -ly that are not adverbs. */
export const NON_ADVERBS_IN_LY: ReadonlySet<string> = new Set([
  'only', 'early', 'family', 'likely', 'july', 'italy', 'supply', 'rally', 'ally', 'reply', 'apply', 'daily',
  'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'holy', 'lily', 'fly', 'belly', 'jelly', 'bully', 'assembly',
  'anomaly', 'monopoly', 'elderly', 'friendly', 'costly', 'deadly', 'lonely', 'lovely', 'ugly', 'silly', 'sully',
  'quarterly', 'biweekly', 'rely', 'imply', 'comply', 'multiply', 'folly', 'homily', 'butterfly', 'tally', 'gully',
  'melancholy', 'jolly', 'timely', 'orderly', 'scholarly', 'burly', 'wily', 'oily', 'chilly', 'hilly', 'curly', 'surly',
]);

/**
 * A manner adverb by its form (`gingerly`, `tersely`, `matter-of-factly`): a lower-case word of five letters or
 * more in -ly that is no noun, verb or adjective of that ending. The table of such adverbs could never be whole.
 */
export function isLyAdverb(text: string): boolean {
  if (text.length < 5 || !text.endsWith('ly') || text !== text.toLowerCase()) return false;
  return !NON_ADVERBS_IN_LY.has(text);
}

/** Object pronouns, the whole of an addressee: `tells me`, `told them`. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'it']);

/**
 * Nouns for the people or the occasion spoken to, and the medium spoken in:
 * the head of a cue argument (`told the meeting`, `in a regulatory filing`), so
 * the noun phrase ends there and what follows can be content (`told the
 * meeting numbers had fallen`).
 */
export const CUE_ARGUMENT_NOUNS: ReadonlySet<string> = new Set([
  // People and occasions.
  'reporters', 'journalists', 'press', 'media', 'crowd', 'audience', 'meeting', 'conference', 'briefing', 'summit',
  'rally', 'hearing', 'court', 'jury', 'judge', 'committee', 'parliament', 'lawmakers', 'legislators', 'senators',
  'mps', 'analysts', 'investors', 'shareholders', 'employees', 'staff', 'workers', 'members', 'supporters', 'fans',
  'voters', 'residents', 'students', 'delegates', 'viewers', 'listeners', 'readers', 'newspaper', 'broadcaster',
  'radio', 'television', 'tv', 'programme', 'program', 'podcast', 'show', 'channel', 'outlet', 'agency', 'session',
  'event', 'ceremony', 'gathering', 'forum', 'inquiry', 'tribunal', 'assembly', 'chamber', 'senate', 'house',
  // Media and documents.
  'statement', 'letter', 'email', 'e-mail', 'post', 'tweet', 'message', 'interview', 'call', 'filing', 'bulletin',
  'release', 'memo', 'note', 'blog', 'video', 'speech', 'address', 'remarks', 'comments', 'report', 'update',
  'opinion', 'ruling', 'judgment', 'judgement', 'affidavit', 'testimony', 'submission', 'document', 'notice',
  'advisory', 'announcement', 'communique', 'communiqué', 'op-ed', 'column', 'essay', 'article', 'book', 'memoir',
  'phone', 'telephone', 'text', 'livestream', 'broadcast', 'thread', 'website', 'newsletter', 'platform',
  // Times.
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'week', 'month', 'year',
  'day', 'morning', 'afternoon', 'evening', 'night', 'time', 'end', 'close', 'start',
]);

/** Words that open a reported clause: `said that …`, `asked whether …`. */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);

/** Subjects that make the next word a verb: `said they hope …`. */
export const CLAUSE_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there']);

/** Past participles without -ed: `when met`, `remarks given at …`. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'met', 'made', 'held', 'given', 'taken', 'seen', 'shown', 'written', 'told', 'said', 'sent', 'spoken', 'known',
  'read', 'heard', 'put', 'set', 'left', 'kept', 'found', 'brought', 'built', 'done', 'run', 'won', 'lost', 'paid',
]);
