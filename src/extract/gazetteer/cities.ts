/**
 * Major world cities beyond the national capitals (which come from the
 * country data), with the short forms news text uses. Hand-kept: add a row
 * when a city is missed; a city is a place only when capitalized as a name.
 */
export interface CityRecord {
  name: string;
  altNames: readonly string[];
}

function city(name: string, ...altNames: string[]): CityRecord {
  return { name, altNames };
}

export const MAJOR_CITIES: readonly CityRecord[] = [
  // United States.
  city('New York City', 'NYC'), city('Los Angeles', 'LA', 'L.A.'), city('Chicago'), city('Houston'),
  city('Phoenix'), city('Philadelphia'), city('San Antonio'), city('San Diego'), city('Dallas'),
  city('San Jose'), city('Austin'), city('Jacksonville'), city('San Francisco'), city('Seattle'),
  city('Denver'), city('Boston'), city('Detroit'), city('Nashville'), city('Memphis'), city('Portland'),
  city('Las Vegas'), city('Baltimore'), city('Milwaukee'), city('Atlanta'), city('Miami'), city('Orlando'),
  city('Tampa'), city('Minneapolis'), city('Cleveland'), city('Pittsburgh'), city('Cincinnati'),
  city('St. Louis'), city('Kansas City'), city('New Orleans'), city('Sacramento'), city('Salt Lake City'),
  city('Honolulu'), city('Anchorage'), city('Hollywood'), city('Brooklyn'), city('Manhattan'),
  city('Silicon Valley'), city('Albuquerque'), city('Tucson'), city('Omaha'), city('Raleigh'),
  city('Charlotte'), city('Indianapolis'), city('Columbus'), city('Oklahoma City'), city('Louisville'),
  city('Newark'), city('Buffalo'), city('Richmond'), city('Fort Worth'), city('El Paso'),
  // Canada, Latin America.
  city('Toronto'), city('Montreal'), city('Vancouver'), city('Calgary'), city('Sao Paulo', 'São Paulo'),
  city('Rio de Janeiro', 'Rio'), city('Guadalajara'), city('Monterrey'), city('Medellin', 'Medellín'),
  // Europe.
  city('Manchester'), city('Birmingham'), city('Liverpool'), city('Leeds'), city('Glasgow'), city('Edinburgh'),
  city('Bristol'), city('Cardiff'), city('Belfast'), city('Oxford'), city('Cambridge'), city('Newcastle'),
  city('Sheffield'), city('Nottingham'), city('Leicester'), city('Brighton'), city('Southampton'),
  city('Milan'), city('Naples'), city('Turin'), city('Florence'), city('Venice'), city('Barcelona'),
  city('Seville'), city('Valencia'), city('Munich'), city('Hamburg'), city('Frankfurt'), city('Cologne'),
  city('Marseille'), city('Lyon'), city('Geneva'), city('Zurich'), city('Rotterdam'), city('Antwerp'),
  city('St Petersburg', 'St. Petersburg', 'Saint Petersburg'), city('Istanbul'), city('Davos'),
  city('Strasbourg'), city('Salzburg'), city('Krakow', 'Kraków'), city('Gdansk'), city('Odesa', 'Odessa'),
  city('Kharkiv'), city('Lviv'),
  // Asia and Oceania.
  city('Shanghai'), city('Hong Kong'), city('Shenzhen'), city('Guangzhou'), city('Wuhan'), city('Chengdu'),
  city('Chongqing'), city('Tianjin'), city('Xiamen'), city('Hangzhou'), city('Nanjing'), city('Dalian'),
  city('Macau', 'Macao'), city('Osaka'), city('Kyoto'), city('Yokohama'), city('Hiroshima'), city('Nagasaki'),
  city('Busan'), city('Incheon'), city('Vladivostok'), city('Mumbai', 'Bombay'), city('Kolkata', 'Calcutta'),
  city('Chennai'), city('Bangalore', 'Bengaluru'), city('Hyderabad'), city('Karachi'), city('Lahore'),
  city('Dubai'), city('Jeddah'), city('Mecca'), city('Jerusalem'), city('Tel Aviv'), city('Gaza City'),
  city('Aleppo'), city('Mosul'), city('Basra'), city('Ho Chi Minh City', 'Saigon'), city('Sydney'),
  city('Melbourne'), city('Brisbane'), city('Perth'), city('Auckland'),
  // Africa.
  city('Lagos'), city('Kano'), city('Johannesburg'), city('Cape Town'), city('Durban'), city('Alexandria'),
  city('Casablanca'), city('Mombasa'), city('Benghazi'),
];
