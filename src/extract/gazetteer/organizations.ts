/**
 * International organizations, and companies and news outlets named often
 * enough that a single word (`Twitter`, `Reuters`) should be known without
 * context. Hand-kept; the first name is the canonical one.
 */
import type { EntityKind } from '../types.ts';

export interface KnownNameRecord {
  name: string;
  kind: EntityKind;
  altNames: readonly string[];
}

function org(name: string, ...altNames: string[]): KnownNameRecord {
  return { name, kind: 'organization', altNames };
}

function event(name: string, ...altNames: string[]): KnownNameRecord {
  return { name, kind: 'event', altNames };
}

export const INTERNATIONAL_ORGANIZATIONS: readonly KnownNameRecord[] = [
  org('United Nations', 'UN', 'U.N.'), org('UN Security Council', 'Security Council'),
  org('UN General Assembly', 'General Assembly'), org('NATO', 'Nato', 'North Atlantic Treaty Organization'),
  org('European Union', 'EU', 'E.U.'), org('European Commission'), org('European Parliament'),
  org('European Central Bank', 'ECB'), org('World Health Organization', 'WHO', 'World Health Organisation'),
  org('International Monetary Fund', 'IMF'), org('World Bank'), org('World Trade Organization', 'WTO'),
  org('International Atomic Energy Agency', 'IAEA'), org('International Criminal Court', 'ICC'),
  org('International Court of Justice', 'ICJ'), org('UNICEF', 'Unicef'), org('UNESCO', 'Unesco'),
  org('UNHCR'), org('World Food Programme', 'WFP'), org('Red Cross', 'International Committee of the Red Cross', 'ICRC'),
  org('African Union', 'AU'), org('Arab League'), org('ASEAN', 'Association of Southeast Asian Nations'),
  org('OPEC', 'Organization of the Petroleum Exporting Countries'), org('OECD'), org('Interpol'),
  org('Amnesty International'), org('Human Rights Watch'), org('Greenpeace'), org('Hamas'), org('Hezbollah'),
  org('Taliban'), org('Islamic State', 'ISIS', 'ISIL'), org('al-Qaeda', 'Al-Qaeda', 'al Qaeda'),
  org('Boko Haram'),
  // Legislatures and parties named by one word or by their members.
  org('Parliament'), org('Senate'), org('House of Commons'), org('House of Lords'),
  org('House of Representatives'), org('Conservative Party', 'Conservatives', 'Tories'),
  org('Labour Party', 'Labour'), org('Liberal Democrats', 'Lib Dems'), org('Scottish National Party', 'SNP'),
  org('Democratic Party', 'Democrats'), org('Republican Party', 'Republicans', 'GOP'), org('Kremlin'), org('White House'), org('Pentagon'), org('Congress'),
  org('Federal Reserve', 'Fed'), org('FBI'), org('CIA'), org('NASA'), org('Supreme Court'),
  org('Centers for Disease Control and Prevention', 'CDC', 'Centers for Disease Control'),
  org('Food and Drug Administration', 'FDA'),
  // Police forces whose names read like a rank and a word (`Garda`) or an acronym.
  org('An Garda Síochána', 'Garda Síochána', 'An Garda Siochana', 'Garda Siochana'),
  org('Police Service of Northern Ireland', 'PSNI'),
  event('G20', 'G-20', 'Group of 20'), event('G7', 'G-7', 'Group of Seven'),
  event('Olympics', 'Olympic Games'), event('World Cup'), event('Brexit'),
];

export const MEDIA_AND_COMPANIES: readonly KnownNameRecord[] = [
  org('Associated Press', 'AP'), org('Reuters'), org('Agence France-Presse', 'AFP'), org('Bloomberg'),
  org('Getty Images', 'Getty'), org('BBC'), org('CNN'), org('ITV'), org('Sky News'), org('Fox News'),
  org('NBC'), org('CBS'), org('ABC'), org('MSNBC'), org('NPR'), org('Al Jazeera'), org('Xinhua'), org('Yonhap'),
  org('Kyodo'), org('TASS', 'Tass'), org('RIA Novosti'), org('Euronews'), org('Deutsche Welle'),
  org('The New York Times', 'New York Times'), org('The Washington Post', 'Washington Post'),
  org('The Wall Street Journal', 'Wall Street Journal', 'WSJ'), org('Financial Times'), org('The Guardian'),
  org('The Times'), org('The Daily Telegraph', 'Daily Telegraph', 'The Telegraph'), org('Daily Mail'),
  org('The Economist'), org('Politico'), org('Axios'),
  org('Twitter'), org('Facebook'), org('Instagram'), org('WhatsApp'), org('YouTube'), org('TikTok'),
  org('Reddit'), org('LinkedIn'), org('Snapchat'), org('Pinterest'), org('Bluesky'), org('Spotify'), org('Zoom'),
  org('Google'), org('Alphabet'), org('Apple'), org('Microsoft'), org('Amazon'), org('Meta'), org('Netflix'),
  org('Tesla'), org('SpaceX'), org('OpenAI'), org('Nvidia'), org('Samsung'), org('Huawei'), org('Alibaba'),
  org('Tencent'), org('Sony'), org('Toyota'), org('Volkswagen'), org('Boeing'), org('Airbus'),
  org('Gazprom'), org('Rosneft'), org('Aramco'), org('ExxonMobil', 'Exxon'), org('Shell'), org('BP'),
  org('Goldman Sachs'), org('JPMorgan', 'JP Morgan'), org('Walmart'), org('Disney'), org('Uber'),
  org('Delta Air Lines', 'Delta'), org('American Airlines'), org('United Airlines'), org('Lufthansa'),
  org('Ryanair'), org('easyJet'),
];
