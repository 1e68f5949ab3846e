/**
 * Head words that make a capitalized run an organization: `Swedish Embassy`,
 * `Northwind Airlines`, `Harbour Teachers Association`. Lowercase; `Inc.` is
 * looked up without its period.
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  // Government.
  'ministry', 'embassy', 'consulate', 'council', 'department', 'agency', 'administration', 'commission',
  'committee', 'bureau', 'office', 'authority', 'parliament', 'congress', 'senate', 'assembly', 'government',
  'cabinet', 'court', 'tribunal', 'police', 'constabulary', 'army', 'navy', 'force', 'forces', 'guard', 'service',
  'services', 'board', 'panel', 'directorate', 'inspectorate', 'secretariat', 'legislature', 'party',
  'program', 'programme', 'fund', 'centers', 'centres', 'center', 'centre', 'institute', 'institution',
  // Companies.
  'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation', 'co', 'company', 'group', 'holdings', 'partners',
  'airlines', 'airways', 'air', 'motors', 'bank', 'insurance', 'industries', 'technologies', 'systems',
  'productions', 'pictures', 'studios', 'records', 'media', 'entertainment', 'labs', 'pharmaceuticals',
  'foods', 'energy', 'telecom', 'communications', 'capital', 'ventures', 'images', 'press', 'news', 'times',
  'post', 'telegraph', 'guardian', 'herald', 'tribune', 'journal', 'gazette', 'mail', 'magazine', 'network',
  'broadcasting', 'television', 'radio', 'tv',
  // Civil society.
  'university', 'college', 'school', 'academy', 'hospital', 'infirmary', 'elementary', 'clinic', 'museum', 'library', 'foundation',
  'trust', 'society', 'association', 'union', 'federation', 'confederation', 'guild', 'alliance',
  'coalition', 'movement', 'front', 'church', 'charity', 'international', 'club', 'fc', 'organization',
  'organisation', 'network', 'unit',
  // Sports clubs: `Westbury United`, `Ashford Rovers`.
  'united', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'afc',
  // Companies named for what they sell or do: `Bellway Snacks`, `Harrow Logistics`.
  'snacks', 'drinks', 'beverages', 'brands', 'logistics', 'construction', 'engineering', 'solutions', 'stores',
  'retail', 'brewery', 'brewing', 'bakeries', 'dairies', 'farms', 'mills', 'software', 'security', 'homes',
  'developments', 'properties', 'estates', 'investments', 'consulting', 'analytics', 'robotics', 'biotech',
  'therapeutics', 'research', 'advisors', 'advisers', 'securities', 'shipping', 'freight', 'transport', 'buses', 'rail', 'railways', 'trains', 'water', 'utilities',
  // `Northfield Healthcare`; not `Health`, which after `Director of` is a portfolio, not a body.
  'healthcare',
  // The same heads in the languages companies keep in their names abroad: `Nordvind Energi`, `Solaris Energia`.
  'energi', 'energia', 'energie', 'énergie', 'bancorp',
  // Markets that trade: `London Stock Exchange`, `Deutsche Boerse`, `Euronext Bourse`.
  'exchange', 'bourse', 'boerse', 'börse',
]);

/**
 * Place heads that name an organization when an organization head stands just
 * before them: `Harlow School District`, `Fenmore Water District`.
 */
export const ORGANIZATION_PLACE_HEADS: ReadonlySet<string> = new Set(['district']);

/** Heads written before the rest of an organization's name: `University College Dublin`. */
export const ORGANIZATION_PREFIX_HEADS: ReadonlySet<string> = new Set(['university']);

/** Place heads that name a club when the article talks about other clubs: `Hillcrest Town`, `Stoke City`. */
export const CLUB_PLACE_HEADS: ReadonlySet<string> = new Set(['town', 'city', 'county']);

/** Heads that make a name a club (sports context for `CLUB_PLACE_HEADS`). */
export const CLUB_HEADS: ReadonlySet<string> = new Set(['united', 'rovers', 'athletic', 'wanderers', 'albion', 'hotspur', 'fc', 'afc']);

/** Heads that take an `of`/`for`/`on` complement inside the name: `Department of Health`, `Panel on Climate Change`. */
export const ORGANIZATION_HEADS_WITH_COMPLEMENT: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'bureau', 'council', 'commission', 'committee', 'court', 'university',
  'college', 'school', 'academy', 'institute', 'bank', 'union', 'federation', 'confederation', 'league',
  'association', 'society', 'organization', 'organisation', 'centers', 'centres', 'center', 'centre', 'agency',
  'party', 'church', 'panel', 'board', 'authority', 'house', 'chamber', 'fund', 'museum', 'foundation',
  'alliance', 'coalition', 'federal', 'assembly', 'secretariat', 'guild', 'corporation',
]);

/** Capitalized words whose possessive belongs inside an organization's name: `People's Democratic Party`. */
export const POSSESSIVE_NAME_WORDS: ReadonlySet<string> = new Set([
  'people', 'children', 'women', 'workers', 'veterans', 'farmers', 'citizens', 'nations', 'lloyd', 'mcdonald',
]);

/** Lowercase nouns after a name that make `<Name> administration` an organization (`Trump administration`). */
export const GOVERNMENT_BY_LEADER_NOUNS: ReadonlySet<string> = new Set(['administration']);

/** Lowercase nouns after a name that make the phrase an event (`Moon-Putin summit`). */
export const EVENT_AFTER_NAME_NOUNS: ReadonlySet<string> = new Set(['summit']);

/**
 * Last words of a newspaper's or broadcaster's name (`Harbourside Courier`,
 * `Valley Echo`): on a furniture line of its own they make the line an outlet
 * even without `The`. Not organization heads in prose, where `Echo` or `Star`
 * may be anything.
 */
export const OUTLET_HEADS: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'telegraph', 'guardian', 'herald', 'tribune', 'journal', 'gazette', 'mail', 'magazine',
  'courier', 'chronicle', 'echo', 'examiner', 'observer', 'express', 'mirror', 'standard', 'independent',
  'advertiser', 'sentinel', 'dispatch', 'bulletin', 'argus', 'inquirer', 'register', 'record', 'review', 'star',
  'sun', 'leader', 'press', 'daily', 'weekly', 'today', 'radio', 'tv', 'fm', 'online', 'report', 'voice', 'monitor',
]);

/**
 * Place heads of areas that govern themselves: `Big Lakes County said`,
 * `issued by Harlow Borough` are the council acting, an organization.
 */
export const GOVERNING_PLACE_HEADS: ReadonlySet<string> = new Set(['county', 'borough', 'municipality', 'township', 'parish']);

/** Verbs after `by` that make the name the body acting: `an order issued by X`. */
export const ACTING_BODY_VERBS_BEFORE_BY: ReadonlySet<string> = new Set([
  'issued', 'ordered', 'announced', 'declared', 'published', 'released', 'imposed', 'approved', 'posted', 'confirmed',
]);

/**
 * Legal-form words that end a company's registered name: `Kestrel Mining Ltd`
 * is the `Kestrel Mining` the article names elsewhere; `Brackley plc` keeps
 * its lowercase `plc`.
 */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'ltd', 'plc', 'llc', 'corp', 'limited', 'gmbh', 'ag', 'nv', 'bv', 'pty', 'llp', 'lp',
]);

/** Legal forms also written in lowercase after the name (`Brackley Dawson plc`); never a word of their own. */
export const LOWERCASE_COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['plc', 'ltd', 'inc', 'llc']);

/** Adjectives no personal name holds and many bodies do: `Lakeshore Regional Health`, `Ridgeway Municipal Trust`. */
export const INSTITUTIONAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'regional', 'national', 'federal', 'municipal', 'metropolitan', 'provincial', 'international', 'global',
  'interregional', 'intercontinental', 'continental', 'statewide', 'nationwide',
]);

/**
 * Head words of named schemes, documents and indexes: `Regional Economic Outlook`, `Harbour Growth
 * Strategy`, `Tarrow Share Index`. What they name is neither a body nor a place.
 */
export const SCHEME_HEADS: ReadonlySet<string> = new Set(['index', 'outlook', 'scheme', 'strategy', 'initiative']);
