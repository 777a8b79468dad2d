// What the importer knows by name: outlets (curated: NLP libraries miss most of them), countries and their
// demonyms (world-countries), international organisations, government bodies and the titles people hold.
import countries from 'world-countries';
import { SourceKind } from './vocabulary';

export interface Outlet {
  name: string;
  kind: SourceKind;
  url: string | null;
  /** Spellings in running text, matched case-sensitively on word boundaries; the name itself is one. */
  aliases: string[];
}

const A = SourceKind.NEWS_AGENCY;
const B = SourceKind.BROADCASTER;
const N = SourceKind.NEWSPAPER;

const outlet = (name: string, kind: SourceKind, url: string | null, ...aliases: string[]): Outlet => ({ name, kind, url, aliases: [name, ...aliases] });

/** Outlets facts are attributed to. Names as the seed spells them (short, without "The"). */
export const OUTLETS: Outlet[] = [
  outlet('Reuters', A, 'https://www.reuters.com', 'Thomson Reuters'),
  outlet('AFP', A, 'https://www.afp.com', 'Agence France-Presse', 'Agence France Presse', 'France-Presse'),
  outlet('Associated Press', A, 'https://apnews.com', 'AP'),
  outlet('Bloomberg', A, 'https://www.bloomberg.com', 'Bloomberg News'),
  outlet('Xinhua', A, 'https://english.news.cn', 'Xinhua news agency', 'Xinhua News Agency'),
  outlet('TASS', A, 'https://tass.com', 'Tass'),
  outlet('RIA Novosti', A, 'https://ria.ru', 'RIA'),
  outlet('Interfax', A, 'https://interfax.com'),
  outlet('Kyodo', A, 'https://english.kyodonews.net', 'Kyodo News'),
  outlet('Yonhap', A, 'https://en.yna.co.kr', 'Yonhap News Agency'),
  outlet('Anadolu', A, 'https://www.aa.com.tr', 'Anadolu Agency'),
  outlet('Press Trust of India', A, 'https://www.ptinews.com', 'PTI'),
  outlet('dpa', A, 'https://www.dpa.com', 'Deutsche Presse-Agentur', 'DPA'),
  outlet('EFE', A, 'https://efe.com'),
  outlet('ANSA', A, 'https://www.ansa.it'),
  outlet('Ukrinform', A, 'https://www.ukrinform.net'),
  outlet('BBC', B, 'https://www.bbc.com/news', 'BBC News', 'BBC World Service'),
  outlet('Al Jazeera', B, 'https://www.aljazeera.com', 'Al-Jazeera'),
  outlet('CNN', B, 'https://www.cnn.com'),
  outlet('Sky News', B, 'https://news.sky.com'),
  outlet('NPR', B, 'https://www.npr.org'),
  outlet('Deutsche Welle', B, 'https://www.dw.com', 'DW'),
  outlet('France 24', B, 'https://www.france24.com'),
  outlet('Euronews', B, 'https://www.euronews.com'),
  outlet('NHK', B, 'https://www3.nhk.or.jp'),
  outlet('ABC News', B, 'https://abcnews.go.com'),
  outlet('CBS News', B, 'https://www.cbsnews.com', 'CBS'),
  outlet('NBC News', B, 'https://www.nbcnews.com'),
  outlet('Fox News', B, 'https://www.foxnews.com'),
  outlet('CNBC', B, 'https://www.cnbc.com'),
  outlet('MSNBC', B, 'https://www.msnbc.com'),
  outlet('CGTN', B, 'https://www.cgtn.com'),
  outlet('Al Arabiya', B, 'https://www.alarabiya.net'),
  outlet('Voice of America', B, 'https://www.voanews.com', 'VOA'),
  outlet('Radio Free Europe/Radio Liberty', B, 'https://www.rferl.org', 'RFE/RL', 'Radio Free Europe'),
  outlet('The Guardian', N, 'https://www.theguardian.com', 'Guardian'),
  outlet('The New York Times', N, 'https://www.nytimes.com', 'New York Times', 'NYT'),
  outlet('The Washington Post', N, 'https://www.washingtonpost.com', 'Washington Post'),
  outlet('USA Today', N, 'https://www.usatoday.com', 'USA TODAY'),
  outlet('The Wall Street Journal', N, 'https://www.wsj.com', 'Wall Street Journal', 'WSJ'),
  outlet('Financial Times', N, 'https://www.ft.com', 'FT'),
  outlet('The Economist', N, 'https://www.economist.com', 'Economist'),
  outlet('The Times', N, 'https://www.thetimes.co.uk'),
  outlet('The Telegraph', N, 'https://www.telegraph.co.uk', 'Daily Telegraph'),
  outlet('The Independent', N, 'https://www.independent.co.uk'),
  outlet('Politico', N, 'https://www.politico.com', 'Politico Europe'),
  outlet('Axios', N, 'https://www.axios.com'),
  outlet('Le Monde', N, 'https://www.lemonde.fr'),
  outlet('Le Figaro', N, 'https://www.lefigaro.fr'),
  outlet('Der Spiegel', N, 'https://www.spiegel.de', 'Spiegel'),
  outlet('El País', N, 'https://elpais.com', 'El Pais'),
  outlet('Haaretz', N, 'https://www.haaretz.com'),
  outlet('The Times of Israel', N, 'https://www.timesofisrael.com', 'Times of Israel'),
  outlet('The Kyiv Independent', N, 'https://kyivindependent.com', 'Kyiv Independent'),
  outlet('Ukrainska Pravda', N, 'https://www.pravda.com.ua'),
  outlet('Meduza', N, 'https://meduza.io'),
  outlet('South China Morning Post', N, 'https://www.scmp.com', 'SCMP'),
  outlet('Nikkei Asia', N, 'https://asia.nikkei.com', 'Nikkei'),
  outlet('The Times of India', N, 'https://timesofindia.indiatimes.com', 'Times of India'),
  outlet('Global Times', N, 'https://www.globaltimes.cn'),
  outlet('CCTV', B, 'https://english.cctv.com', 'China Central Television'),
  outlet("People's Daily", N, 'http://en.people.cn'),
  outlet('Arab News', N, 'https://www.arabnews.com'),
  outlet('The Hindu', N, 'https://www.thehindu.com'),
];

export interface Country {
  name: string;
  /** Words that name it in running text (common and alternative names). */
  names: string[];
  /** Adjectives: "Armenian", "French". */
  demonyms: string[];
}

// English-language newsrooms' spellings where they differ from the data set's common name.
const NAME_OVERRIDES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', CD: 'Democratic Republic of Congo' };
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'USA', 'United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  TR: ['Türkiye', 'Turkey'],
  AE: ['UAE'],
  NL: ['Holland', 'the Netherlands'],
  CD: ['DR Congo', 'DRC'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China"],
  KP: ['DPRK'],
  MM: ['Burma'],
  CZ: ['Czechia'],
};
/**
 * Alternative spellings that are English words or people's names first ("Long Island", "Thomas Mann", "Dominique"):
 * they name no country in English text.
 */
export const NOT_COUNTRY_NAMES = new Set(['Island', 'Mann', 'Mannin', 'Dominique']);
const EXTRA_DEMONYMS: Record<string, string[]> = { US: ['US', 'U.S.'], GB: ['UK', 'U.K.', 'English', 'Scottish', 'Welsh'], NL: ['Dutch'], PH: ['Philippine'] };
// Sovereign states first, so that "French" is France's demonym before it is a territory's.
const ordered = [...countries].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
export const COUNTRIES: Country[] = ordered.map((c) => {
  const name = NAME_OVERRIDES[c.cca2] ?? c.name.common;
  // Alternative spellings in Latin script and in one piece ("Republic of Armenia"), not codes or "Korea, Republic of".
  const alt = c.altSpellings.filter((s) => s.length > 3 && /^[A-Z][A-Za-z' .-]+$/.test(s) && !s.includes(',') && !NOT_COUNTRY_NAMES.has(s));
  const names = [...new Set([name, c.name.common, ...alt, ...(EXTRA_NAMES[c.cca2] ?? [])])];
  const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].filter((d): d is string => Boolean(d)))];
  return { name, names, demonyms };
});

export const COUNTRY_BY_NAME = new Map<string, Country>();
export const COUNTRY_BY_DEMONYM = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const n of c.names) if (!COUNTRY_BY_NAME.has(n)) COUNTRY_BY_NAME.set(n, c);
  for (const d of c.demonyms) if (!COUNTRY_BY_DEMONYM.has(d)) COUNTRY_BY_DEMONYM.set(d, c);
}

/** A country's canonical name for a country's name or demonym ("Sri Lanka", "Indian"), else null. */
export function countryNamed(words: string): string | null {
  return (COUNTRY_BY_NAME.get(words) ?? COUNTRY_BY_DEMONYM.get(words))?.name ?? null;
}

/**
 * Sovereign states by their capital, for the capital speaking for its government ("Tokyo said", "Washington had
 * warned"). Capitals that are also countries' or common names ("Singapore", "Kuwait", "Victoria") are left out.
 */
export const COUNTRY_BY_CAPITAL = new Map<string, Country>();
for (const c of ordered.filter((x) => x.independent === true)) {
  const country = COUNTRY_BY_NAME.get(NAME_OVERRIDES[c.cca2] ?? c.name.common);
  for (const cap of c.capital ?? []) {
    const name = cap.endsWith(' D.C.') ? cap.slice(0, -' D.C.'.length) : cap;
    if (!country || COUNTRY_BY_NAME.has(name) || /\s/.test(name) || name.length < 4 || ['Victoria', 'Kingston', 'Georgetown', 'Valletta'].includes(name))
      continue;
    if (!COUNTRY_BY_CAPITAL.has(name)) COUNTRY_BY_CAPITAL.set(name, country);
  }
}

/** Every country's capital as written ("Abu Dhabi", "Kuala Lumpur"): a city, never a person's name. */
export const CAPITAL_CITIES = new Set<string>(ordered.flatMap((c) => c.capital ?? []));

export interface Organisation {
  name: string;
  aliases: string[];
  /** The country an organisation belongs to (the Kremlin is Russia's). */
  country: string | null;
  /**
   * A party to the story (a bloc, an alliance, an armed group): what it says is a claim. Otherwise an
   * institution (an agency, an NGO): what it says is a cited fact.
   */
  party: boolean;
  /** One of the UN's agencies: "the UN agency said" may refer back to it. */
  un?: boolean;
}

/**
 * A UN agency described by its field ("the UN refugee agency", "the U.N.'s health agency"): the words name one agency,
 * whichever way the UN is written (with "the": the UN's own alias "the United Nations" would match first).
 */
function unDescribed(field: string): string[] {
  return ['UN', 'U.N.', 'United Nations'].flatMap((un) => [`${un} ${field}`, `${un}'s ${field}`, `${un}’s ${field}`]).flatMap((a) => [a, `the ${a}`]);
}

const party = (name: string, country: string | null, ...aliases: string[]): Organisation => ({ name, country, aliases: [name, ...aliases], party: true });
/** An organisation that is no party (a body, an agency, a company). */
export const institution = (name: string, ...aliases: string[]): Organisation => ({ name, country: null, aliases: [name, ...aliases], party: false });
/** An agency of the UN, an institution. */
const unAgency = (name: string, ...aliases: string[]): Organisation => ({ ...institution(name, ...aliases), un: true });

/** Organisations that react and speak; state bodies of one country are government sources instead. */
export const ORGANISATIONS: Organisation[] = [
  party('European Union', null, 'EU', 'the EU', 'the European Union'),
  party('European Commission', null),
  party('United Nations', null, 'UN', 'U.N.', 'the UN', 'the United Nations'),
  party('UN Security Council', null, 'Security Council', 'the Security Council'),
  party('NATO', null, 'Nato'),
  party('African Union', null, 'AU'),
  party('Arab League', null),
  party('ASEAN', null),
  // Regional blocs that condemn, mediate and send observers (a full name and an acronym that names nothing else are one
  // actor).
  institution('Economic Community of West African States', 'ECOWAS'),
  institution('Southern African Development Community', 'SADC'),
  institution('CARICOM', 'Caricom', 'Caribbean Community'),
  // (not their acronyms "OAS", "OIC", "GCC": a pension, a police officer-in-charge, a compiler)
  institution('Organization of American States', 'Organisation of American States'),
  institution('Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'),
  institution('Gulf Cooperation Council'),
  institution('Pacific Islands Forum'),
  institution('OPEC'),
  party('G7', null),
  party('Hamas', null),
  party('Hezbollah', null),
  party('Wagner Group', 'Russia', 'Wagner'),
  unAgency('World Health Organization', 'WHO', 'World Health Organisation', ...unDescribed('health agency')),
  unAgency('UNHCR', 'UN Refugee Agency', 'the UN Refugee Agency', ...unDescribed('refugee agency')),
  unAgency(
    'UNICEF',
    'Unicef',
    "United Nations Children's Fund",
    'United Nations Children’s Fund',
    "UN Children's Fund",
    'UN Children’s Fund',
    ...unDescribed("children's agency"),
    ...unDescribed('children’s agency'),
  ),
  unAgency('World Food Programme', 'WFP', 'World Food Program'),
  unAgency('International Atomic Energy Agency', 'IAEA', ...unDescribed('nuclear watchdog'), ...unDescribed('atomic watchdog')),
  institution('International Monetary Fund', 'IMF'),
  institution('World Bank'),
  institution('International Committee of the Red Cross', 'ICRC', 'Red Cross'),
  institution('Amnesty International', 'Amnesty'),
  institution('Human Rights Watch', 'HRW'),
  institution('Médecins Sans Frontières', 'MSF', 'Doctors Without Borders'),
  institution('OSCE', 'Organization for Security and Co-operation in Europe'),
  // International bodies and NGOs the news cites every day (no acronym that names another body too: "RSF" is also
  // Sudan's Rapid Support Forces, "NRC" India's National Register of Citizens, "IRC" many a council).
  institution('Committee to Protect Journalists', 'CPJ'),
  institution('Reporters Without Borders', 'Reporters Sans Frontières'),
  institution('International Federation of Red Cross and Red Crescent Societies', 'IFRC'),
  unAgency('International Organization for Migration', 'IOM', 'International Organisation for Migration', ...unDescribed('migration agency')),
  institution('Save the Children'),
  institution('Oxfam'),
  institution('Greenpeace'),
  institution('International Crisis Group'),
  institution('Transparency International'),
  unAgency('World Meteorological Organization', 'WMO', 'World Meteorological Organisation', ...unDescribed('weather agency')),
  unAgency('UNESCO', 'Unesco'),
  unAgency('UNRWA'),
  unAgency('Food and Agriculture Organization', 'FAO', 'Food and Agriculture Organisation'),
  institution('World Trade Organization', 'WTO', 'World Trade Organisation'),
  institution('OECD', 'Organisation for Economic Co-operation and Development'),
  institution('International Energy Agency', 'IEA'),
  unAgency('International Labour Organization', 'ILO', 'International Labour Organisation'),
  institution('Interpol'),
  institution('Europol'),
  institution('International Olympic Committee', 'IOC'),
  institution('FIFA'),
  institution('UEFA'),
  institution('World Anti-Doping Agency', 'WADA'),
  institution('Norwegian Refugee Council'),
  institution('International Rescue Committee'),
  // Companies the world's news names every day, whose one-word names the text gives no other cue for ("A Google
  // spokesperson said"). (Not "Amazon", "Shell" or "Apple": a forest, a shell, a fruit begin sentences too.)
  ...[
    'Google',
    'Alphabet',
    'Microsoft',
    'Meta',
    'Tesla',
    'Nvidia',
    'Samsung',
    'Boeing',
    'Airbus',
    'Toyota',
    'Volkswagen',
    'ExxonMobil',
    'Pfizer',
    'Moderna',
    'AstraZeneca',
    'Novartis',
    'Intel',
    'IBM',
    'Oracle',
    'Netflix',
    'Uber',
    'TikTok',
    'ByteDance',
    'Huawei',
    'Alibaba',
    'Tencent',
    'OpenAI',
    'SpaceX',
    'Walmart',
    'Nestlé',
    'Unilever',
    'Gazprom',
    'Rosneft',
    'Glencore',
    'Maersk',
    'FedEx',
    'Mastercard',
    'JPMorgan',
    'HSBC',
    'Barclays',
    'BlackRock',
  ].map((name) => institution(name)),
];

/** Named government bodies that speak for their country. */
export const GOVERNMENT_BODIES: { name: string; aliases: string[]; country: string }[] = [
  { name: 'Kremlin', aliases: ['Kremlin'], country: 'Russia' },
  { name: 'White House', aliases: ['White House'], country: 'United States' },
  { name: 'Pentagon', aliases: ['Pentagon'], country: 'United States' },
  { name: 'US State Department', aliases: ['US State Department', 'U.S. State Department', 'State Department'], country: 'United States' },
  { name: 'Downing Street', aliases: ['Downing Street'], country: 'United Kingdom' },
  { name: 'US Department of State', aliases: ['US Department of State', 'U.S. Department of State'], country: 'United States' },
  { name: 'Elysee', aliases: ['Élysée', 'Elysee'], country: 'France' },
  { name: 'Elysee Palace', aliases: ['Elysee Palace', 'Élysée Palace'], country: 'France' },
];

// The lexicon's lookups by the words a text uses, built once for every reader (citations, mentions, furniture,
// speakers): an outlet by each of its aliases, an organisation or a state body by each of its.
/** An outlet by each of its aliases, as written ("The Guardian", "AP"). */
export const OUTLET_BY_ALIAS: ReadonlyMap<string, Outlet> = new Map(OUTLETS.flatMap((o) => o.aliases.map((a) => [a, o] as const)));
/** Every way the lexicon writes an outlet: its name and its aliases. */
export const OUTLET_SPELLINGS: readonly string[] = OUTLETS.flatMap((o) => [o.name, ...o.aliases]);
/** An organisation by each of its aliases, without a leading lower-case "the ". */
export const ORG_BY_ALIAS: ReadonlyMap<string, Organisation> = new Map(
  ORGANISATIONS.flatMap((o) => o.aliases.map((a) => [a.replace(/^the /, ''), o] as const)),
);
/** An organisation's canonical name for any alias the lexicon knows ("WFP" -> "World Food Programme"), else the name. */
export const canonicalOrganisation = (name: string): string => ORG_BY_ALIAS.get(name)?.name ?? name;
/** A state body ("Kremlin", "Élysée") by each of its aliases. */
export const GOV_BY_ALIAS: ReadonlyMap<string, (typeof GOVERNMENT_BODIES)[number]> = new Map(
  GOVERNMENT_BODIES.flatMap((g) => g.aliases.map((a) => [a, g] as const)),
);

/** Words naming a state body; "<Country>'s <body>" or "the <Demonym> <body>" is a government source. */
export const BODY_WORDS = [
  'defence ministry',
  'defense ministry',
  'foreign ministry',
  'interior ministry',
  'health ministry',
  'finance ministry',
  'economy ministry',
  'energy ministry',
  'emergency ministry',
  'emergencies ministry',
  'justice ministry',
  'agriculture ministry',
  'education ministry',
  'environment ministry',
  'transport ministry',
  'trade ministry',
  'commerce ministry',
  'information ministry',
  'labour ministry',
  'labor ministry',
  'ministry of defence',
  'ministry of defense',
  'ministry of foreign affairs',
  'ministry of health',
  'ministry of interior',
  'ministry of the interior',
  // (the other portfolios in the "ministry of" form: "China's Ministry of Commerce", "the Kenyan Ministry of Education")
  'ministry of commerce',
  'ministry of finance',
  'ministry of education',
  'ministry of justice',
  'ministry of agriculture',
  'ministry of energy',
  'ministry of trade',
  'ministry of information',
  'ministry of transport',
  'ministry of environment',
  'ministry of the environment',
  'ministry of labour',
  'ministry of labor',
  'ministry of economy',
  'ministry of home affairs',
  'ministry of external affairs',
  'ministry of public health',
  'armed forces',
  'general staff',
  'military',
  'army',
  'police',
  'coast guard',
  'coastguard',
  'health authorities',
  'authorities',
  'government',
  'central bank',
  'statistics office',
  'statistics agency',
  'election commission',
  'presidency',
  'disaster management agency',
  'disaster management authority',
  'fire service',
  'electoral commission',
  'emergency services',
  'border guard',
  'border service',
  'national guard',
];

/** Where a body is from or whose it is, after a hyphen ("the US-based company", "the state-run broadcaster"): a description, no name. */
export const DESCRIBED_BY_SUFFIXES = 'based|owned|led|backed|run|listed|headquartered|funded|registered|controlled';
/** Up to two words that describe a body before its noun in an anaphor: "the state-owned ", "the Geneva-based ", "the Halvor-listed ". */
export const ANAPHOR_DESCRIPTION = `(?:\\p{Ll}+\\s+|[\\p{L}.]+-(?:${DESCRIBED_BY_SUFFIXES})\\s+){0,2}`;

/** Bodies of members, referred back to by their common noun ("the association said", "according to the federation"). */
export const MEMBER_BODY_NOUNS = 'association|federation|alliance|union|foundation|society|chamber|coalition';

/** Titles people hold, longest first when matched. Lower case; matched in any case. */
export const ROLES = [
  'prime minister',
  'deputy prime minister',
  'first deputy prime minister',
  'president',
  'vice president',
  'vice-president',
  'president-elect',
  'chancellor',
  'foreign minister',
  'defence minister',
  'defense minister',
  'interior minister',
  'health minister',
  'finance minister',
  'economy minister',
  'energy minister',
  'trade minister',
  'justice minister',
  'environment minister',
  'agriculture minister',
  'foreign affairs minister',
  'minister of foreign affairs',
  'minister',
  'secretary of state',
  'defence secretary',
  'defense secretary',
  'foreign secretary',
  'home secretary',
  'treasury secretary',
  // (a cabinet's other secretaries: "Health Secretary Wes Streeting", then "the health secretary said")
  'health secretary',
  'education secretary',
  'justice secretary',
  'culture secretary',
  'transport secretary',
  'transportation secretary',
  'energy secretary',
  'environment secretary',
  'commerce secretary',
  'labor secretary',
  'housing secretary',
  'agriculture secretary',
  'interior secretary',
  'education minister',
  'transport minister',
  'labour minister',
  'labor minister',
  'housing minister',
  'immigration minister',
  'secretary-general',
  'secretary general',
  'foreign policy chief',
  'high representative',
  'high commissioner',
  'commissioner',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'press secretary',
  'ambassador',
  'special envoy',
  'envoy',
  'governor',
  'representative',
  'superintendent',
  'councillor',
  'councilman',
  'councilwoman',
  'mayor',
  'king',
  'queen',
  'emir',
  'sheikh',
  'crown prince',
  'supreme leader',
  'leader',
  'opposition leader',
  'general',
  'commander',
  'army chief',
  'chief of staff',
  'senator',
  'speaker',
  'lawmaker',
  'mp',
  'chief executive',
  'ceo',
  'director-general',
  'director general',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'head',
  'chief',
  'premier',
  'pope',
  'professor',
  'analyst',
  'economist',
  'researcher',
  'climate envoy',
  'chief prosecutor',
  'prosecutor',
  'attorney general',
  'foreign ministry spokesman',
  'foreign ministry spokeswoman',
  'foreign ministry spokesperson',
  'national security adviser',
  'national security advisor',
  'adviser',
  'advisor',
].sort((a, b) => b.length - a.length);

/** Capitalised calendar words: sentence openers and dates, never a name or a source. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
