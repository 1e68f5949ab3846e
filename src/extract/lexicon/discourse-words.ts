/**
 * Closed-class words the attributor and the statement finder need: pronouns,
 * auxiliaries, honorifics that reveal gender, nouns that stand for a document
 * (`the report said`), and the words that end a reported clause.
 */
import type { EntityKind } from '../types.ts';
import { isLyAdverb } from './cue-arguments.ts';
import { FEMALE_GIVEN_NAMES_TEXT, MALE_GIVEN_NAMES_TEXT } from '../gazetteer/given-name-genders.ts';

export type Gender = 'male' | 'female';

export interface PronounReading {
  /** The kinds of entity the pronoun can stand for. */
  kinds: readonly EntityKind[];
  gender?: Gender;
  /** Ceiling on the confidence of a resolution; `they` rarely names one entity. */
  certainty: number;
}

/** Subject pronouns that can stand for a speaker. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounReading> = new Map([
  ['he', { kinds: ['person'], gender: 'male', certainty: 0.9 }],
  ['she', { kinds: ['person'], gender: 'female', certainty: 0.9 }],
  ['it', { kinds: ['organization'], certainty: 0.65 }],
  ['they', { kinds: ['organization'], certainty: 0.45 }],
]);

/**
 * `the 24-year-old said`, `the veteran added`: a descriptor that stands for the
 * person just written about, like a pronoun without gender. Never a name.
 */
export const DESCRIPTOR_READING: PronounReading = { kinds: ['person'], certainty: 0.6 };
export const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([
  'veteran', 'youngster', 'teenager', 'teen', 'pensioner', 'octogenarian', 'nonagenarian',
  // Nationality nouns for one person (`the Swede said`); forms that also name a people or a paper (`the Japanese`, `the Australian`) are left out.
  'swede', 'dane', 'finn', 'norwegian', 'briton', 'scot', 'pole', 'spaniard', 'frenchman', 'frenchwoman', 'dutchman', 'dutchwoman',
  'serb', 'croat', 'slovak', 'slovenian', 'american', 'canadian', 'german', 'italian', 'brazilian', 'argentine', 'kenyan',
  'ethiopian', 'nigerian', 'belgian', 'austrian', 'ukrainian', 'romanian', 'bulgarian', 'mexican', 'colombian', 'chilean',
]);
export const AGE_DESCRIPTOR = /^\d{1,3}-year-old$/u;

/**
 * Nouns sport and stage writing calls a person just written about, with the
 * team, town or trade before them: `said the Tottenham striker`, `the Sale
 * full-back said`, `said the Newport-based athlete`.
 */
export const EPITHET_NOUNS: ReadonlySet<string> = new Set([
  'star', 'striker', 'midfielder', 'defender', 'winger', 'forward', 'goalkeeper', 'keeper', 'full-back', 'fullback',
  'fly-half', 'scrum-half', 'flanker', 'playmaker', 'batsman', 'bowler', 'sprinter', 'hurdler', 'swimmer', 'cyclist',
  'golfer', 'boxer', 'champion', 'athlete', 'skipper', 'actor', 'actress', 'singer', 'rapper', 'comedian', 'frontman',
]);

/** Lower-case words an epithet may carry before its noun: `the former Chelsea star`. */
export const EPITHET_MODIFIERS: ReadonlySet<string> = new Set(['former', 'veteran', 'young', 'experienced', 'retired']);

/** Any third-person pronoun that reveals the gender of a person it refers to. */
export const GENDERED_PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** Words that open a relative clause after a comma: a pronoun inside (`X, who plays her brother,`) is about someone else. */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'where']);

/**
 * Role nouns that reveal gender, learned by the entity finder as a person's
 * role (`Ann Lee, a spokeswoman`, `his son Michael`) or written before a name.
 * Not `chairman`, which papers write for women too (MOSTLY_MALE_ROLE_NOUNS);
 * `chairwoman` is only ever a woman.
 */
export const GENDERED_ROLE_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ['mother', 'female'], ['wife', 'female'], ['daughter', 'female'], ['sister', 'female'], ['widow', 'female'],
  ['grandmother', 'female'], ['granddaughter', 'female'], ['aunt', 'female'], ['niece', 'female'], ['girlfriend', 'female'],
  ['actress', 'female'], ['spokeswoman', 'female'], ['chairwoman', 'female'], ['businesswoman', 'female'],
  ['congresswoman', 'female'], ['councilwoman', 'female'], ['policewoman', 'female'], ['sportswoman', 'female'],
  ['queen', 'female'], ['princess', 'female'], ['duchess', 'female'], ['countess', 'female'], ['waitress', 'female'],
  ['father', 'male'], ['husband', 'male'], ['son', 'male'], ['brother', 'male'], ['widower', 'male'],
  ['grandfather', 'male'], ['grandson', 'male'], ['uncle', 'male'], ['nephew', 'male'], ['boyfriend', 'male'],
  ['actor', 'male'], ['spokesman', 'male'], ['businessman', 'male'], ['congressman', 'male'],
  ['councilman', 'male'], ['policeman', 'male'], ['sportsman', 'male'], ['king', 'male'], ['prince', 'male'], ['duke', 'male'],
]);

/**
 * Kin and companion nouns: after a possessive (`his father`, `her sister`) they
 * name a person the text may never name. Such a subject stands between a later
 * pronoun and earlier speakers.
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'grandfather', 'grandmother',
  'grandson', 'granddaughter', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'partner', 'boyfriend', 'girlfriend',
  'dad', 'mum', 'mom', 'widow', 'widower', 'fiancé', 'fiancée', 'friend', 'neighbour', 'neighbor', 'colleague',
]);

/**
 * Words that open a noun phrase for someone the text does not name: `Another
 * analyst, who asked not to be named, said`, `One man shouted`, `A witness told`.
 */
export const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/** Person nouns beyond the entity finder's role nouns that an unnamed speaker is described by. */
export const UNNAMED_PERSON_NOUNS: ReadonlyMap<string, Gender | undefined> = new Map<string, Gender | undefined>([
  ['man', 'male'], ['woman', 'female'], ['boy', 'male'], ['girl', 'female'], ['person', undefined], ['source', undefined],
  ['onlooker', undefined], ['bystander', undefined], ['shopper', undefined], ['customer', undefined], ['parent', undefined],
  ['neighbour', undefined], ['neighbor', undefined], ['local', undefined], ['fan', undefined], ['supporter', undefined],
  ['protester', undefined], ['protestor', undefined], ['mourner', undefined], ['visitor', undefined], ['driver', undefined],
]);

/** Nouns for someone who speaks for an organization: unnamed, the organization is the speaker. */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Nouns for one who speaks for a body, as a later `the spokesman`, `the rep` names them again. */
export const DEFINITE_SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set([...SPOKESPERSON_NOUNS, 'representative', 'rep']);

/**
 * Heads of a body's own voice after its possessive name: `Telstra's social media
 * team`, `the council's press office`, `Acme's spokespeople`. They speak for
 * the body; unlike a spokesperson noun they need the possessive (`a team said`
 * is nobody's).
 */
export const BODY_VOICE_NOUNS: ReadonlySet<string> = new Set([
  'team', 'office', 'spokespeople', 'spokespersons', 'representative', 'representatives', 'account', 'staff',
]);

/** Possessive determiners before a kin noun: `his father`. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

const genderOfEach = (text: string, gender: Gender): [string, Gender][] => text.split(/\s+/u).map((name) => [name, gender]);

/**
 * Given names that are (in English-language news) nearly always one gender:
 * the generated lists of one gender (`gazetteer/given-name-genders.ts`: `Petrina`,
 * `Shani`), then the hand-kept names below, which decide where both have a
 * name. Ambiguous names (`Alex`, `Sam`, `Jo`, `Dana`, `Jordan`) are left out.
 */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...genderOfEach(FEMALE_GIVEN_NAMES_TEXT, 'female'),
  ...genderOfEach(MALE_GIVEN_NAMES_TEXT, 'male'),
  ...`abigail aisha alice alicia alison amanda amber amy ana anna anne annie angela barbara beth betty brenda carol
caroline catherine charlotte cheryl christina christine claire claudia deborah debbie diana diane elena eleanor
elizabeth ellen ellie emily emma eva fatima fiona frances grace hannah heather helen irene isabel jane janet
janice jennifer jenny jessica jill joan joanna joyce judith judy julia julie karen kate katherine kathleen kathryn
kathy katie kirsty laura lauren linda lisa liz louise lucy lynn margaret maria marie marina martha mary maya megan
melanie melissa michelle nadia nancy naomi natalie nicola olivia pamela patricia paula rachel rebecca rose ruth
sally samantha sandra sara sarah sharon sofia sophie stephanie susan tina valerie victoria wendy zoe
giulia francesca lucia lucía maría priya darlene guadalupe`
    .split(/\s+/u)
    .map((name): [string, Gender] => [name, 'female']),
  ...`aaron adam adrian ahmed albert alan alexander andrew angus anthony arthur barry ben benjamin bernard bill bob
boris brad brian bruce carl carlos charles colin craig dan daniel darren david dennis dominic donald doug douglas
dylan edward eric frank fred gareth gary gavin george gerald gordon graham greg gregory harold harry henry howard
hugh ian jack jacob james jason jeff jeffrey jeremy jim jimmy joe john johnny jonathan joseph josh joshua juan
julian keith ken kenneth kevin larry liam luke malcolm marcus martin matthew michael mike neil nicholas nick nigel
noah oliver omar oscar owen patrick paul peter philip ralph raymond richard rob robert roger ronald roy ryan samuel
scott sean simon stephen steve steven stuart thomas tim timothy tom tony trevor victor walter william
alejandro antonio diego francesco giovanni jorge jose josé luca luis marco matteo miguel pablo pedro rodrigo
tomás callum kwame`
    .split(/\s+/u)
    .map((name): [string, Gender] => [name, 'male']),
]);

/**
 * Role nouns men hold far more often, which papers also write for women
 * (`Federal Reserve Board chairman Susan Phillips … she said`): a person's
 * gender only when nothing else (a given name, an honorific, a pronoun)
 * shows it.
 */
export const MOSTLY_MALE_ROLE_NOUNS: ReadonlySet<string> = new Set(['chairman']);

/** Honorifics and titles that reveal gender when written before a name (not `chairman`: see MOSTLY_MALE_ROLE_NOUNS). */
export const GENDERED_HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mister', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['duke', 'male'], ['father', 'male'], ['brother', 'male'], ['monsieur', 'male'], ['herr', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madam', 'female'], ['madame', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'], ['duchess', 'female'],
  ['sister', 'female'], ['mother', 'female'], ['congresswoman', 'female'], ['congressman', 'male'],
  ['spokeswoman', 'female'], ['spokesman', 'male'], ['chairwoman', 'female'],
  ['businesswoman', 'female'], ['businessman', 'male'], ['actress', 'female'],
]);

/** Nouns for a business: `the company said` may name an organization learned as a `start-up` or named `… Foods`. */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'start-up', 'startup', 'business', 'corporation', 'retailer', 'maker', 'carmaker', 'automaker',
  'manufacturer', 'developer', 'provider', 'operator', 'insurer', 'bank', 'lender', 'airline', 'carrier', 'platform',
  'giant', 'conglomerate', 'supplier', 'chain', 'group', 'supermarket', 'publisher', 'broadcaster', 'brand',
]);

/** Last words of a company's name: `Harrow Foods`, `Acme Ltd`. */
export const COMPANY_NAME_HEADS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'group', 'holdings',
  'airlines', 'airways', 'motors', 'bank', 'foods', 'technologies', 'industries', 'systems', 'labs', 'pharmaceuticals',
  'energy', 'media', 'retail', 'stores', 'brands', 'partners',
]);

/**
 * Nouns that, after `the` and as the subject of a reporting verb, stand for an
 * organization named earlier: `The company said`, `the council said`. Matched
 * to an organization with that role, or whose name ends in that noun.
 */
export const ORGANIZATION_SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  ...COMPANY_NOUNS,
  'agency', 'council', 'ministry', 'department', 'commission', 'authority', 'regulator', 'watchdog', 'club', 'charity',
  'union', 'party', 'university', 'hospital', 'trust', 'board', 'committee', 'court', 'organisation', 'organization',
  'association', 'federation', 'institute', 'foundation', 'service', 'force', 'system',
]);

/** Nouns for a document or announcement that can "say" something: `the release stated`. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'release', 'statement', 'study', 'survey', 'letter', 'memo', 'website', 'filing', 'document',
  'analysis', 'announcement', 'communique', 'communiqué', 'bulletin', 'notice', 'guidance', 'advisory', 'findings',
  'investigation', 'review', 'audit', 'paper', 'post', 'tweet', 'email', 'e-mail',
]);

/**
 * Nouns of saying: what someone said, named as a thing (`Berg's claim that …`,
 * `her description of the plan as …`). A partial quote in their clause is the
 * words of whoever the noun belongs to.
 */
export const SAYING_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'description', 'descriptions', 'remark', 'remarks', 'comment',
  'comments', 'words', 'warning', 'warnings', 'accusation', 'accusations', 'allegation', 'allegations', 'suggestion',
  'suggestions', 'insistence', 'argument', 'arguments', 'pledge', 'pledges', 'promise', 'promises', 'criticism',
  'complaint', 'complaints', 'characterisation', 'characterization', 'statement', 'statements', 'denial', 'admission',
  'boast', 'prediction', 'predictions', 'threat', 'threats', 'insult', 'insults', 'jibe', 'retort', 'point',
]);

/** Words allowed between a determiner and a document noun: `the latest press release`. */
export const DOCUMENT_MODIFIERS: ReadonlySet<string> = new Set([
  'press', 'news', 'latest', 'new', 'joint', 'official', 'annual', 'final', 'full', 'written', 'prepared', 'brief',
  'short', 'same', 'second', 'first', 'initial', 'updated',
]);

/** Determiners that make the next word a noun (`the claim`, `his call`), never a verb. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no',
  'any', 'every', 'each', 'such', 'whose',
]);

/** Words that count a plural noun (`many states`, `several reports`): a verb's -s form after them is that noun. */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set([
  'many', 'several', 'some', 'few', 'all', 'both', 'most', 'other', 'various', 'numerous', 'multiple',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
]);

/** Words skipped between a subject and its verb: `Putin also said`, `Moon has said`. */
export const VERB_PREMODIFIERS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'then', 'later', 'earlier', 'previously', 'once', 'again', 'further', 'recently',
  'reportedly', 'publicly', 'privately', 'repeatedly', 'already', 'still', 'just', 'first', 'finally', 'quickly',
  'firmly', 'strongly', 'flatly', 'openly', 'simply', 'frequently', 'often', 'never', 'always', 'subsequently',
  'initially', 'separately', 'similarly', 'likewise', 'equally', 'immediately', 'angrily', 'bluntly', 'calmly',
  'clearly', 'emphatically', 'explicitly', 'formally', 'jokingly', 'proudly', 'quietly', 'sharply', 'softly',
  'tearfully', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do',
  // `Cruz himself said`: a reflexive that stresses the subject.
  'himself', 'herself', 'themselves', 'itself',
  // `Priebus later Thursday told`, `Trump today said`: a day named between them.
  'today', 'tonight', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** A word between a subject and its verb, from the table or a manner adverb by its form: `Cruz gingerly said`. */
export function isVerbPremodifier(token: { readonly text: string; readonly lower: string }): boolean {
  return VERB_PREMODIFIERS.has(token.lower) || isLyAdverb(token.text);
}

/** Auxiliaries kept in the cue as written: `has said`. */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Prepositions: a name right after one is not the subject of the sentence (`with Moon`). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'with', 'of', 'to', 'from', 'by', 'for', 'at', 'in', 'on', 'about', 'against', 'between', 'among', 'into',
  'onto', 'over', 'under', 'after', 'before', 'during', 'without', 'within', 'through', 'toward', 'towards',
  'than', 'like', 'via', 'per', 'behind', 'beside', 'near', 'across', 'around', 'upon', 'amid', 'despite',
  'alongside', 'besides', 'unlike', 'beyond', 'above', 'below', 'inside', 'outside', 'along', 'beneath',
  'throughout',
]);

/** Verb forms that show a name is the subject of a clause, beyond the reporting verbs: `Lukaku thanked`. */
export const SUBJECT_VERB_HINTS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'did', 'does', 'sent', 'made', 'took', 'gave', 'came', 'went', 'got', 'met', 'left', 'held', 'spoke',
  'won', 'lost', 'led', 'ran', 'saw', 'felt', 'knew', 'became', 'began', 'brought', 'bought', 'built', 'chose',
  'drove', 'fell', 'found', 'gives', 'gets', 'makes', 'takes', 'wants', 'needs', 'plans', 'expects', 'hopes',
  'thinks', 'believes', 'knows', 'sees', 'feels', 'seems', 'appears', 'remains', 'faces', 'leads', 'runs',
  // Irregular past forms that the `-ed` test misses.
  'drew', 'stood', 'sat', 'rose', 'wore', 'broke', 'grew', 'paid', 'sold', 'kept', 'caught', 'fought', 'heard',
  'struck', 'threw', 'swore', 'wept', 'woke', 'shook', 'forgot', 'hid', 'slept', 'sang', 'fled',
  'flew', 'spent', 'meant', 'taught', 'thought', 'sought', 'withdrew', 'swept', 'tore', 'rode', 'swam', 'laid',
  'shot', 'blew', 'dug', 'drank', 'fed', 'froze', 'hung', 'knelt', 'sank', 'stuck', 'strode', 'swung',
  'understood', 'overtook', 'undertook', 'oversaw', 'arose', 'lent', 'dealt', 'overcame', 'foresaw', 'mistook',
]);

/** Words that, after a comma, start a new clause and so end a reported clause: `…, but said`. */
export const CLAUSE_BREAKS_AFTER_COMMA: ReadonlySet<string> = new Set([
  'but', 'though', 'although', 'while', 'whereas', 'including', 'which', 'who', 'whom', 'and', 'so', 'yet',
  'adding', 'saying', 'noting', 'stating', 'arguing', 'claiming', 'warning', 'insisting', 'explaining',
  'criticizing', 'criticising', 'alleging', 'calling', 'citing', 'according', 'as', 'because', 'since', 'when',
  'where', 'after', 'before', 'despite', 'unless', 'until', 'amid',
]);

/**
 * Conjunctions that open a subordinate clause: right after a quote's closing
 * mark they start a clause of their own (`"…" after Lyle had said`), whose
 * reporting verb is not the quote's cue. `as` is not one: `"…," as Lyle put it` attributes.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after', 'before', 'when', 'while', 'because', 'since', 'until', 'although', 'though', 'whereas', 'unless', 'once', 'if',
]);

/** Conjunctions that join clauses of equal rank: after one, a new subject starts a clause of its own (`…, and Trump vowed`). */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'yet']);

/** Words that end a reported clause even without a comma, when a new subject follows: `… unaffected as Russia …`. */
export const CLAUSE_BREAKS_BARE: ReadonlySet<string> = new Set(['as', 'because', 'since', 'whereas', 'although', 'though', 'while']);

/** Words before a bare break word that make it part of a phrase instead: `such as`, `as well as`. */
export const BARE_BREAK_BLOCKERS: ReadonlySet<string> = new Set(['such', 'well', 'so', 'just', 'same', 'as', 'known', 'regarded', 'seen', 'described']);

/**
 * Words joining a person to the body they belong to: `Peter Grant of Morgan
 * Hale`, `Doug Sommerville with the NSW Department`, `Jo Park from Elders`.
 * The name after one is the person's affiliation, not the subject of what follows.
 */
export const AFFILIATION_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'with']);
