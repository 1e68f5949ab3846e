/**
 * Countries with their common, official and alternative names and their
 * demonyms. The data comes from the `world-countries` npm package (mledoze/
 * countries, ODbL); this module only picks the English fields and adds the
 * few everyday names it lacks (`Britain`, `America`, `U.S.`).
 */
import countries from 'world-countries';

export interface CountryRecord {
  /** The everyday English name: `North Korea`, `United States`, `Russia`. */
  name: string;
  /** Every other way an English text names it: `Russian Federation`, `USA`, `DPRK`. */
  altNames: string[];
  /** Adjectives and nationality nouns: `Russian`, `North Korean`. Not entities themselves. */
  demonyms: string[];
  capitals: string[];
}

/** Names the package lacks or leaves out; keyed by cca2. */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'U.S.A.', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  KR: ['Republic of Korea'],
  KP: ['DPRK'],
  CN: ["People's Republic of China", 'PRC'],
  AE: ['UAE', 'U.A.E.'],
  NL: ['Holland'],
  CZ: ['Czech Republic'],
  CD: ['DR Congo', 'DRC'],
  VA: ['Vatican'],
};

/** Two-letter codes read as words too often (`IN`, `IT`, `ME`) to be names; only these stay. */
const SHORT_NAMES_KEPT: ReadonlySet<string> = new Set(['US', 'UK']);

/** Names in altSpellings that are not country names in English news. */
function isUsableAltName(name: string): boolean {
  if (name.length <= 2 && !SHORT_NAMES_KEPT.has(name)) return false;
  if (name.includes(',')) return false;
  // Native-script and transliterated names: keep plain Latin letters and common punctuation only.
  return /^[A-Z][A-Za-z .'’&-]*$/.test(name);
}

export const COUNTRIES: readonly CountryRecord[] = countries.map((country) => {
  const demonyms = country.demonyms?.eng ? [...new Set([country.demonyms.eng.m, country.demonyms.eng.f])] : [];
  const altNames = [country.name.official, ...country.altSpellings, ...(EXTRA_NAMES[country.cca2] ?? [])]
    .filter(isUsableAltName)
    .filter((name) => name !== country.name.common);
  return {
    name: country.name.common,
    altNames: [...new Set(altNames)],
    demonyms: demonyms.filter((demonym) => demonym !== ''),
    capitals: country.capital ?? [],
  };
});
