// Who lives where: for each local government area (LGA) around seedhub's suburbs, the
// Census 2021 figures that make a school's community: the Aboriginal and Torres Strait
// Islander share, the share born overseas, the share who speak only English at home, the
// languages spoken there and where English-speaking migrants were born. Figures are shares
// of all persons, as the Census gives them (not-stated answers included in the whole).
// Every figure carries the key of its source (docs/data-model.md, "Places"); `est` marks
// an estimate for an area where no figure was found, said so in the docs.
// Which suburb is in which LGA is our assignment from the suburbs' locations.

/** A source key of docs/data-model.md's place sources, or `est` for an estimate without one. */
export type PlaceSource = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7' | 'P8' | 'P9' | 'P10' | 'P11' | 'P12' | 'P13' | 'est';
export type Figure = readonly [share: number, source: PlaceSource];
/** ABS remoteness, which decides how many Aboriginal and Torres Strait Islander families speak an Indigenous language. */
export type Remoteness = 'city' | 'inner' | 'outer' | 'remote';

export interface PlaceFigures {
  indigenous?: Figure;
  bornOverseas?: Figure;
  englishOnly?: Figure;
  /** Share of persons who did not state their language. */
  notStated?: Figure;
  /** Share of persons who speak a language other than English at home, where a source gives it directly. */
  lote?: Figure;
  /**
   * Languages other than English spoken at home: [background key, share of persons]. Where the source
   * lists no languages, those of the area's top overseas countries of birth (the Philippines: Filipino,
   * India: Hindi, China: Mandarin, Iraq: Arabic...); where it gives the order only, weights by rank.
   * Either way they only share out the place's LOTE speakers, so only their ratios matter.
   */
  languages?: readonly (readonly [string, number])[];
  /** Countries of birth of English-speaking migrants (SACC): [code, share of persons]. */
  countries?: readonly (readonly [string, number])[];
}

export interface Area extends PlaceFigures {
  lga: string;
  remoteness: Remoteness;
  /** In Greater Brisbane: its schooling and qualification figures, not Regional Queensland's. */
  greaterBrisbane: boolean;
  suburbs: readonly string[];
}

/** Queensland and its two halves [P12]; Indigenous share of Queensland [P1]. */
export const QUEENSLAND = {
  indigenous: 0.046,
  bornOverseas: { queensland: 0.227, greaterBrisbane: 0.272, regional: 0.184 },
  englishOnly: { queensland: 0.806, greaterBrisbane: 0.773, regional: 0.837 },
} as const;

/** Greater Brisbane's commonest languages after English [P13]. */
const GREATER_BRISBANE_LANGUAGES = [['mandarin', 0.025], ['vietnamese', 0.011], ['punjabi', 0.009], ['cantonese', 0.009], ['spanish', 0.008]] as const;
const NZ = '1201', ENGLAND = '2102', SCOTLAND = '2105', SOUTH_AFRICA = '9225', ZIMBABWE = '9232', PNG = '1302';

const area = (lga: string, remoteness: Remoteness, figures: PlaceFigures, suburbs: string, greaterBrisbane = false): Area => ({
  lga, remoteness, greaterBrisbane, ...figures, suburbs: suburbs.split(', '),
});

export const AREAS: readonly Area[] = [
  area('Rockhampton (R)', 'outer', { indigenous: [0.085, 'est'], lote: [0.132, 'P11'], languages: [['mandarin', 0.006], ['filipino', 0.008], ['vietnamese', 0.005], ['nepali', 0.003], ['punjabi', 0.003], ['afrikaans', 0.002]] },
    'Allenstown, Berserker, Frenchville, Gracemere, Norman Gardens, Park Avenue, Rockhampton, The Range, Wandal'),
  area('Livingstone (S)', 'outer', { indigenous: [0.05, 'est'] }, 'Cooee Bay, Taranganba, Yeppoon'),
  area('Mackay (R)', 'outer', { indigenous: [0.055, 'est'], bornOverseas: [0.119, 'P10'], countries: [[NZ, 0.023], [ENGLAND, 0.018], [SOUTH_AFRICA, 0.01], [ZIMBABWE, 0.003]], languages: [['filipino', 0.016], ['hindi', 0.006]] },
    'Andergrove, Beaconsfield, East Mackay, Glenella, Mackay, Mount Pleasant, North Mackay, Ooralea, Slade Point, South Mackay, West Mackay'),
  area('Isaac (R)', 'remote', { indigenous: [0.04, 'est'], bornOverseas: [0.096, 'P10'], englishOnly: [0.745, 'P10'], notStated: [0.209, 'P10'], countries: [[NZ, 0.029], [ENGLAND, 0.008], [SOUTH_AFRICA, 0.007]], languages: [['filipino', 0.012], ['afrikaans', 0.004]] }, 'Moranbah'),
  area('Gladstone (R)', 'outer', { indigenous: [0.041, 'P9'], bornOverseas: [0.132, 'P10'], countries: [[NZ, 0.031], [ENGLAND, 0.023], [SOUTH_AFRICA, 0.012]], languages: [['filipino', 0.014], ['hindi', 0.006]] },
    'Boyne Island, Clinton, Gladstone, Kin Kora, South Gladstone, Sun Valley, Tannum Sands, Telina'),
  area('Banana (S)', 'outer', { indigenous: [0.05, 'est'] }, 'Biloela, Thangool'),
  area('Central Highlands (R)', 'outer', { indigenous: [0.05, 'est'], englishOnly: [0.827, 'P10'], languages: [['afrikaans', 0.007], ['filipino', 0.009]] }, 'Blackwater, Emerald'),
  area('Barcaldine (R)', 'remote', { indigenous: [0.08, 'est'] }, 'Barcaldine'),
  area('Toowoomba (R)', 'inner', { indigenous: [0.05, 'P3'], bornOverseas: [0.139, 'P10'], countries: [[ENGLAND, 0.019], [NZ, 0.014], [SOUTH_AFRICA, 0.006]], languages: [['arabic', 0.013], ['hindi', 0.011], ['filipino', 0.009], ['nepali', 0.004]] },
    'Centenary Heights, East Toowoomba, Glenvale, Harristown, Kearneys Spring, Middle Ridge, Newtown, North Toowoomba, Rangeville, South Toowoomba, Toowoomba, Wilsonton'),
  area('Southern Downs (R)', 'inner', { indigenous: [0.05, 'est'], languages: [['italian', 0.006], ['mandarin', 0.004], ['filipino', 0.002]] }, 'Applethorpe, Kyoomba, Morgan Park, Rosenthal Heights, Stanthorpe, Warwick, Womina'),
  area('Western Downs (R)', 'outer', { indigenous: [0.06, 'est'], bornOverseas: [0.078, 'P10'], countries: [[NZ, 0.014], [ENGLAND, 0.012], [SOUTH_AFRICA, 0.005]], languages: [['filipino', 0.015]] }, 'Chinchilla, Dalby'),
  area('Lockyer Valley (R)', 'inner', { indigenous: [0.05, 'est'] }, 'Gatton, Grantham, Placid Hills'),
  area('South Burnett (R)', 'inner', { indigenous: [0.07, 'est'] }, 'Crawford, Kingaroy, Taabinga'),
  area('Goondiwindi (R)', 'outer', { indigenous: [0.1, 'est'] }, 'Goondiwindi'),
  area('Maranoa (R)', 'remote', { indigenous: [0.08, 'est'], bornOverseas: [0.066, 'P10'], countries: [[NZ, 0.014], [ENGLAND, 0.007]], languages: [['filipino', 0.014], ['hindi', 0.005]] }, 'Roma'),
  area('Tablelands (R)', 'outer', { indigenous: [0.1, 'est'], bornOverseas: [0.132, 'P10'], countries: [[ENGLAND, 0.032], [NZ, 0.021], [PNG, 0.006]], languages: [['italian', 0.005]] }, 'Atherton, Tolga, Yungaburra'),
  area('Mareeba (S)', 'outer', { indigenous: [0.13, 'P6'], bornOverseas: [0.168, 'P10'], lote: [0.139, 'P6'], countries: [[ENGLAND, 0.028], [NZ, 0.02], [SOUTH_AFRICA, 0.006], [PNG, 0.006]], languages: [['italian', 0.02], ['filipino', 0.005]] }, 'Mareeba'),
  area('Cairns (R)', 'outer', { indigenous: [0.09, 'P7'], bornOverseas: [0.223, 'P10'], englishOnly: [0.768, 'P10'], countries: [[ENGLAND, 0.039], [NZ, 0.028], [PNG, 0.014]], languages: [['filipino', 0.013], ['hindi', 0.011], ['japanese', 0.01]] },
    'Bentley Park, Brinsmead, Bungalow, Cairns, Earlville, Edge Hill, Edmonton, Manoora, Manunda, Mount Sheridan, Parramatta Park, Redlynch, Stratford, Westcourt, Whitfield, Woree'),
  area('Douglas (S)', 'outer', { indigenous: [0.1, 'est'] }, 'Craiglie, Mossman, Port Douglas'),
  area('Cassowary Coast (R)', 'outer', { indigenous: [0.14, 'est'], bornOverseas: [0.144, 'P10'], englishOnly: [0.799, 'P10'], countries: [[ENGLAND, 0.023], [NZ, 0.017]], languages: [['punjabi', 0.028], ['italian', 0.012], ['hindi', 0.006], ['filipino', 0.01]] }, 'East Innisfail, Goondi, Innisfail, Mighell'),
  area('Weipa (T)', 'remote', { indigenous: [0.2, 'est'] }, 'Evans Landing, Weipa'),
  area('Brisbane (C)', 'city', { indigenous: [0.02, 'est'], bornOverseas: [0.318, 'P10'], englishOnly: [0.716, 'P10'], countries: [[ENGLAND, 0.034], [NZ, 0.034], [SOUTH_AFRICA, 0.011]], languages: GREATER_BRISBANE_LANGUAGES },
    'Albion, Ascot, Ashgrove, Aspley, Bardon, Bracken Ridge, Brisbane City, Chapel Hill, Chermside, Clayfield, Everton Park, Ferny Grove, Fortitude Valley, Hamilton, Indooroopilly, Kedron, Kelvin Grove, Kenmore, Mitchelton, New Farm, Newstead, Nundah, Paddington, Red Hill, Sandgate, Spring Hill, Stafford, Taringa, The Gap, Toowong, Wavell Heights, Wilston, Windsor, Zillmere, '
    + 'Acacia Ridge, Annerley, Bulimba, Calamvale, Camp Hill, Cannon Hill, Carindale, Coorparoo, Corinda, East Brisbane, Eight Mile Plains, Forest Lake, Greenslopes, Holland Park, Inala, Jindalee, Kangaroo Point, Manly, Mansfield, Moorooka, Morningside, Mount Gravatt, Oxley, Runcorn, Salisbury, Sherwood, South Brisbane, Sunnybank, Sunnybank Hills, Tarragindi, West End, Woolloongabba, Wynnum, Yeronga', true),
  area('Moreton Bay (R)', 'city', { indigenous: [0.035, 'est'], bornOverseas: [0.21, 'P10'], countries: [[NZ, 0.049], [ENGLAND, 0.047], [SOUTH_AFRICA, 0.012], [SCOTLAND, 0.005]], languages: [['filipino', 0.011], ['hindi', 0.011]] },
    'Albany Creek, Caboolture, Clontarf, Deception Bay, Kallangur, Kippa-Ring, Mango Hill, Margate, Morayfield, North Lakes, Petrie, Redcliffe, Scarborough, Strathpine', true),
  area('Logan (C)', 'city', { indigenous: [0.03, 'P8'], bornOverseas: [0.279, 'P10'], englishOnly: [0.751, 'P10'], notStated: [0.068, 'P10'], countries: [[NZ, 0.071], [ENGLAND, 0.033], [SOUTH_AFRICA, 0.007]], languages: [['punjabi', 0.012], ['mandarin', 0.011], ['arabic', 0.008], ['hindi', 0.007]] },
    'Beenleigh, Browns Plains, Daisy Hill, Eagleby, Kingston, Logan Central, Loganholme, Marsden, Shailer Park, Slacks Creek, Springwood, Waterford, Woodridge', true),
  area('Redland (C)', 'city', { indigenous: [0.03, 'est'], bornOverseas: [0.23, 'P10'] }, 'Alexandra Hills, Birkdale, Capalaba, Cleveland, Thornlands, Victoria Point, Wellington Point', true),
  area('Sunshine Coast (R)', 'city', { indigenous: [0.02, 'est'], bornOverseas: [0.207, 'P10'], countries: [[ENGLAND, 0.059], [NZ, 0.043], [SOUTH_AFRICA, 0.012], [SCOTLAND, 0.006]], languages: [['hindi', 0.007]] },
    'Alexandra Headland, Buddina, Buderim, Caloundra, Caloundra West, Coolum Beach, Currimundi, Golden Beach, Maroochydore, Mooloolaba, Mountain Creek, Nambour, Palmwoods, Pelican Waters, Sippy Downs, Woombye, Wurtulla'),
  area('Noosa (S)', 'inner', { indigenous: [0.015, 'est'], bornOverseas: [0.23, 'P10'] }, 'Noosa Heads, Noosaville, Tewantin'),
  area('Bundaberg (R)', 'inner', { indigenous: [0.06, 'est'], bornOverseas: [0.13, 'P10'], countries: [[ENGLAND, 0.033], [NZ, 0.021], [SOUTH_AFRICA, 0.005]], languages: [['filipino', 0.008]] },
    'Avenell Heights, Bargara, Bundaberg, Kepnock, Millbank, Norville, Thabeban, Walkervale'),
  area('Fraser Coast (R)', 'inner', { indigenous: [0.05, 'est'], bornOverseas: [0.15, 'P10'], countries: [[ENGLAND, 0.047], [NZ, 0.03]], languages: [['filipino', 0.007]] },
    'Granville, Kawungan, Maryborough, Pialba, Point Vernon, Scarness, Tinana, Torquay, Urangan, Urraween'),
  area('Gympie (R)', 'inner', { indigenous: [0.05, 'est'] }, 'Gympie, Monkland, Southside, Two Mile, Victory Heights'),
  area('Townsville (C)', 'outer', { indigenous: [0.09, 'P5'], englishOnly: [0.839, 'P10'], notStated: [0.082, 'P10'], languages: [['filipino', 0.008], ['italian', 0.003], ['mandarin', 0.003]] },
    'Aitkenvale, Annandale, Condon, Currajong, Douglas, Garbutt, Gulliver, Heatley, Hermit Park, Hyde Park, Kirwan, Mundingburra, North Ward, Townsville, Vincent, Wulguru'),
  area('Whitsunday (R)', 'outer', { indigenous: [0.05, 'est'] }, 'Airlie Beach, Bowen, Cannonvale, Jubilee Pocket, Queens Beach'),
  area('Burdekin (S)', 'outer', { indigenous: [0.07, 'est'] }, 'Ayr, Brandon, Home Hill'),
  area('Charters Towers (R)', 'outer', { indigenous: [0.11, 'est'] }, 'Charters Towers, Queenton, Towers Hill'),
  area('Mount Isa (C)', 'remote', { indigenous: [0.229, 'P4'], bornOverseas: [0.163, 'P10'], englishOnly: [0.803, 'P10'], countries: [[NZ, 0.042], [ENGLAND, 0.012], [SOUTH_AFRICA, 0.01], [ZIMBABWE, 0.005]], languages: [['filipino', 0.027], ['hindi', 0.008]] },
    'Menzies, Mornington, Mount Isa, Pioneer, Soldiers Hill'),
  area('Gold Coast (C)', 'city', { indigenous: [0.02, 'est'], bornOverseas: [0.291, 'P10'], countries: [[NZ, 0.071], [ENGLAND, 0.049], [SOUTH_AFRICA, 0.014]], languages: [['mandarin', 0.014], ['hindi', 0.011], ['filipino', 0.009]] },
    'Arundel, Ashmore, Benowa, Broadbeach, Burleigh Heads, Burleigh Waters, Coolangatta, Coombabah, Coomera, Currumbin, Elanora, Helensvale, Labrador, Main Beach, Mermaid Waters, Miami, Mudgeeraba, Nerang, Oxenford, Palm Beach, Paradise Point, Pimpama, Robina, Runaway Bay, Southport, Surfers Paradise, Upper Coomera, Varsity Lakes'),
  area('Ipswich (C)', 'city', { indigenous: [0.05, 'est'], bornOverseas: [0.217, 'P10'], countries: [[NZ, 0.053], [ENGLAND, 0.028], [SOUTH_AFRICA, 0.006]], languages: [['hindi', 0.02], ['filipino', 0.012], ['vietnamese', 0.006]] },
    'Augustine Heights, Booval, Brassall, Bundamba, Camira, East Ipswich, Eastern Heights, Flinders View, Goodna, Ipswich, North Ipswich, Raceview, Redbank Plains, Springfield Lakes, Yamanto', true),
  area('Scenic Rim (R)', 'inner', { indigenous: [0.04, 'est'], englishOnly: [0.895, 'P10'] }, 'Beaudesert, Bromelton, Gleneagle, Josephville'),
];

/** Suburbs with figures of their own (ABS 2021 by suburb, SAL or SA2), over their LGA's. */
export const SUBURB_FIGURES: Readonly<Record<string, PlaceFigures>> = {
  'Brisbane City': { indigenous: [0.012, 'P2'] },
  Townsville: { indigenous: [0.042, 'P1'] },
  // The order only (Mandarin, Persian, Cantonese, Korean, Spanish): weights by rank.
  'Chapel Hill': { englishOnly: [0.753, 'P10'], languages: [['mandarin', 5], ['cantonese', 3], ['korean', 2], ['spanish', 1]] },
  Mansfield: { englishOnly: [0.645, 'P10'], languages: [['mandarin', 0.07], ['cantonese', 0.03], ['greek', 0.019], ['korean', 0.018]] },
  Jindalee: { englishOnly: [0.82, 'P10'], languages: [['vietnamese', 0.029], ['mandarin', 0.023], ['cantonese', 0.007]] },
  'Eight Mile Plains': { englishOnly: [0.407, 'P10'], languages: [['mandarin', 0.196], ['cantonese', 0.061], ['korean', 0.056], ['punjabi', 0.045]] },
  Calamvale: { englishOnly: [0.367, 'P10'], languages: [['mandarin', 0.215], ['cantonese', 0.069], ['punjabi', 0.036], ['korean', 0.034], ['vietnamese', 0.018]] },
  'West End': { englishOnly: [0.663, 'P10'], languages: [['mandarin', 0.051], ['greek', 0.027], ['spanish', 0.024], ['vietnamese', 0.023]] },
  Newstead: { englishOnly: [0.753, 'P10'], languages: [['mandarin', 0.029], ['spanish', 0.024], ['japanese', 0.009]] },
  'Red Hill': { englishOnly: [0.861, 'P10'], languages: [['mandarin', 0.012], ['italian', 0.009], ['spanish', 0.009]] },
  'The Gap': { bornOverseas: [0.245, 'P10'] },
  'Edge Hill': { languages: [['japanese', 0.025], ['mandarin', 0.01]] },
  Bungalow: { englishOnly: [0.656, 'P10'], languages: [['japanese', 0.024], ['punjabi', 0.017]] },
  Manoora: { bornOverseas: [0.226, 'P10'], countries: [[PNG, 0.029], [NZ, 0.028], [ENGLAND, 0.022]] },
  Cleveland: { bornOverseas: [0.293, 'P10'], countries: [[ENGLAND, 0.089], [NZ, 0.054], [SOUTH_AFRICA, 0.022]] },
  Capalaba: { bornOverseas: [0.217, 'P10'] },
  Birkdale: { bornOverseas: [0.227, 'P10'] },
};
