import { findDateline, isKnownPlace } from './dateline.ts';

const HEADLINE_MAX = 200;
/** A story's opening sentence is longer than this; a headline ending in a place abbreviation is not. */
const ABBREVIATED_HEADLINE_MAX = 100;
/** A headline may end in ? or ! or a quote mark, but a full stop ends a sentence of the story. */
const ENDS_WITH_FULL_STOP = /\.[”’"')\]]*$/u;
/** US state and Canadian province abbreviations, as headlines put them after a town ("Swan Hills, Alta."). */
const PLACE_ABBREVIATIONS = [
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa',
  'R.I', 'S.C', 'S.D', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'W.Va', 'Wis', 'Wyo', 'D.C', 'Alta', 'B.C', 'Man', 'Sask',
  'Ont', 'Que', 'N.S', 'N.B', 'P.E.I', 'Nfld',
];
/** The full stop of a place abbreviation after a comma belongs to the abbreviation, not to a sentence. */
const ENDS_WITH_PLACE_ABBREVIATION = new RegExp(
  `,\\s+(?:${PLACE_ABBREVIATIONS.map((abbreviation) => abbreviation.replaceAll('.', '\\.')).join('|')})\\.$`,
  'u',
);

/** What ends a sentence of the story: a dateline paragraph goes on to one. */
const ENDS_LIKE_A_SENTENCE = /[.!?][”’"')\]]*$/u;

/**
 * `DSPHCDA: Rumour of … in Nigeria`: a headline may open with an acronym and
 * a colon, which reads like a capitals dateline (`MOSCOW: …`); it is not one
 * when the word is no place the gazetteer knows and no sentence follows.
 */
function opensWithDateline(line: string): boolean {
  const dateline = findDateline(line);
  if (dateline === null) return false;
  return !(dateline.rule === 'place-colon' && !ENDS_LIKE_A_SENTENCE.test(dateline.rest) && !dateline.places.some(isKnownPlace));
}

/**
 * Whether the first line of article text is a headline: short, more than one
 * word, not a finished sentence and not a paragraph that opens with a dateline.
 */
export function looksLikeHeadline(line: string): boolean {
  return (
    line.length <= HEADLINE_MAX &&
    line.trim().split(/\s+/u).length >= 2 &&
    (!ENDS_WITH_FULL_STOP.test(line) ||
      (line.length <= ABBREVIATED_HEADLINE_MAX && ENDS_WITH_PLACE_ABBREVIATION.test(line))) &&
    !opensWithDateline(line)
  );
}
