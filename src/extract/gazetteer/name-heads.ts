/**
 * Head words that make a capitalized run a place or an event. Lowercase.
 * Organization heads live in ../lexicon/org-suffixes.ts.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'county', 'province', 'prefecture', 'district', 'borough', 'region', 'territory', 'oblast', 'shire',
  'city', 'town', 'village', 'valley', 'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'straits',
  'channel', 'coast', 'peninsula', 'island', 'islands', 'isles', 'mountain', 'mountains', 'mount', 'hills',
  'hill', 'heights', 'desert', 'forest', 'beach', 'canyon', 'falls',
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'walk', 'way', 'drive', 'boulevard', 'square',
  'place', 'crescent', 'close', 'terrace', 'row', 'gardens', 'park', 'bridge', 'highway', 'motorway',
  'interstate', 'route', 'airport', 'station', 'stadium', 'arena', 'harbour', 'harbor', 'port', 'plaza',
  'moor', 'moors', 'heath', 'vale', 'green', 'downs', 'ridge', 'quay', 'wharf', 'stand',
  'parade', 'quarter', 'estate', 'mews', 'promenade', 'grove', 'croft',
  // Buildings of worship are places like stadiums and stations: `Christ Church Cathedral`, `Al-Noor Mosque`.
  'cathedral', 'mosque', 'temple', 'synagogue', 'chapel', 'basilica', 'abbey', 'shrine', 'monastery',
]);

/** Place heads that are also common surnames: after a given name they are a person's (`Damon Hill`, `Eva Green`). */
export const SURNAME_PLACE_HEADS: ReadonlySet<string> = new Set(['grove', 'croft', 'hill', 'green', 'heath', 'bridge', 'park', 'lane', 'ridge', 'moor', 'vale', 'way', 'row', 'close', 'place', 'temple', 'chapel', 'abbey']);

/** Place heads written before their name: `Mount Everest`, `Lake Geneva`, `Highway 89`. */
export const PLACE_PREFIX_HEADS: ReadonlySet<string> = new Set([
  'mount', 'mt', 'lake', 'highway', 'route', 'interstate', 'cape', 'fort', 'port', 'isle', 'gulf', 'bay',
  // Irish counties: `County Kerry`.
  'county',
]);

/** Head words numbered after them that name a part of a place: `District 12`, `Ward 3`, `Zone 4`. */
export const NUMBERED_PLACE_HEADS: ReadonlySet<string> = new Set(['district', 'ward', 'zone', 'sector', 'precinct']);

/** Head words numbered after them that name a broadcaster: `Channel 4`, `Radio 2`. */
export const NUMBERED_OUTLET_HEADS: ReadonlySet<string> = new Set(['channel', 'radio', 'tv']);

export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'summit', 'olympics', 'games', 'cup', 'league', 'championship', 'championships', 'tournament', 'festival', 'expo',
  'conference', 'forum', 'war', 'election', 'elections', 'referendum', 'marathon', 'awards', 'prix', 'open',
  'fire', 'hurricane', 'storm', 'earthquake', 'revolution', 'crisis', 'operation',
]);

/** Event heads written before their name: `Operation Meerkat`, `Hurricane Katrina`. */
export const EVENT_PREFIX_HEADS: ReadonlySet<string> = new Set(['operation', 'hurricane', 'storm', 'typhoon', 'cyclone']);
