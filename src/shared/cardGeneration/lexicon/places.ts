/** What kind of place a gazetteer name is; the cloze hint says it ("[...] (city)"). */
export type PlaceKind = 'country' | 'city' | 'region' | 'state';

const COUNTRIES =
  'Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|United States of America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|' +
  'Britain|Great Britain|England|Scotland|Wales|Holland|Prussia|Persia|Soviet Union|Yugoslavia|Czechoslovakia|Ottoman Empire|Austria-Hungary';

const CITIES =
  'Minsk|Moscow|Kyiv|Kiev|Astana|Nur-Sultan|Almaty|Bishkek|Dushanbe|Yerevan|Tashkent|Ashgabat|Baku|Tbilisi|Chisinau|Beijing|Shanghai|Hong Kong|Tokyo|Delhi|New Delhi|Mumbai|Kabul|Tehran|Baghdad|Damascus|Ankara|Istanbul|Cairo|Riyadh|Dubai|Abu Dhabi|Doha|Jerusalem|Tel Aviv|Beirut|Amman|Islamabad|Karachi|Dhaka|Bangkok|Hanoi|Seoul|Pyongyang|Manila|Jakarta|Kuala Lumpur|Sydney|Canberra|Melbourne|Wellington|London|Paris|Berlin|Vienna|Rome|Madrid|Lisbon|Brussels|Amsterdam|The Hague|Geneva|Bern|Zurich|Stockholm|Oslo|Copenhagen|Helsinki|Warsaw|Prague|Budapest|Bucharest|Sofia|Belgrade|Zagreb|Athens|Riga|Vilnius|Tallinn|Dublin|Edinburgh|Washington|New York|Los Angeles|Chicago|Ottawa|Toronto|Mexico City|Havana|Brasilia|Buenos Aires|Lima|Bogota|Caracas|Santiago|Nairobi|Addis Ababa|Lagos|Abuja|Johannesburg|Pretoria|Cape Town|' +
  'St. Petersburg|Saint Petersburg|Petersburg|Smolensk|Vitebsk|Mozhaysk|Borodino|Austerlitz|Tilsit|Vyazma|Kazan|Novosibirsk|Vladivostok|Sochi|Murmansk|Kaliningrad|Volgograd|Stalingrad|Sevastopol|Odessa|Kharkiv|Brest|Gomel|Grodno|Mogilev|Osh|Khujand|Shymkent|Karaganda|Genoa|Lucca|Venice|Naples|Milan|Florence|Munich|Hamburg|Frankfurt|Dresden|Marseille|Lyon';

const REGIONS =
  'Europe|Asia|Africa|North America|South America|Latin America|Middle East|Central Asia|Eurasia|Caucasus|Balkans|Scandinavia|Siberia|Crimea|Donbas|Arctic|Antarctica|Mediterranean|Pacific|Atlantic|Baltic|Sahel|Gulf';

/** The states of the United States (Georgia stays a country and Washington a city: the names they are known by abroad). */
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
  ...COUNTRIES.split('|').map((name) => [name.toLowerCase(), 'country'] as const),
  ...CITIES.split('|').map((name) => [name.toLowerCase(), 'city'] as const),
  ...REGIONS.split('|').map((name) => [name.toLowerCase(), 'region'] as const),
]);

/**
 * The kind of a well-known place, or undefined. A small built-in gazetteer
 * (countries, capitals, large cities, regions): wink's model has no
 * location entities, and the hint "(city)" or "(country)" makes a better
 * blank than "(place)".
 */
export function placeKind(name: string): PlaceKind | undefined {
  return GAZETTEER.get(name.replace(/\s+/g, ' ').toLowerCase());
}
