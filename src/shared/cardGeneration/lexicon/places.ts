import { countries } from 'countries-list';

/** What kind of place a gazetteer name is; the cloze hint says it ("[...] (city)"). */
/** 'place' for a name that is two kinds of place ("Georgia", the state and the country): a specific hint would be wrong half the time. */
export type PlaceKind = 'country' | 'city' | 'region' | 'state' | 'place';

/**
 * Countries by name and by the aliases people use ("America", "Czechia"),
 * from the `countries-list` package (MIT; ISO 3166-1 with names, aliases
 * and capitals); two- and three-letter codes stay out (they are acronyms),
 * and the old names of history and the home nations are added.
 */
const COUNTRY_NAMES = [
  ...Object.values(countries).flatMap((country) => [country.name, ...(country.alias ?? [])]).filter((name) => !/^[A-Z]{2,3}$/u.test(name)),
  ...('Britain|Great Britain|England|Scotland|Wales|Holland|Prussia|Persia|Soviet Union|Yugoslavia|Czechoslovakia|Ottoman Empire|Austria-Hungary').split('|'),
];

/** Every name and alias of a country (lower case) → the country's common name: "america", "usa", "u.s." → "United States". */
const CANONICAL_COUNTRY = new Map<string, string>(
  Object.values(countries).flatMap((country) => [country.name, ...(country.alias ?? [])].map((name) => [name.toLowerCase().replace(/\./gu, ''), country.name] as const)),
);
/** Words after a country's name that still speak of the country itself: "the U.S. Government", "the U.S. Embassy". */
const OF_THE_STATE = /\s+(?:government|embassy|embassies|administration|people)$/iu;

/**
 * The country a name stands for, whatever form it takes: "U.S.", "the United
 * States", "America", "Americans", "the U.S. Government" → "United States";
 * undefined for anything else. Demonyms are read back to their country
 * ("Russians" → Russia, "Ukrainian" → Ukraine).
 */
export function countryMeant(name: string): string | undefined {
  // Initials with their dots gone or turned to spaces ("U.S.", "u s") are read as one word ("us").
  const bare = name.replace(/^the\s+/iu, '').replace(OF_THE_STATE, '').replace(/\./gu, '').trim().toLowerCase().replace(/\b(\p{L}) (?=\p{L}\b)/gu, '$1');
  const stems = [bare, bare.replace(/s$/u, ''), bare.replace(/ns?$/u, ''), bare.replace(/ians?$/u, 'ia'), bare.replace(/ians?$/u, 'e'), bare.replace(/ians?$/u, 'a'), bare.replace(/ese$/u, '')];
  for (const stem of stems) {
    const country = CANONICAL_COUNTRY.get(stem);
    if (country) return country;
  }
  return undefined;
}

/** Countries' short forms in capitals ("DRC", "UAE", "UK", "DPRK"), from the same aliases. */
const COUNTRY_ACRONYMS = new Set(Object.values(countries).flatMap((country) => (country.alias ?? []).filter((name) => /^[A-Z]{2,4}$/u.test(name))));

/** Whether an acronym is a country's ("DRC" is the Democratic Republic of the Congo, not an organisation). */
export function isCountryAcronym(text: string): boolean {
  return COUNTRY_ACRONYMS.has(text.replace(/\./gu, ''));
}

/** A state's formal name around a country's: "Republic of Guinea", "Kingdom of Spain", "the Democratic Republic of the Congo". */
const FORMAL_STATE = /^(?:(?:democratic|people['’]s|federal|islamic|arab|socialist|united|cooperative) )*(?:republic|kingdom|federation|commonwealth|principality|sultanate|emirate|grand duchy) of (?:the )?(.+)$/iu;

/** Whether a name is a country's formal name ("Republic of Guinea"). */
export function isFormalCountryName(name: string): boolean {
  const country = FORMAL_STATE.exec(name.replace(/\s+/gu, ' ').trim())?.[1];
  return !!country && placeKind(country) === 'country';
}

/** Capitals that are also people's names or words ("Victoria", "Male", "The Valley"): hinted "(city)" only from the list below. */
const AMBIGUOUS_CAPITALS = new Set(['victoria', 'kingston', 'hamilton', 'santiago', 'male', 'the valley', 'george town', 'georgetown', 'washington d.c.', 'road town', 'west island']);
const CAPITALS = Object.values(countries)
  .map((country) => country.capital)
  .filter((capital) => capital && !AMBIGUOUS_CAPITALS.has(capital.toLowerCase()));

const CITIES =
  'Minsk|Moscow|Kyiv|Kiev|Astana|Nur-Sultan|Almaty|Bishkek|Dushanbe|Yerevan|Tashkent|Ashgabat|Baku|Tbilisi|Chisinau|Beijing|Shanghai|Hong Kong|Tokyo|Delhi|New Delhi|Mumbai|Kabul|Tehran|Baghdad|Damascus|Ankara|Istanbul|Cairo|Riyadh|Dubai|Abu Dhabi|Doha|Jerusalem|Tel Aviv|Beirut|Amman|Islamabad|Karachi|Dhaka|Bangkok|Hanoi|Seoul|Pyongyang|Manila|Jakarta|Kuala Lumpur|Sydney|Canberra|Melbourne|Wellington|London|Paris|Berlin|Vienna|Rome|Madrid|Lisbon|Brussels|Amsterdam|The Hague|Geneva|Bern|Zurich|Stockholm|Oslo|Copenhagen|Helsinki|Warsaw|Prague|Budapest|Bucharest|Sofia|Belgrade|Zagreb|Athens|Riga|Vilnius|Tallinn|Dublin|Edinburgh|Washington|Washington, D.C.|Washington D.C.|New York|Los Angeles|Chicago|Ottawa|Toronto|Mexico City|Havana|Brasilia|Buenos Aires|Lima|Bogota|Caracas|Santiago|Nairobi|Addis Ababa|Lagos|Abuja|Johannesburg|Pretoria|Cape Town|' +
  'St. Petersburg|Saint Petersburg|Petersburg|Smolensk|Vitebsk|Mozhaysk|Borodino|Austerlitz|Tilsit|Vyazma|Kazan|Novosibirsk|Vladivostok|Sochi|Murmansk|Kaliningrad|Volgograd|Stalingrad|Sevastopol|Odessa|Kharkiv|Brest|Gomel|Grodno|Mogilev|Osh|Khujand|Shymkent|Karaganda|Genoa|Lucca|Venice|Naples|Milan|Florence|Munich|Hamburg|Frankfurt|Dresden|Marseille|Lyon';

const REGIONS =
  'Europe|Asia|Africa|North America|South America|Latin America|Middle East|Central Asia|Eurasia|Caucasus|Balkans|Scandinavia|Siberia|Crimea|Donbas|Arctic|Antarctica|Mediterranean|Pacific|Atlantic|Baltic|Sahel|Gulf|' +
  'Southeast Asia|South Asia|East Asia|Asia Pacific|Asia-Pacific|Gulf Coast|West Coast|East Coast|Pacific Northwest|Midwest|New England|Sub-Saharan Africa|West Africa|East Africa|North Africa|Horn of Africa|Persian Gulf|Western Europe|Eastern Europe|Central America|Caribbean|Oceania';

/** The states of the United States (Washington stays a city, the name it is known by abroad; Georgia is both a state and a country: see the gazetteer). */
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming';

/**
 * The states' abbreviations in news style ("Detroit, Mich."): part of an
 * address, never an answer of their own.
 */
const US_STATE_ABBREVIATIONS = new Set(
  'Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Kans.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|Mont.|Neb.|Nebr.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Vt.|Va.|Wash.|W.Va.|Wis.|Wisc.|Wyo.'
    .split('|')
    .map((abbreviation) => abbreviation.toLowerCase()),
);

/** Whether a word is a state's news-style abbreviation, with or without its final period ("Mass", "Mass."). */
export function isStateAbbreviation(word: string): boolean {
  const lower = word.trim().toLowerCase();
  return US_STATE_ABBREVIATIONS.has(lower) || US_STATE_ABBREVIATIONS.has(`${lower}.`);
}

const GAZETTEER = new Map<string, PlaceKind>([
  ...US_STATES.split('|').map((name) => [name.toLowerCase(), 'state'] as const),
  ...CAPITALS.map((name) => [name.toLowerCase(), 'city'] as const),
  ...COUNTRY_NAMES.map((name) => [name.toLowerCase(), 'country'] as const),
  ...CITIES.split('|').map((name) => [name.toLowerCase(), 'city'] as const),
  ...REGIONS.split('|').map((name) => [name.toLowerCase(), 'region'] as const),
  ['georgia', 'place'],
]);

/**
 * The kind of a well-known place, or undefined. A gazetteer of countries
 * and capitals (countries-list) with large cities and regions: wink's model has no
 * location entities, and the hint "(city)" or "(country)" makes a better
 * blank than "(place)".
 */
export function placeKind(name: string): PlaceKind | undefined {
  return GAZETTEER.get(name.replace(/\s+/g, ' ').replace(/ ,/g, ',').toLowerCase());
}
