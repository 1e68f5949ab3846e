import countries from 'world-countries';

/**
 * Places a dateline may name without being in capitals: every country's
 * common and official name and its capital(s), lower-cased. Only used to
 * accept `Moscow:` or `Kyiv —`; unknown places still work in the
 * `LONDON (Reuters) -` and `Moscow/Xiamen:` forms.
 */
function gazetteer(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const country of countries) {
    names.add(country.name.common.toLowerCase());
    names.add(country.name.official.toLowerCase());
    for (const capital of country.capital) {
      names.add(capital.toLowerCase());
      // Datelines write `WASHINGTON`, not `Washington D.C.`.
      names.add(capital.replace(/,?\s+D\.C\.$/u, '').toLowerCase());
    }
  }
  return names;
}

const KNOWN_PLACES = gazetteer();

export function isKnownPlace(name: string): boolean {
  return KNOWN_PLACES.has(name.toLowerCase());
}
