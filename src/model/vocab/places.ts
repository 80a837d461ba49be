// Place vocabulary. Suburbs and postcodes are real Queensland pairs (realism); street
// and school names are invented from the words below (privacy: no real home address or
// school can be formed).

/** Real Queensland suburbs with their postcodes. */
export const SUBURBS: readonly (readonly [suburb: string, postcode: string])[] = [
  ['Brisbane', '4000'], ['Spring Hill', '4000'], ['Milton', '4064'], ['South Brisbane', '4101'],
  ['Moorooka', '4105'], ['Toowong', '4066'], ['Indooroopilly', '4068'], ['Kenmore', '4069'],
  ['Chermside', '4032'], ['Yeronga', '4104'], ['Logan Central', '4114'], ['Springwood', '4127'],
  ['Carindale', '4152'], ['Southport', '4215'], ['Surfers Paradise', '4217'], ['Robina', '4226'],
  ['Ipswich', '4305'], ['Toowoomba', '4350'], ['Caloundra', '4551'], ['Maroochydore', '4558'],
  ['Hervey Bay', '4655'], ['Bundaberg', '4670'], ['Gladstone', '4680'], ['Rockhampton', '4700'],
  ['Mackay', '4740'], ['Townsville', '4810'], ['Mount Isa', '4825'], ['Cairns', '4870'],
];

/** Words that invented street and school names are made of. */
export const NAME_WORDS = [
  'Tallowwood', 'Wattle', 'Banksia', 'Kookaburra', 'Ironbark', 'Jacaranda', 'Brolga', 'Currawong',
  'Bottlebrush', 'Paperbark', 'Grevillea', 'Lilly Pilly', 'Bunya', 'Quandong', 'Wallaby', 'Bilby',
  'Melaleuca', 'Casuarina', 'Boronia', 'Waratah', 'Lorikeet', 'Pardalote', 'Firetail', 'Bellbird',
  'Sandpiper', 'Silky Oak', 'Blackbutt', 'Spotted Gum', 'Corkwood', 'Macadamia',
] as const;

export const STREET_TYPES = ['Street', 'Road', 'Avenue', 'Crescent', 'Court', 'Close', 'Place', 'Parade', 'Drive', 'Lane', 'Terrace', 'Way'] as const;

/** The second word of an invented school's place name. */
export const LANDFORMS = ['Creek', 'Ridge', 'Plains', 'Heights', 'Valley', 'Downs', 'Hill', 'Flats', 'Springs', 'Vale', 'Grove', 'Point'] as const;

/** School houses (sporting houses), by tradition named after local flora. */
export const HOUSES = ['Banksia', 'Grevillea', 'Waratah', 'Wattle'] as const;
