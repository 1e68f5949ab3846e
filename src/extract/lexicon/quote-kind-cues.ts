/**
 * Words that tell a quote that reports speech from quote marks that name
 * something (a film, a nickname, a cover name). Read by the kind classifier.
 */

/** Phrases right before a quote that make it a name, not words spoken: `known as 'Bud'`. */
export const NAMING_CUES: readonly (readonly string[])[] = [
  ['known', 'as'],
  ['also', 'known', 'as'],
  ['dubbed'],
  ['nicknamed'],
  ['codenamed'],
  ['code-named'],
  ['so-called'],
  ['titled'],
  ['entitled'],
  ['named'],
  ['heralded', 'as'],
  ['hailed', 'as'],
  ['billed', 'as'],
  ['regarded', 'as'],
  ['referred', 'to', 'as'],
  ['remembered', 'as'],
  ['went', 'by'],
  ['goes', 'by'],
  ['the', 'name'],
  // `a car which it calls "the Comet"`: an organization naming its product, not anyone's words.
  ['it', 'calls'],
  ['it', 'called'],
  ['it', 'dubs'],
  ['it', 'has', 'called'],
  ['renamed'],
  ['rebranded'],
  ['retitled'],
  // A headline or caption given to a page: `a newspaper report headed "Exchange Rate Targets Set"`.
  ['headed'],
  ['headlined'],
  ['captioned'],
  // Words printed on a thing: `T-shirts reading "Lincoln Strong"`, `a sign that read "Closed"`.
  ['reading'],
  ['that', 'read'],
  ['that', 'reads'],
  ['which', 'read'],
  ['which', 'reads'],
  ['emblazoned', 'with'],
  // `A gang calling itself "BlackVault"`: a group's own name for itself, not anyone's words.
  ['calling', 'itself'],
  ['calls', 'itself'],
  ['called', 'itself'],
  ['calling', 'themselves'],
  ['call', 'themselves'],
  ['calls', 'themselves'],
];

/** `whom colleagues call "the plumber"`, `what supporters call a "…" office`: a relative word before a naming verb. */
export const NAMING_RELATIVES: ReadonlySet<string> = new Set(['whom', 'what', 'who']);

/** Forms of `call` that name something after a relative word. */
export const CALL_FORMS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'dub', 'dubs', 'nickname', 'nicknames']);

/**
 * Verbs that give a name or an epithet: a Title Case quote after one and its
 * object is the name given (`called Merkel "The Chancellor of the Free
 * World"`, `is called "Improving Opportunity"`), not words of the one naming.
 */
export const NAME_GIVING_FORMS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing', 'labelled', 'labeled', 'branded',
]);

/** Words of a named object between such a verb and the quote: `called Mrs. Lane an "…"`. */
export const MAX_NAMED_OBJECT_WORDS = 3;

/** Object pronouns that may stand between such a verb and the quote: `always calling me "…"`. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'it', 'them', 'us', 'you']);

/** How many words may stand between the relative word and `call`: `whom his old colleagues call`. */
export const MAX_WORDS_BEFORE_CALL = 3;

/** Analysts' stock ratings: `rates the stock a "buy"` is a label, not speech. */
export const RATING_LABELS: ReadonlySet<string> = new Set([
  'buy', 'sell', 'hold', 'strong buy', 'strong sell', 'overweight', 'underweight', 'equal weight', 'equal-weight',
  'outperform', 'underperform', 'market perform', 'sector perform', 'neutral', 'accumulate', 'reduce',
]);

/** Nouns right after a rating label: `her "buy" rating`. */
export const RATING_NOUNS: ReadonlySet<string> = new Set(['rating', 'ratings', 'recommendation', 'call']);

/** Verbs a few words before a rating label: `rates the stock "hold"`. */
export const RATING_VERBS: ReadonlySet<string> = new Set(['rates', 'rated', 'rate', 'rating', 'upgraded', 'downgraded', 'reiterated']);

/** How many words a rating verb may stand before the label: `rates the stock "hold"`. */
export const RATING_VERB_WINDOW = 4;

/**
 * Words that cannot be the noun a quoted modifier qualifies (`a "greatest hits"
 * jukebox`): after them the quote is a fragment of speech (`a "fair deal" at first`).
 */
export const NOT_MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  'at', 'in', 'of', 'to', 'and', 'or', 'but', 'for', 'on', 'with', 'from', 'by', 'as', 'than', 'that', 'which', 'who',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'if', 'when', 'while', 'after', 'before', 'because', 'so', 'then', 'it', 'he', 'she', 'they', 'we', 'i',
  'you', 'this', 'these', 'those', 'there', 'not', 'over', 'into', 'about', 'up', 'out',
]);

/** A quoted modifier before a noun is this many words at most: `a "greatest hits" jukebox`. */
export const MAX_MODIFIER_WORDS = 3;

/** Determiners before a quoted modifier of a noun. */
export const MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Possessive determiners that may stand before a quoted label: `its "security team," a handful of…`. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your']);

/** Words that open an appositive after a quoted label and its comma: `the "security team," a handful of volunteers`. */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'five', 'several', 'some']);

/** Words right before a rating label: `a "buy"`, `to "sell"`, `from "hold"`. */
export const RATING_LEAD_INS: ReadonlySet<string> = new Set(['a', 'an', 'to', 'from', 'at', 'its', 'as']);

/** How many words before a nested quote its introducing verb may sit: `she said to me, 'Run'`. */
export const NESTED_CUE_WORDS = 4;

/**
 * Verbs that name something when `as` follows them a few words later: `known
 * to their fans as "the Hoops"`, `the buyers knew as the 'Tiny line'`.
 */
export const NAMING_VERBS_BEFORE_AS: ReadonlySet<string> = new Set(['known', 'knew', 'know', 'knows', 'referred', 'nicknamed']);

/** How many words may sit between a naming verb and its `as`: `known to their supporters as`. */
export const MAX_WORDS_BEFORE_AS = 4;

/** Determiners skipped between a naming cue and the quote: `hailed as the "…"`. */
export const NAMING_CUE_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** Nouns for works and shows; a Title Case quote next to one is a title: `the "Harbour Lights" premiere`. */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'films', 'movie', 'movies', 'series', 'show', 'shows', 'book', 'books', 'novel', 'novels', 'album',
  'albums', 'song', 'songs', 'single', 'play', 'plays', 'musical', 'documentary', 'episode', 'season', 'sitcom',
  'premiere', 'premieres', 'trailer', 'sequel', 'franchise', 'actor', 'actress', 'actors', 'star', 'stars',
  'cast', 'director', 'author', 'podcast', 'programme', 'program', 'game', 'video', 'poem', 'painting', 'exhibition',
  'thriller', 'drama', 'comedy', 'horror', 'miniseries', 'opera', 'ballet', 'track', 'record', 'memoir', 'biopic',
  'cookbook', 'autobiography', 'biography', 'anthology', 'novella', 'essay', 'collection',
  'report', 'campaign', 'operation', 'act', 'bill', 'law', 'plan', 'project', 'initiative', 'brand', 'app',
  // Works of art and worship: `the painting "…"`, `a hymn called "…"`, `The work, "…," hangs in …`.
  'work', 'works', 'artwork', 'sculpture', 'statue', 'portrait', 'mural', 'canvas', 'hymn', 'hymns', 'psalm',
  'anthem', 'symphony', 'composition', 'prayer', 'inscription', 'stela',
  // A work shown to an audience: `watching a screening of "The Social Network."`.
  'screening', 'screenings', 'showing', 'broadcast', 'rerun', 'reruns',
  // Where words are published: `a new website, "The Harbour Countdown",`, `the "Morning Brief" newsletter`.
  'website', 'site', 'blog', 'newsletter', 'column', 'hashtag',
  // Groups known by a code name: `the ransomware group "BlackVault"`.
  'group', 'gang', 'crew', 'cartel', 'botnet', 'malware',
]);

/** Short words that stay lower case in a Title Case name: `Father of the Bride`. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'vs', 'vs.', 'de', 'la', 'le', 'von', 'van', 'du', 'del', 'da',
]);

/**
 * Words that put a title with its comma or full stop inside the marks
 * (`starring in "Harbor Lights," which…`) among works: said just before the
 * marks, alone or with `of`/`in` after them (`season of "…,"`).
 */
export const TITLE_LEAD_INS: ReadonlySet<string> = new Set(['starring', 'starred', 'stars', 'star']);

/**
 * Verbs of performing a work: a quote right after one is the work's title even
 * in sentence case (`sang "Vissi d'arte"`, `performed "Ave verum corpus"`).
 * Chanting and shouting are left out: a chant is words spoken.
 */
export const PERFORMING_VERBS: ReadonlySet<string> = new Set([
  'sing', 'sings', 'sang', 'sung', 'singing', 'perform', 'performs', 'performed', 'performing', 'play', 'plays',
  'played', 'playing', 'record', 'records', 'recorded', 'recording', 'cover', 'covers', 'covered', 'covering',
  'hum', 'hums', 'hummed', 'whistled', 'stage', 'stages', 'staged', 'staging', 'conduct', 'conducts', 'conducted',
  'conducting', 'premiered', 'revived', 'directed', 'directs', 'directing',
]);

/**
 * Words before a Title Case quote with its full stop or comma inside the marks
 * that make it a work or a name: `alongside a new "Madama Butterfly."`.
 */
export const TITLE_DETERMINER_LEAD_INS: ReadonlySet<string> = new Set(['the', 'new', 'upcoming', 'forthcoming', 'latest']);

/** Words before a colon that introduce a list of titles or links, not speech: `More reviews: 'Tosca' at…`, `Read more: "…"`. */
export const LINK_COLON_LEAD_INS: ReadonlySet<string> = new Set(['more', 'also', 'reviews', 'review', 'previously']);

/** A quote of this many words or fewer, `the` then Title Case, is a nickname: `"the Hoops"`, `"the Iron Lady"`, `'the Stripe of West Africa'`. */
export const MAX_THE_NICKNAME_WORDS = 5;

/** A Title Case quote longer than this many words is taken as speech, not a name. */
export const MAX_TITLE_WORDS = 6;

/**
 * Prepositions after which a short Title Case quote in the body names a work,
 * a programme or an event (`played in "Casino Royale,"`, `signed on for "The
 * X-Files"`, `lost its co-host to "Good Morning America"`). Not `by`.
 */
export const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'for', 'of', 'with', 'from', 'to']);

/** Tokens before the preposition read for a verb of speech: `said on "…"` is the venue rule's. */
export const TITLE_PREPOSITION_VERB_REACH = 3;

/** A quote that makes up a whole paragraph with at most this many words and no end punctuation is a heading. */
export const MAX_HEADING_WORDS = 5;

/** Words joining a quote to a previous name quote, so it is a name too: `'Bud', 'Lou' and 'Sal'`. */
export const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', '&', '/']);
