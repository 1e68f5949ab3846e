/**
 * Regions, peninsulas, seas and other named areas larger or looser than a
 * state. `shortNames` are written forms that only count after `the`
 * (`the Gulf`, `the North`), kept apart because alone they are ordinary words.
 */
export interface RegionRecord {
  name: string;
  altNames: readonly string[];
}

function region(name: string, ...altNames: string[]): RegionRecord {
  return { name, altNames };
}

export const REGIONS: readonly RegionRecord[] = [
  region('Korean Peninsula'), region('Middle East'), region('Near East'), region('Far East'),
  region('Persian Gulf', 'Gulf'), region('Arabian Peninsula'), region('Balkans'), region('Caucasus'),
  region('Crimea'), region('Donbas', 'Donbass'), region('Kashmir'), region('Tibet'), region('Xinjiang'),
  region('Siberia'), region('Scandinavia'), region('Europe'), region('Asia'), region('Africa'),
  region('North America'), region('South America'), region('Latin America'), region('Central America'),
  region('Caribbean'), region('Antarctica'), region('Arctic'), region('Sahel'), region('Sahara'),
  region('West Bank'), region('Gaza Strip', 'Gaza'), region('Golan Heights'), region('Kurdistan'),
  region('Pacific', 'Pacific Ocean'), region('Atlantic', 'Atlantic Ocean'), region('Indian Ocean'),
  region('Mediterranean', 'Mediterranean Sea'), region('South China Sea'), region('East China Sea'),
  region('Black Sea'), region('Baltic', 'Baltic Sea'), region('Red Sea'), region('North Sea'),
  region('Taiwan Strait'), region('Strait of Hormuz'), region('Horn of Africa'), region('Southeast Asia'),
  region('East Asia'), region('Central Asia'), region('South Asia'), region('Eastern Europe'),
  region('Western Europe'), region('Asia-Pacific'), region('Indo-Pacific'), region('Midwest'),
  region('New England'), region('Northern Ireland'), region('England'), region('Scotland'), region('Wales'),
  region('Bavaria'), region('Catalonia'), region('Quebec', 'Que.'), region('Ontario', 'Ont.'), region('British Columbia', 'B.C.'),
  region('Alberta', 'Alta.'), region('Punjab'), region('Kerala'), region('Hokkaido'), region('Okinawa'),
  region('Siberia'), region('Chechnya'), region('Darfur'), region('Tigray'),
  // Australian states, often written by their capitals-only short forms.
  region('New South Wales', 'NSW'), region('Queensland', 'QLD', 'Qld'), region('Tasmania'), region('Western Australia'),
  region('South Australia'), region('Northern Territory'),
  // Canadian provinces and territories, with their postal-style abbreviations.
  region('Nova Scotia', 'N.S.'), region('New Brunswick', 'N.B.'), region('Manitoba', 'Man.'),
  region('Saskatchewan', 'Sask.'), region('Newfoundland and Labrador', 'Newfoundland', 'N.L.', 'Nfld.'),
  region('Prince Edward Island', 'P.E.I.', 'PEI'), region('Yukon'), region('Nunavut'),
  region('Northwest Territories', 'N.W.T.'),
  // States of India.
  region('Andhra Pradesh'), region('Arunachal Pradesh'), region('Assam'), region('Bihar'), region('Chhattisgarh'),
  region('Goa'), region('Gujarat'), region('Haryana'), region('Himachal Pradesh'), region('Jharkhand'),
  region('Karnataka'), region('Madhya Pradesh'), region('Maharashtra'), region('Manipur'), region('Meghalaya'),
  region('Mizoram'), region('Nagaland'), region('Odisha'), region('Rajasthan'), region('Sikkim'),
  region('Tamil Nadu'), region('Telangana'), region('Tripura'), region('Uttar Pradesh'), region('Uttarakhand'),
  region('West Bengal'),
  // Provinces of South Africa.
  region('Gauteng'), region('KwaZulu-Natal'), region('Western Cape'), region('Eastern Cape'),
  region('Northern Cape'), region('Free State'), region('Limpopo'), region('Mpumalanga'),
  // Regions of New Zealand.
  region('Canterbury'), region('Waikato'), region('Otago'), region('Southland'), region('Northland'),
  region('Taranaki'), region("Hawke's Bay"), region('Bay of Plenty'),
  // Counties of England.
  region('Kent'), region('Essex'), region('Surrey'), region('Sussex'), region('East Sussex'), region('West Sussex'),
  region('Devon'), region('Cornwall'), region('Dorset'), region('Somerset'), region('Norfolk'), region('Suffolk'),
  region('Cumbria'), region('Northumberland'), region('Merseyside'), region('Greater Manchester'),
  region('Yorkshire'), region('North Yorkshire'), region('West Yorkshire'), region('South Yorkshire'),
  region('Lancashire'), region('Cheshire'), region('Derbyshire'), region('Nottinghamshire'), region('Lincolnshire'),
  region('Leicestershire'), region('Warwickshire'), region('Oxfordshire'), region('Berkshire'), region('Hampshire'),
  region('Wiltshire'), region('Gloucestershire'), region('Worcestershire'), region('Herefordshire'),
  region('Shropshire'), region('Staffordshire'), region('Northamptonshire'), region('Cambridgeshire'),
  region('Hertfordshire'), region('Bedfordshire'), region('Buckinghamshire'),
];
