/**
 * One lookup over every built-in name table: countries (from the
 * `world-countries` package), capitals, US states, major cities, regions,
 * international organizations and well-known companies. Built once at module
 * load; lookups are a single Map read.
 */
import type { EntityKind } from '../types.ts';
import { nameKey } from '../name-key.ts';
import { MAJOR_CITIES } from './cities.ts';
import { NATIONALITY_NOUNS, NATIONALITY_WORDS, PARTY_WORDS } from './nationality-words.ts';
import { COUNTRIES } from './countries.ts';
import { INTERNATIONAL_ORGANIZATIONS, MEDIA_AND_COMPANIES } from './organizations.ts';
import { REGIONS } from './regions.ts';
import { US_STATES } from './us-states.ts';
import { WORLD_CITIES_TEXT } from './world-cities.ts';

export { nameKey };

export interface KnownName {
  /** Canonical name: `United States` for `USA`. */
  name: string;
  kind: EntityKind;
}

/** All-caps short forms (`WHO`, `US`) only match when written in capitals. */
function needsExactCase(written: string): boolean {
  return written.length <= 6 && written === written.toUpperCase() && /[A-Z]/.test(written);
}

interface KnownNameEntry {
  /** What a lookup returns: one object per entry, never changed, so a lookup allocates nothing. */
  known: Readonly<KnownName>;
  exactCase: string | null;
}

const KNOWN_NAMES = new Map<string, KnownNameEntry>();
/** Keys of countries and large regions (`Canada`, `Africa`, `England`), not cities. */
const LAND_NAMES = new Set<string>();
const DEMONYMS = new Map<string, string>();

function add(written: string, known: KnownName): void {
  const key = nameKey(written);
  // First table wins: countries before cities before organizations.
  if (KNOWN_NAMES.has(key)) return;
  KNOWN_NAMES.set(key, { known: { name: known.name, kind: known.kind }, exactCase: needsExactCase(written) ? written : null });
}

for (const country of COUNTRIES) {
  const known: KnownName = { name: country.name, kind: 'place' };
  LAND_NAMES.add(nameKey(country.name));
  add(country.name, known);
  for (const alt of country.altNames) add(alt, known);
  for (const demonym of country.demonyms) DEMONYMS.set(nameKey(demonym), country.name);
}
for (const [noun, country] of Object.entries(NATIONALITY_NOUNS)) {
  if (!DEMONYMS.has(nameKey(noun))) DEMONYMS.set(nameKey(noun), country);
}
for (const word of NATIONALITY_WORDS) {
  // Not a country's demonym; the empty country says "describes, never names".
  if (!DEMONYMS.has(nameKey(word))) DEMONYMS.set(nameKey(word), '');
}
for (const state of US_STATES) {
  const known: KnownName = { name: state.name, kind: 'place' };
  add(state.name, known);
  for (const alt of state.altNames) add(alt, known);
}
for (const country of COUNTRIES) {
  for (const capital of country.capitals) add(capital, { name: capital, kind: 'place' });
}
for (const city of MAJOR_CITIES) {
  const known: KnownName = { name: city.name, kind: 'place' };
  add(city.name, known);
  for (const alt of city.altNames) add(alt, known);
}
for (const region of REGIONS) {
  const known: KnownName = { name: region.name, kind: 'place' };
  LAND_NAMES.add(nameKey(region.name));
  add(region.name, known);
  for (const alt of region.altNames) add(alt, known);
}
for (const record of [...INTERNATIONAL_ORGANIZATIONS, ...MEDIA_AND_COMPANIES]) {
  const known: KnownName = { name: record.name, kind: record.kind };
  add(record.name, known);
  for (const alt of record.altNames) add(alt, known);
}

/** The built-in entry a written name stands for, if any. */
export function lookupKnownName(written: string): Readonly<KnownName> | undefined {
  return lookupKnownKey(nameKey(written), written);
}

/** `lookupKnownName` for a caller that already holds `nameKey(written)`. */
export function lookupKnownKey(key: string, written: string): Readonly<KnownName> | undefined {
  const entry = KNOWN_NAMES.get(key);
  if (!entry) return undefined;
  if (entry.exactCase !== null && entry.exactCase !== written.replace(/’/g, "'")) return undefined;
  return entry.known;
}

/** A country's or a large region's own name (`Canada`, `Africa`), never a city's: bodies are named for these. */
export function isLandName(written: string): boolean {
  return LAND_NAMES.has(nameKey(written));
}

const PARTY_KEYS: ReadonlySet<string> = new Set(PARTY_WORDS.map(nameKey));

/** A party's member or adjective (`Republican`, `Democrat`, `Tory`): see PARTY_WORDS. */
export function isPartyWord(written: string): boolean {
  return PARTY_KEYS.has(nameKey(written));
}

/**
 * The country a nationality adjective belongs to: `Russian` -> `Russia`; an
 * empty string for nationality words without one country (`Arab`, `English`).
 */
export function countryOfDemonym(written: string): string | undefined {
  return DEMONYMS.get(nameKey(written));
}

const WORLD_CITIES: ReadonlySet<string> = new Set(WORLD_CITIES_TEXT.split('\n').map((name) => nameKey(name)));

/** Whether a written name is one of the world's larger cities that no other table holds: evidence for a place, not its identity. */
export function isWorldCity(written: string): boolean {
  return WORLD_CITIES.has(nameKey(written));
}
