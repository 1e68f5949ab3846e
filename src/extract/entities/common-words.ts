/**
 * Capitalized words that are not names: sentence openers, function words,
 * calendar words and common nouns that open headlines and ledes. A run of
 * capitalized tokens loses these from its start, and a run made only of
 * them is not an entity. Lowercase.
 */
import { ROLE_ABBREVIATIONS } from '../lexicon/titles.ts';

/** Pronouns that take a contracted verb: `I'm`, `we've`, `they'll`, `she'd`. */
const CONTRACTING_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'that', 'there']);
/** The contracted verbs themselves, after the apostrophe: `am`, `are`, `have`, `will`, `would`/`had`. */
const CONTRACTED_VERBS: ReadonlySet<string> = new Set(['m', 're', 've', 'll', 'd']);

/**
 * A pronoun and a contracted verb written as one word (keys with a straight
 * apostrophe: `i'm`, `they've`). The tokenizer keeps the word whole, and `I'm`
 * is capitalized wherever it stands, so without these it reads as a name.
 */
const PRONOUN_CONTRACTIONS: readonly string[] = [...CONTRACTING_PRONOUNS].flatMap((pronoun) => [...CONTRACTED_VERBS].map((verb) => `${pronoun}'${verb}`));

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...PRONOUN_CONTRACTIONS,
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if',
  'then', 'when', 'while', 'whilst', 'where', 'why', 'how', 'what', 'which', 'who', 'whom', 'whose', 'as',
  'after', 'before', 'since', 'until', 'during', 'despite', 'although', 'though', 'because', 'unless',
  'in', 'on', 'at', 'by', 'from', 'to', 'of', 'with', 'without', 'under', 'over', 'into', 'onto', 'about',
  'above', 'below', 'between', 'among', 'amid', 'against', 'across', 'through', 'throughout', 'toward',
  'towards', 'near', 'outside', 'inside', 'within', 'beyond', 'behind', 'along', 'around', 'upon', 'via',
  'per', 'like', 'unlike', 'besides', 'except', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us',
  'him', 'her', 'them', 'my', 'our', 'your', 'his', 'its', 'their', 'mine', 'ours', 'yours', 'theirs',
  'there', 'here', 'such', 'some', 'any', 'all', 'both', 'each', 'every', 'either', 'neither', 'no', 'not',
  'none', 'many', 'much', 'more', 'most', 'few', 'fewer', 'less', 'least', 'several', 'other', 'others',
  'another', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'twenty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'dozens',
  'dozen', 'first', 'second', 'third', 'last', 'next', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may',
  'might', 'must', 'also', 'even', 'still', 'just', 'only', 'now', 'today', 'tonight', 'yesterday',
  'tomorrow', 'however', 'meanwhile', 'moreover', 'furthermore', 'therefore', 'thus', 'instead', 'indeed',
  'otherwise', 'nevertheless', 'nonetheless', 'already', 'again', 'ago', 'later', 'earlier', 'once',
  'twice', 'never', 'always', 'often', 'sometimes', 'perhaps', 'maybe', 'yes', 'well', 'very', 'too',
  'quite', 'rather', 'almost', 'nearly', 'about', 'around', 'approximately', 'roughly', 'over', 'under',
  'according', 'following', 'including', 'regarding', 'speaking', 'commenting', 'asked', 'unlike',
  'let', "let's", 'please', 'thank', 'thanks', 'oh', 'hi', 'hello', 'dear',
  'share', 'related', 'read', 'more', 'click', 'watch', 'video', 'photo', 'photos', 'image', 'images',
  'copyright', 'advertisement', 'update', 'updated', 'latest', 'breaking', 'live', 'exclusive', 'opinion',
  'comment', 'comments', 'close', 'button', 'story', 'news', 'newspapers', 'editor', 'editorial',
  'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'nothing', 'something',
  'anything', 'everything', 'whatever', 'whoever', 'whether', 'former', 'late', 'early', 'recent', 'officials', 'members', 'local', 'global',
  'several', 'various', 'certain', 'same', 'own', 'full', 'half', 'part', 'madam', 'ok', 'okay',
  'tory',
]);

/** Months written in full: dates, and family names after a given name (`Theresa May`). */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thurs', 'fri', 'sat', 'sun', 'christmas', 'easter', 'ramadan', 'eid', 'diwali', 'hanukkah',
  'thanksgiving', 'halloween', 'spring', 'summer', 'autumn', 'winter', 'am', 'pm', 'a.m.', 'p.m.',
  'gmt', 'bst', 'utc', 'est', 'edt', 'pst', 'pdt', 'pt', 'et', 'ct', 'cet', 'cest',
]);

/** All-caps words that are abbreviations of things, not names of entities. */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'gdp', 'ai', 'tv', 'pm', 'am', 'nda', 'ok', 'dna', 'hiv', 'aids', 'covid',
  'id', 'it', 'pr', 'hr', 'vip', 'faq', 'usb', 'pdf', 'url', 'sms', 'lgbt', 'lgbtq', 'mp', 'mps', 'mep',
  'rip', 'diy', 'atm', 'suv', 'gps', 'ev', 'evs', 'ipo', 'vat', 'nhs', 'ufo', 'btw', 'omg', 'lol', 'a', 'i',
  'q', 'qa', 'faqs', 'cv', 'phd', 'mba', 'bbq', 'ptsd', 'adhd', 'icu', 'er', 'gp', 'kg', 'km', 'mph', 'co2',
  'rt', 'dm', 'ps', 'nb', 'etc', 'vs',
  // Role abbreviations (`MD says`) are roles, never names.
  ...ROLE_ABBREVIATIONS.keys(),
]);

/**
 * Words that describe a role rather than name an employer: a sentence opening
 * `Political analyst Jo Park` or `Activist investor Jo Park` has no
 * organization before the role, unlike `Jefferies analyst Jo Park`.
 */
export const ROLE_DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'political', 'activist', 'independent', 'senior', 'junior', 'veteran', 'former', 'retired', 'local', 'leading',
  'prominent', 'financial', 'legal', 'economic', 'environmental', 'military', 'defence', 'defense', 'foreign',
  'opposition', 'conservative', 'liberal', 'progressive', 'industry', 'market', 'equity', 'credit', 'energy',
  'retail', 'tech', 'technology', 'climate', 'health', 'security', 'investment', 'celebrity', 'award-winning',
  'freelance', 'chief', 'longtime', 'long-time', 'fellow', 'rival', 'star', 'top', 'young', 'elderly',
  'regional', 'national', 'international', 'global', 'sports', 'music', 'food', 'wine', 'fashion', 'art',
  // Fields and trades: `Aviation safety consultant`, `former Test captain`, `Property developer`.
  'aviation', 'safety', 'business', 'test', 'transport', 'education', 'science', 'medical', 'insurance',
  'property', 'housing', 'cricket', 'football', 'rugby', 'tennis', 'golf', 'racing', 'crime', 'privacy',
  'data', 'cyber', 'cybersecurity', 'trade', 'tax', 'banking', 'oil', 'mining', 'farming', 'agriculture',
  'weather', 'space', 'travel', 'tourism', 'transportation', 'shipping', 'maritime', 'pharmaceutical',
]);

/**
 * Common nouns that name no one when they stand alone, however capitalized:
 * `the Government said`, `More from Business`, `in Act Two`, `the Test`. Inside
 * a longer name (`Government House`, `Business Secretary`) they stay.
 */
export const LONE_COMMON_NOUNS: ReadonlySet<string> = new Set([
  'government', 'business', 'act', 'test', 'board', 'nation', 'price', 'match', 'council',
  'state', 'ministry', 'department', 'court', 'police', 'army', 'navy', 'church', 'city', 'town', 'county',
  'region', 'province', 'district', 'opposition', 'cabinet', 'committee',
  'commission', 'agency', 'authority', 'company', 'club', 'team', 'union', 'university', 'college', 'school',
  'hospital', 'library', 'scene', 'chapter', 'part', 'section', 'article', 'clause', 'stage', 'round', 'final',
  'tv', 'news', 'sport', 'sports', 'world', 'politics', 'economy', 'money', 'lifestyle', 'culture', 'travel',
  'technology', 'tech', 'health', 'science', 'entertainment', 'environment', 'weather', 'crime', 'education',
]);
