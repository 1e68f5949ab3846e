/**
 * Party words: a member or an adjective of a political party. After a place
 * they describe someone (`a New Hampshire Republican`, `the Texas Democrat`);
 * a place with a nationality word may name a body (`China Eastern`, `London
 * Irish`), a place with a party word never does.
 */
export const PARTY_WORDS: readonly string[] = ['Republican', 'Democrat', 'Democratic', 'Tory', 'Conservative', 'Liberal', 'Socialist', 'Communist'];

/**
 * Adjectives and group nouns for nations, languages, regions, faiths and
 * parties that the country data does not list as demonyms. Like demonyms they
 * describe an entity (`English`, `Arab`) and are never entities themselves.
 */
export const NATIONALITY_WORDS: readonly string[] = [
  'English', 'Scottish', 'Welsh', 'Northern Irish', 'Arab', 'Arabic', 'Persian', 'Kurdish', 'Mandarin',
  'Cantonese', 'Hindi', 'Urdu', 'Tamil', 'Hebrew', 'Latino', 'Latina', 'Hispanic', 'European', 'African',
  'Asian', 'Western', 'Eastern', 'Northern', 'Southern', 'Muslim', 'Christian', 'Jewish', 'Catholic',
  'Protestant', 'Orthodox', 'Sunni', 'Shia', 'Shiite', 'Hindu', 'Buddhist', 'Sikh', 'Soviet', 'Yankee',
  'Nigerians', 'Americans', 'Britons', 'Russians', 'Iowans', 'Texans', 'Californians', 'Londoners',
  'Europeans', 'Africans', 'Asians', 'Arabs', 'Muslims', 'Christians', 'Jews', 'Catholics', ...PARTY_WORDS,
];

/**
 * Nouns for a person of a nation that differ from the adjective the country
 * data lists (`the Swede`, `a Spaniard`, `the Dutchman`): like demonyms they
 * describe somebody and are never a name. Mapped to the country's name as the
 * country data spells it, or '' for nations without one country.
 */
export const NATIONALITY_NOUNS: Readonly<Record<string, string>> = {
  Swede: 'Sweden', Swedes: 'Sweden', Dane: 'Denmark', Danes: 'Denmark', Finns: 'Finland', Pole: 'Poland',
  Poles: 'Poland', Spaniard: 'Spain', Spaniards: 'Spain', Turk: 'Türkiye', Turks: 'Türkiye',
  Frenchman: 'France', Frenchwoman: 'France', Frenchmen: 'France', Dutchman: 'Netherlands', Dutchwoman: 'Netherlands',
  Irishman: 'Ireland', Irishwoman: 'Ireland', Brit: 'United Kingdom', Brits: 'United Kingdom',
  Briton: 'United Kingdom', Kiwi: 'New Zealand', Kiwis: 'New Zealand', Aussie: 'Australia', Aussies: 'Australia',
  Serb: 'Serbia', Serbs: 'Serbia', Croat: 'Croatia', Croats: 'Croatia', Slovene: 'Slovenia', Icelander: 'Iceland',
  Norwegians: 'Norway', Australians: 'Australia', Germans: 'Germany', Italians: 'Italy', Canadians: 'Canada',
  Ukrainians: 'Ukraine', Israelis: 'Israel', Palestinians: 'Palestine', Chinese: 'China',
  Englishman: '', Englishwoman: '', Scot: '', Scots: '', Scotsman: '', Scotswoman: '', Welshman: '', Welshwoman: '',
};
