// Invented place words. Suburbs are real (qld-suburbs.ts); street and school names are
// made of the words below, so no real home address or school can be formed.

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

