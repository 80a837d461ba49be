// Invented place words. Suburbs are real (qld-suburbs.ts); street and school names are
// made of the words below, so no real school is named. A hub's schools are named from the
// plant words (SCHOOL_WORDS × PLACE_FORMS, one name for each of the 10,000 centre codes);
// other schools, named only in histories, from the animal words (OTHER_SCHOOL_WORDS), so
// that no other school ever has a hub school's name.

/** Plants: a hub school's name is one of these and a landform. */
export const SCHOOL_WORDS = [
  'Tallowwood', 'Wattle', 'Banksia', 'Ironbark', 'Jacaranda', 'Bottlebrush', 'Paperbark', 'Grevillea', 'Lilly Pilly',
  'Bunya', 'Quandong', 'Melaleuca', 'Casuarina', 'Boronia', 'Waratah', 'Silky Oak', 'Blackbutt', 'Spotted Gum',
  'Corkwood', 'Macadamia', 'Bloodwood', 'Stringybark', 'Red Gum', 'Blue Gum', 'Ghost Gum', 'Grey Gum', 'Mahogany',
  'Red Cedar', 'Hoop Pine', 'Kauri', 'She-oak', 'Tea Tree', 'Moreton Fig', 'Sandpaper Fig', 'Poinciana', 'Frangipani',
  'Hibiscus', 'Lomandra', 'Saltbush', 'Bluebush', 'Mulga', 'Gidgee', 'Brigalow', 'Coolibah', 'Myall', 'Wilga',
  'Boab', 'Pandanus', 'Cycad', 'Tamarind', 'Kurrajong', 'Leopardwood', 'Sandalwood', 'Rosewood', 'Beech', 'Myrtle',
  'Laurel', 'Cypress', 'Banyan', 'Acacia', 'Apple Gum', 'Box Gum', 'Lemon Myrtle', 'Native Frangipani', 'Flame Tree',
  'Black Bean', 'Crows Ash', 'Tuckeroo', 'Bolwarra', 'Davidson Plum', 'Finger Lime', 'Riberry', 'Midyim', 'Bush Cherry',
  'Native Ginger', 'Cunjevoi', 'Bangalow', 'Walking Stick Palm', 'Cabbage Palm', 'Fan Palm', 'Tree Fern', 'Staghorn',
  'Elkhorn', 'Orchid', 'Everlasting', 'Paper Daisy', 'Kangaroo Paw', 'Flannel Flower', 'Blue Flax', 'Native Violet',
  'Pigface', 'Spinifex', 'Kangaroo Grass', 'Wallaby Grass', 'Mat Rush', 'Sedge', 'Bulrush', 'Water Lily', 'Lotus',
  'Mangrove', 'Swamp Box', 'Swamp Oak', 'Brush Box', 'Turpentine', 'Satinay', 'Scribbly Gum', 'Cabbage Gum',
  'Poplar Box', 'Yellow Box', 'Narrow-leaf Ironbark', 'Silver Leaf', 'Quinine', 'Emu Apple', 'Wild Lime', 'Leichhardt',
  'Cocky Apple', 'Bush Tomato', 'Lignum', 'Mistletoe', 'Wax Flower', 'Pea Flower', 'Hop Bush', 'Native Rosella',
  'Geebung', 'Wonga Vine', 'Wombat Berry', 'Sarsaparilla', 'Hovea', 'Guinea Flower', 'Fringe Lily', 'Blue Tongue',
  'Blackthorn', 'Firewheel', 'Umbrella Tree', 'Booyong', 'Carabeen', 'Yellowwood', 'Silkwood', 'Penda', 'Satinash',
  'Lacewood', 'Tulipwood', 'Bollywood', 'Celerywood', 'Ivorywood', 'Maple', 'Silver Ash', 'Hickory', 'Blush Walnut',
  'Red Bean', 'Bean Tree', 'Pink Euodia', 'Ribbonwood', 'Cheese Tree', 'Bleeding Heart', 'Native Olive', 'Plum Pine',
  'Brown Pine', 'Bunya Nut', 'Wheel of Fire', 'Candlenut', 'Cedar Bay',
] as const;

/** Animals: schools other than the hub's (previous schools, feeder primaries) are named from these. */
export const OTHER_SCHOOL_WORDS = [
  'Kookaburra', 'Brolga', 'Currawong', 'Wallaby', 'Bilby', 'Lorikeet', 'Pardalote', 'Firetail', 'Bellbird', 'Sandpiper',
  'Magpie', 'Rosella', 'Galah', 'Cockatoo', 'Corella', 'Jabiru', 'Heron', 'Egret', 'Pelican', 'Ibis', 'Plover',
  'Curlew', 'Kingfisher', 'Kestrel', 'Osprey', 'Sea Eagle', 'Falcon', 'Wren', 'Robin', 'Finch', 'Honeyeater',
  'Friarbird', 'Bowerbird', 'Lyrebird', 'Whipbird', 'Catbird', 'Swift', 'Martin', 'Swallow', 'Dove', 'Pigeon',
  'Quail', 'Emu', 'Cassowary', 'Possum', 'Glider', 'Koala', 'Wombat', 'Echidna', 'Platypus', 'Quoll', 'Bandicoot',
  'Goanna', 'Dugong', 'Turtle', 'Bittern', 'Brush Turkey', 'Fantail', 'Gerygone', 'Thornbill',
] as const;

/** The second word of an invented school's place name. */
export const PLACE_FORMS = [
  'Creek', 'Ridge', 'Plains', 'Heights', 'Valley', 'Downs', 'Hill', 'Flats', 'Springs', 'Vale', 'Grove', 'Point',
  'Park', 'Gully', 'Lagoon', 'Bay', 'Beach', 'Range', 'Forest', 'Meadows', 'Waters', 'Lakes', 'Crossing', 'Junction',
  'Rise', 'Gardens', 'Hills', 'Pocket', 'Scrub', 'Brook', 'River', 'Bend', 'Gap', 'Peak', 'Heads', 'Rocks', 'Falls',
  'Shores', 'Harbour', 'Haven', 'Glen', 'Dale', 'Fields', 'Hollow', 'Heath', 'Ponds', 'Landing', 'Reach', 'Ford',
  'Green', 'Woods', 'Knoll', 'Bluff', 'Cove', 'Lookout', 'Plateau', 'Swamp', 'Waterhole', 'Wells', 'Gorge', 'Siding',
  'Tableland', 'Inlet', 'Island',
] as const;

/** The 30 words of seedhub's first data version: the OpenAPI model source's values still use them. */
export const NAME_WORDS = [
  'Tallowwood', 'Wattle', 'Banksia', 'Kookaburra', 'Ironbark', 'Jacaranda', 'Brolga', 'Currawong',
  'Bottlebrush', 'Paperbark', 'Grevillea', 'Lilly Pilly', 'Bunya', 'Quandong', 'Wallaby', 'Bilby',
  'Melaleuca', 'Casuarina', 'Boronia', 'Waratah', 'Lorikeet', 'Pardalote', 'Firetail', 'Bellbird',
  'Sandpiper', 'Silky Oak', 'Blackbutt', 'Spotted Gum', 'Corkwood', 'Macadamia',
] as const;

/** The 12 landforms of the first data version, for the OpenAPI model source's values. */
export const LANDFORMS = ['Creek', 'Ridge', 'Plains', 'Heights', 'Valley', 'Downs', 'Hill', 'Flats', 'Springs', 'Vale', 'Grove', 'Point'] as const;

/** Street types, unweighted, as the OpenAPI model source's values draw them. */
export const STREET_TYPES = ['Street', 'Road', 'Avenue', 'Crescent', 'Court', 'Close', 'Place', 'Parade', 'Drive', 'Lane', 'Terrace', 'Way'] as const;

/**
 * Street types of seedhub's addresses, with weights. Street dominates in towns and cities and Road in rural areas
 * (paulvaartj.es, "Streets of Australia", from a national address set); no shares were
 * found, so these weights are assumptions in that order.
 */
export const STREET_TYPE_WEIGHTS = [
  ['Street', 36], ['Road', 14], ['Court', 9], ['Drive', 9], ['Avenue', 7], ['Crescent', 6], ['Place', 5], ['Close', 4],
  ['Parade', 2], ['Lane', 2], ['Terrace', 2], ['Way', 2], ['Circuit', 1], ['Boulevard', 1],
] as const;
