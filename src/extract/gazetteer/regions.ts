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
  region('Bavaria'), region('Catalonia'), region('Quebec'), region('Ontario'), region('British Columbia'),
  region('Alberta'), region('Punjab'), region('Kerala'), region('Hokkaido'), region('Okinawa'),
  region('Siberia'), region('Chechnya'), region('Darfur'), region('Tigray'),
  // Australian states, often written by their capitals-only short forms.
  region('New South Wales', 'NSW'), region('Queensland', 'QLD', 'Qld'), region('Tasmania'), region('Western Australia'),
  region('South Australia'), region('Northern Territory'),
];
