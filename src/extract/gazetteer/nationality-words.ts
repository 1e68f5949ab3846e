/**
 * Adjectives and group nouns for nations, languages, regions and faiths that
 * the country data does not list as demonyms. Like demonyms they describe an
 * entity (`English`, `Arab`) and are never entities themselves.
 */
export const NATIONALITY_WORDS: readonly string[] = [
  'English', 'Scottish', 'Welsh', 'Northern Irish', 'Arab', 'Arabic', 'Persian', 'Kurdish', 'Mandarin',
  'Cantonese', 'Hindi', 'Urdu', 'Tamil', 'Hebrew', 'Latino', 'Latina', 'Hispanic', 'European', 'African',
  'Asian', 'Western', 'Eastern', 'Northern', 'Southern', 'Muslim', 'Christian', 'Jewish', 'Catholic',
  'Protestant', 'Orthodox', 'Sunni', 'Shia', 'Shiite', 'Hindu', 'Buddhist', 'Sikh', 'Soviet', 'Yankee',
  'Nigerians', 'Americans', 'Britons', 'Russians', 'Iowans', 'Texans', 'Californians', 'Londoners',
  'Europeans', 'Africans', 'Asians', 'Arabs', 'Muslims', 'Christians', 'Jews', 'Catholics', 'Republican',
  'Democratic', 'Tory', 'Conservative', 'Liberal', 'Socialist', 'Communist',
];
