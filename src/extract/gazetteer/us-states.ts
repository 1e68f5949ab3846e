/** US states with their postal codes and the AP-style abbreviations news text uses (`Calif.`). */
export interface UsState {
  name: string;
  /** Written forms besides the name. Two-letter postal codes are left out: `IN`, `OR`, `ME` are words. */
  altNames: readonly string[];
}

function state(name: string, ...altNames: string[]): UsState {
  return { name, altNames };
}

export const US_STATES: readonly UsState[] = [
  state('Alabama', 'Ala.'), state('Alaska'), state('Arizona', 'Ariz.'), state('Arkansas', 'Ark.'),
  state('California', 'Calif.'), state('Colorado', 'Colo.'), state('Connecticut', 'Conn.'),
  state('Delaware', 'Del.'), state('Florida', 'Fla.'), state('Georgia', 'Ga.'), state('Hawaii'),
  state('Idaho'), state('Illinois', 'Ill.'), state('Indiana', 'Ind.'), state('Iowa'), state('Kansas', 'Kan.'),
  state('Kentucky', 'Ky.'), state('Louisiana', 'La.'), state('Maine'), state('Maryland', 'Md.'),
  state('Massachusetts', 'Mass.'), state('Michigan', 'Mich.'), state('Minnesota', 'Minn.'),
  state('Mississippi', 'Miss.'), state('Missouri', 'Mo.'), state('Montana', 'Mont.'), state('Nebraska', 'Neb.'),
  state('Nevada', 'Nev.'), state('New Hampshire', 'N.H.'), state('New Jersey', 'N.J.'),
  state('New Mexico', 'N.M.'), state('New York', 'N.Y.'), state('North Carolina', 'N.C.'),
  state('North Dakota', 'N.D.'), state('Ohio'), state('Oklahoma', 'Okla.'), state('Oregon', 'Ore.'),
  state('Pennsylvania', 'Pa.'), state('Rhode Island', 'R.I.'), state('South Carolina', 'S.C.'),
  state('South Dakota', 'S.D.'), state('Tennessee', 'Tenn.'), state('Texas', 'Tex.'), state('Utah'),
  state('Vermont', 'Vt.'), state('Virginia', 'Va.'), state('Washington', 'Wash.'),
  state('West Virginia', 'W.Va.'), state('Wisconsin', 'Wis.'), state('Wyoming', 'Wyo.'),
  state('District of Columbia', 'D.C.', 'DC', 'Washington D.C.', 'Washington, D.C.'),
];
