/**
 * Role nouns: common nouns that stand for an entity of a known kind. They are
 * evidence when written next to a name (`scientist Valérie Roux`, `Ann Lee, a
 * passenger`, `Acme, a data firm`) and, after `the`, refer back to an entity
 * named earlier (`the Russian president`, `the company`).
 *
 * Lowercase head words; a compound role (`shadow chancellor`) is matched by
 * its last word.
 */
import type { EntityKind } from '../types.ts';

export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  // Office holders.
  'president', 'leader', 'minister', 'premier', 'chancellor', 'secretary', 'governor', 'senator', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'mayor', 'ambassador', 'diplomat', 'envoy', 'commissioner',
  'councillor', 'politician', 'candidate', 'king', 'queen', 'prince', 'princess', 'monarch', 'pope', 'dictator',
  'chairman', 'chairwoman', 'chairperson', 'speaker', 'official',
  // Work.
  'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'executive', 'founder', 'co-founder', 'director',
  'editor', 'reporter', 'journalist', 'correspondent', 'columnist', 'writer', 'author', 'analyst', 'economist',
  'scientist', 'researcher', 'professor', 'teacher', 'lecturer', 'student', 'doctor', 'nurse', 'surgeon',
  'lawyer', 'attorney', 'barrister', 'solicitor', 'prosecutor', 'judge', 'magistrate', 'officer', 'detective',
  'inspector', 'sergeant', 'constable', 'commander', 'general', 'colonel', 'captain', 'pilot', 'soldier',
  'chief', 'head', 'boss', 'manager', 'coach', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'footballer', 'athlete', 'actor', 'actress', 'singer', 'musician', 'rapper', 'artist', 'director', 'producer',
  'entrepreneur', 'billionaire', 'businessman', 'businesswoman', 'investor', 'banker', 'engineer', 'activist',
  'campaigner', 'organiser', 'organizer', 'volunteer', 'consultant', 'adviser', 'advisor', 'expert',
  'specialist', 'historian', 'priest', 'bishop', 'imam', 'rabbi', 'chef', 'farmer', 'worker', 'employee',
  'resident', 'passenger', 'witness', 'victim', 'survivor', 'suspect', 'defendant', 'dealer', 'owner',
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'coordinator',
  'member', 'veteran', 'secretary-general', 'representative', 'deputy', 'aide', 'strategist', 'pollster',
  'presenter', 'host', 'commentator', 'physician', 'psychologist', 'epidemiologist', 'officer',
  'vendor', 'driver', 'shopkeeper', 'trader', 'archaeologist', 'curator',
  'patient', 'showrunner', 'substitute', 'neighbour', 'neighbor', 'homeowner', 'tenant', 'landlord', 'pensioner',
  'commuter', 'motorist', 'shopper', 'parent', 'grandmother', 'grandfather', 'eyewitness', 'bystander',
  'songwriter', 'composer', 'poet', 'dancer', 'comedian', 'filmmaker', 'photographer', 'designer',
  // Players and performers by position or instrument: `Keeper Tony Bullock`, `Drummer Larry Mullen Jr`.
  'keeper', 'winger', 'skipper', 'full-back', 'fullback', 'centre-back', 'quarterback', 'pitcher', 'batsman',
  'bowler', 'jockey', 'referee', 'umpire', 'boxer', 'golfer', 'cyclist', 'swimmer', 'sprinter', 'drummer',
  'guitarist', 'bassist', 'pianist', 'violinist', 'cellist', 'vocalist', 'frontman', 'frontwoman',
  // Trades and services.
  'architect', 'accountant', 'pharmacist', 'dentist', 'paramedic', 'firefighter', 'policeman', 'policewoman',
  'trooper', 'sheriff', 'warden', 'librarian', 'headteacher', 'headmaster', 'headmistress', 'pastor', 'vicar',
  'chaplain', 'plumber', 'builder', 'mechanic', 'waiter', 'waitress', 'bartender', 'cashier', 'clerk',
  // Offices a later `the …` may name again (REFERRING_ROLE_NOUNS), roles before a name as well: `CBS moderator Nancy
  // Cordes`. Not `principal`, an adjective before a name as often (`principal West German ministers`).
  'superintendent', 'archbishop', 'anchor', 'moderator', 'interviewer',
]);

/**
 * An age written as an adjective before a name: `Seventy-eight-year-old`,
 * `34-year-old`, `Six-month-old`. It describes the person and is no part of the name.
 */
const AGE_ADJECTIVE = /^[\p{L}\d]+(?:-[\p{L}\d]+)*-(?:year|month|week|day)s?-old$/iu;

export function isAgeAdjective(word: string): boolean {
  return AGE_ADJECTIVE.test(word);
}

/** Prefixes that keep a person's role a person's role: `co-director`, `vice-chairman`, `ex-minister`. */
const PERSON_ROLE_PREFIXES: readonly string[] = ['co-', 'vice-', 'ex-', 'deputy-'];
/** Endings of words for people by what they study or practise: `Egyptologist`, `geographer`, `statistician`. */
const PERSON_ROLE_ENDINGS: readonly string[] = ['ologist', 'ographer', 'ician'];

/** A person's role noun, also with a prefix (`co-director`), a learned ending (`Egyptologist`) or joined to another (`singer-songwriter`). */
export function isPersonRoleNoun(key: string): boolean {
  if (PERSON_ROLE_NOUNS.has(key) || PERSON_ROLE_ENDINGS.some((ending) => key.endsWith(ending))) return true;
  // Joined roles and prefixes all need a hyphen; most words asked have none (every word near a name is).
  if (!key.includes('-')) return false;
  // `singer-songwriter`, `actor-director`: two roles joined by a hyphen are one person's.
  const parts = key.split('-');
  if (parts.length >= 2 && parts.every((part) => PERSON_ROLE_NOUNS.has(part))) return true;
  const prefix = PERSON_ROLE_PREFIXES.find((start) => key.startsWith(start));
  return prefix !== undefined && PERSON_ROLE_NOUNS.has(key.slice(prefix.length));
}

export const ORGANIZATION_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'corporation', 'business', 'agency', 'organisation', 'organization', 'charity', 'group',
  'party', 'union', 'ministry', 'department', 'government', 'administration', 'club', 'team', 'network',
  'broadcaster', 'newspaper', 'outlet', 'publisher', 'bank', 'airline', 'carrier', 'retailer', 'startup',
  'start-up', 'platform', 'regulator', 'watchdog', 'court', 'council', 'commission', 'committee', 'institute',
  'university', 'school', 'hospital', 'insurer', 'manufacturer', 'maker', 'developer', 'operator', 'provider',
  'giant', 'conglomerate', 'movement', 'coalition', 'alliance', 'federation', 'association', 'body',
  'parliament', 'legislature', 'militia', 'service', 'website', 'app', 'site',
  // Bands, eateries and brands: `Copper Kettle, a cafe`, `Kestrel, the sportswear brand`.
  'band', 'duo', 'trio', 'quartet', 'restaurant', 'cafe', 'café', 'pub', 'bistro', 'eatery', 'bakery', 'brewery',
  'nightclub', 'brand', 'label', 'chain', 'shop', 'store',
]);

/**
 * Nouns written just before a band's, venue's or brand's name that show what
 * it is: `headliners The Velvet Owls`, `the band Night Tides`, `support act Grey Harbour`.
 */
export const ORGANIZATION_NOUNS_BEFORE_NAME: ReadonlySet<string> = new Set([
  'headliners', 'headliner', 'band', 'act', 'duo', 'trio', 'quartet', 'outfit', 'label', 'brand', 'restaurant',
  'chain', 'retailer', 'startup', 'firm', 'company', 'charity',
  // Bodies named right after what they are: `the public broadcaster ZDF`, `the regulator Ofwat`.
  'broadcaster', 'newspaper', 'tabloid', 'publisher', 'network', 'agency', 'regulator', 'watchdog', 'union',
  'insurer', 'carrier', 'airline', 'bank', 'lender', 'carmaker', 'automaker', 'platform', 'website',
]);

export const PLACE_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'country', 'nation', 'state', 'city', 'town', 'village', 'capital', 'region', 'province', 'county',
  'district', 'island', 'port', 'suburb', 'neighbourhood', 'neighborhood', 'territory', 'borough',
  'venue', 'estate', 'street', 'road',
]);

/**
 * Roles that `the ... leader` may refer back to: `the Russian leader` is the
 * president named before, `the party leader` its chairman.
 */
export const LEADER_ROLES: ReadonlySet<string> = new Set([
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'leader', 'chairman', 'chairwoman',
  'dictator', 'supreme leader', 'monarch', 'emir', 'sheikh', 'head',
]);

/**
 * Definite role noun phrases that may name an earlier entity (`the minister`,
 * `the company`). Narrower than the evidence lists above on purpose: `the
 * country`, `the group` or `the government` refer too loosely to resolve.
 */
export const REFERRING_ROLE_NOUNS: ReadonlyMap<string, EntityKind> = new Map<string, EntityKind>([
  ...[
    'president', 'leader', 'minister', 'premier', 'chancellor', 'secretary', 'governor', 'senator', 'mayor',
    'ambassador', 'chairman', 'chairwoman', 'ceo', 'founder', 'judge', 'king', 'queen', 'prince', 'princess',
    'pope', 'striker', 'coach', 'manager', 'actor', 'actress', 'singer', 'billionaire', 'spokesman',
    'spokeswoman', 'spokesperson', 'prime minister', 'chief executive', 'commissioner', 'detective',
    // Offices of courts, schools, churches and local services a report names once and then refers back to.
    'prosecutor', 'magistrate', 'lawyer', 'attorney', 'barrister', 'solicitor', 'sheriff', 'superintendent',
    'principal', 'headteacher', 'professor', 'bishop', 'archbishop', 'priest', 'director',
    // Those who put the questions in a broadcast or a debate.
    'host', 'presenter', 'anchor', 'moderator', 'interviewer',
  ].map((noun) => [noun, 'person'] as [string, EntityKind]),
  ...['company', 'firm', 'agency', 'airline', 'charity', 'carrier', 'retailer', 'broadcaster', 'club', 'bank',
    'startup', 'regulator', 'insurer', 'carmaker', 'automaker', 'ministry', 'commission', 'union'].map(
    (noun) => [noun, 'organization'] as [string, EntityKind],
  ),
]);

/** Nouns after a name that show the name is an organization: `Acme employees`, `Rovers fans`. */
export const ORGANIZATION_CONTEXT_NOUNS: ReadonlySet<string> = new Set([
  'employees', 'staff', 'staffers', 'workers', 'users', 'customers', 'shareholders', 'shares', 'stock',
  'website', 'ceo', 'team', 'chief', 'executives', 'board', 'fans',
  'supporters', 'players', 'squad', 'jet', 'jets', 'flight', 'flights', 'plane', 'planes', 'app', 'platform',
  'headquarters', 'officials', 'members', 'lawmakers', 'chairman', 'founder', 'boss', 'investors', 'subscribers',
  'account', 'report', 'statement', 'manager', 'management', 'executive', 'deal', 'contract',
  'restaurant', 'cafe', 'café', 'pub', 'bistro', 'eatery', 'bakery', 'brewery', 'nightclub', 'brand', 'frontman',
  'frontwoman', 'guitarist', 'drummer', 'bassist', 'party',
]);
