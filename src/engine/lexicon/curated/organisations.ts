/**
 * Pharmacies in German, Dutch, Polish, Somali and the Nordic languages, a French mutual insurer and a Somali centre, named
 * before or after their eponym ("Apotheke Schubert", "Mutuelle Horizon Santé", "Xarunta Bulshada Soomaaliyeed"): in
 * both ORG_HEADS and HEADS_BEFORE_EPONYM.
 */
const HEADS_BEFORE_OR_AFTER = ['apotheke', 'apotheek', 'apteka', 'apotek', 'mutuelle', 'xarunta', 'farmashiyaha',
  // Round 40: churches, mosques and parishes in Haitian Creole, Swahili, Italian and Somali ("Legliz Sen Pòl", "Kanisa la
  // Mtakatifu Yohana", "Parrocchia San Rocco", "Masjidka Towfiiq").
  'legliz', 'kanisa', 'msikiti', 'parrocchia', 'masjidka', 'kaniisadda'];

/**
 * Public rooms of a building, named for a donor and typed in any case after the name ("Brannock lobby", "Whitcombe
 * Atrium", "Nakamura auditorium"): a place, not a person. Also heads of ORG_HEADS (Title Case after any name).
 */
export const PUBLIC_ROOMS: readonly string[] = ['lobby', 'atrium', 'auditorium', 'annex', 'cafeteria', 'concourse'];

/**
 * Head words of organisations, places and buildings (spec: "Organisations,
 * places, buildings, vendors, payers are not people"). A run of capitalised
 * words ending in one of these is an organisation even where it starts with a
 * person's name: "Willow Creek Family Clinic", "Gaines Medical Supply",
 * "Ortega & Blum Anesthesia Associates", "the Margaret Holloway Cancer Center".
 * Curated by the PHI Guard team. Used by the person-name detector.
 *
 * The list also holds the heads of eponyms and street names ("Graves
 * disease", "Lopez Ct"): after a name they too say it is not a patient.
 */
export const ORG_HEADS: readonly string[] = [
  ...PUBLIC_ROOMS,
  'endowment', 'trust', 'lectureship', 'medical', 'center', 'centre', 'hospital', 'clinic', 'health', 'healthcare', 'regional', 'university', 'college',
  'foundation', 'street', 'st', 'road', 'rd', 'ave', 'avenue', 'blvd', 'ct', 'court', 'lane', 'ln', 'drive', 'dr',
  'way', 'pkwy', 'parkway', 'hall', 'wing', 'building', 'tower', 'campus', 'pharmacy', 'courier', 'services',
  'service', 'laboratory', 'group', 'inc', 'llc', 'corp', 'company', 'county', 'cty', 'city', 'school',
  'elementary', 'district', 'institute', 'associates', 'partners', 'systems', 'solutions', 'supply', 'linen', 'food',
  'devices', 'memorial', 'general', 'community', 'plaza', 'suite', 'room', 'unit', 'floor', 'house', 'lodge',
  'manor', 'village', 'park', 'ward', 'program', 'network', 'insurance', 'mutual', 'bank', 'award', 'scholarship',
  'fund', 'library', 'lecture', 'prize', 'syndrome', 'disease', 'criteria', 'scale', 'score', 'test', 'method',
  'procedure', 'pavilion', 'supplies', 'ambulance', 'ems', 'tpa', 'home', 'homes', 'pllc', 'pc', 'co', 'parish',
  'township', 'brothers', 'bros', 'sons', 'cooperative',
  // Laboratory and drug companies by their trade ("Veltrano Genomics", "Halden Therapeutics"; "Diagnostics" is a health-named head, "Genetics" a specialty a patient is seen in).
  'genomics', 'therapeutics', 'pharmaceuticals', 'biosciences', 'biologics',
  // "Center" as budgets and signs shorten it ("Ferrante Cancer Ctr").
  'ctr', 'ctrs', 'cntr', 'coop', 'collaborative', 'alliance', 'consortium',
  'hospitals', 'clinics', 'centers', 'practice', 'physicians', 'surgeons', 'specialists', 'transport', 'ltach', 'snf',
  'elders', 'tribe', 'pueblo', 'nation', 'boulevard', 'highway', 'hwy', 'expressway', 'freeway', 'terrace', 'laboratories',
  // A shopping centre named for a place or a founder ("free screening van at Westbury Mall").
  'mall',
  // Community health centres by their abbreviation ("Ortega FHC", "Eastside CHC", "Rio Verde FQHC").
  'fhc', 'chc', 'fqhc',
  // Businesses and payers by their trade ("Brennan Benefit Administrators", "Tidewater Casualty").
  'administrators', 'casualty', 'underwriters', 'brokers', 'brokerage', 'advisors',
  // Endowed positions named for donors ("the Harold Whitcombe Chair in Alzheimer's Research"). Not "professor", also a
  // patient's own title after the name ("Harold Vance Professor Emeritus - admitted with CHF").
  'chair', 'professorship', 'chairs',
  // Buildings and residences ("Kessler Auditorium", "Blue Heron Senior Living", "Tamarack Elem annex", a school: "Fellside Academy"). Not "daycare" nor
  // "preschool": a child's name comes before them on the child's forms ("Noah Kim Preschool Seizure Action Plan.pdf").
  'living', 'elem', 'academy', 'stadium', 'arena', 'gymnasium', 'fieldhouse', 'ballpark', 'natatorium',
  // Events named for a person ("Hartley Rounds", "Mbeki Symposium", "Hartwell Gala").
  'rounds', 'symposium', 'oration', 'gala', 'luncheon', 'tournament', 'invitational', 'festival', 'fest', 'carnival', 'parade',
  'powwow', 'fiesta', 'rodeo', 'marathon', 'expo',
  // Service clubs that meet in towns and name themselves after them ("Alder Rotary", "Brannock Kiwanis").
  'rotary', 'kiwanis',
  // Heads that come first in the Romance languages ("Centre de santé Louis-Pasteur", "Clínica de la Mujer").
  'centro', 'clinica', 'clinique', 'hopital', 'ospedale', 'policlinico', 'fundacion', 'fundacao', 'fondation',
  'fondazione', 'instituto', 'institut', 'istituto', 'universidad', 'universidade', 'universite', 'asociacion',
  'associacao', 'residencia', 'maison', 'farmacia', 'pharmacie', 'suministros', 'distribuidora', 'laboratorios', 'aseguradora', 'seguradora',
  // Companies' legal forms after the name ("Amâncio Ribeiro Ltda", "Weber Medizintechnik GmbH", "Rossi Forniture Srl").
  'ltda', 'gmbh', 'srl', 'sarl', 'kft',
  // Places of worship, often named for a saint or "Our Lady" ("Igreja Nossa Senhora de Fátima", "St. Jude Church").
  'church', 'chapel', 'mosque', 'masjid', 'temple', 'synagogue', 'cathedral', 'igreja', 'iglesia', 'eglise', 'chiesa',
  'parroquia', 'paroquia', 'capela', 'capilla', 'kosciol', 'parafia',
  // Heads after the name in Turkish, German, Polish, Swedish, Dutch ("Mustafa Kemal Sağlık Merkezi").
  'merkezi', 'hastanesi', 'klinigi', 'eczanesi', 'vakfi', 'krankenhaus', 'klinik', 'praxis', 'zentrum', 'szpital',
  'przychodnia', 'centrum', 'klinika', 'vardcentral', 'sjukhus', 'ziekenhuis',
  // Round 40: Turkish mosques and churches, Hindu temples and Sikh gurdwaras after their name ("Fatih Camii", "Shiv
  // Mandir"), a Creole company's "Medikal", a Japanese hospital after its founder's name ("Tanaka Byoin").
  'camii', 'kilisesi', 'mandir', 'gurdwara', 'gurudwara', 'medikal', 'byoin', 'byouin',
  ...HEADS_BEFORE_OR_AFTER,
  // Greek, Armenian and Mongolian, whose capitalised words the person-name rules read as names in pairs ("Νοσοκομείο
  // Παπαγεωργίου", "Հայաստանի Հանրապետության նախարարություն", "Монгол Улсын яам"), folded as token keys.
  'νοσοκομειο', 'νοσοκομειου', 'ιατρειο', 'ιατρειου', 'πολυιατρειο', 'κεντρο', 'κεντρου', 'υπουργειο', 'υπουργειου',
  'πανεπιστημιο', 'φαρμακειο', 'ιδρυμα', 'εργαστηριο', 'հանրապետություն', 'հանրապետության', 'նախարարություն',
  'նախարարության', 'հիվանդանոց', 'հիվանդանոցի', 'կենտրոն', 'կենտրոնի', 'ինստիտուտ', 'ինստիտուտի', 'համալսարան',
  'պոլիկլինիկա', 'ծննդատուն', 'դեղատուն', 'հիմնադրամ', 'улсын', 'эмнэлэг', 'эмнэлгиин', 'яам', 'төв',
];

/**
 * Heads that come before the eponym with no connector in the languages that put them first
 * ("Phòng khám Trần Hưng Đạo", "chùa Phước Huệ", "Clínica Juan Pérez"). English heads need "of"
 * or a Romance "de" (person-name.ts organisationBefore): "Mercy Hospital Ada Quill" is a patient.
 */
export const HEADS_BEFORE_EPONYM: readonly string[] = [
  'phong kham', 'benh vien', 'trung tam', 'chua', 'nha thuoc', 'truong', 'cong ty', 'suministros', 'distribuidora', 'laboratorios', 'laboratoire', 'aseguradora', 'seguradora', 'centro', 'clinica', 'clinique', 'hopital',
  'ospedale', 'policlinico', 'fundacion', 'fundacao', 'fondation', 'fondazione', 'instituto', 'institut', 'istituto',
  'farmacia', 'pharmacie', 'residencia', 'szpital', 'przychodnia', 'klinika', 'centrum',
  'igreja', 'iglesia', 'eglise', 'chiesa', 'parroquia', 'paroquia', 'capela', 'capilla', 'kosciol', 'parafia',
  // Haitian Creole health centres and hospitals ("Sant Sante Manman Cécile", "Lopital Sen Mikèl"), Portuguese care
  // homes ("Lar Vovó Amélia"), Ukrainian and Russian pharmacies and clinics ("Аптека «Пані Ганна»").
  'sant sante', 'lopital', 'lar', 'аптека', 'клініка', 'клиника', 'лікарня', 'больница', 'поліклініка', 'поликлиника',
  // Wings and buildings of a hospital in French and Spanish ("aile Beaumont", "pavillon Laennec", "edificio Ramos").
  'aile', 'pavillon', 'batiment', 'edificio', 'pabellon',
  // Libraries, halls, rooms and schools named for a person in the Romance languages ("Biblioteca César Chávez", "salón
  // Guadalupe", "sala Frida Kahlo", "Escuela Benito Juárez").
  'biblioteca', 'bibliotheque', 'salon', 'sala', 'auditorio', 'escuela', 'escola', 'ecole', 'colegio', 'universidad', 'universidade',
  // Schools in Polish, Czech and German ("Szkoła Podstawowa nr 3", "Škola Jana Ámose", "Schule am Park"): heads
  // before the name as in the Romance languages.
  'szkola', 'skola', 'schule',
  // A disease named for its describers in Polish and German, the eponym after its head in the genitive or bare
  // ("Choroba Leśniowskiego-Crohna", "Zespół Downa", "Morbus Bechterew"): the eponym is no patient.
  'choroba', 'zespol', 'morbus',
  ...HEADS_BEFORE_OR_AFTER,
  // A laboratory only before the name with no connector ("Laboratorio Valle Verde"): "resultados de laboratorio de
  // Valentina" are her lab results.
  'laboratorio',
];

/**
 * Heads that are also health words ("Hospice", "Pediatrics", "Surgical"): they
 * name a place only in Title Case right after the name in a sentence-case
 * field ("St. Brigid Hospice holiday open house", "Okonkwo Pediatrics - referral
 * fax"); in "Ada Quill hospice referral" they are the patient's care.
 */
export const HEALTH_NAMED_ORG_HEADS: readonly string[] = [
  'dentistry', 'chiropractic', 'physical therapy', 'midwifery',
  'infusion', 'imaging', 'hospice', 'nursing', 'dental', 'orthodontics', 'pediatrics', 'orthopedics', 'orthopaedics',
  'orthopedic', 'rehabilitation', 'rehab', 'wellness', 'urgent', 'medicine', 'vision', 'eye', 'optical', 'hearing',
  'lab', 'labs', 'diagnostics', 'radiology', 'anesthesia', 'pathology', 'surgical', 'oxygen', 'dme', 'hme', 'cardiology',
  'dermatology', 'oncology', 'neurology', 'urology', 'gastroenterology', 'pulmonology', 'podiatry', 'audiology',
  'obgyn', 'psychiatry', 'counseling', 'dialysis', 'fertility', 'sleep', 'orthotics', 'prosthetics',
  'ortho', 'cardio', 'respiratory', 'vascular', 'endoscopy',
  // A pathology group as labs shorten it ("samples now go to Pereda GI Path").
  'path',
];

/**
 * Business heads that say "organisation" even after an underscore in a file
 * name ("MulberryCreek_Ambulance_INV-20417.pdf", "W9_Reyes_Compounding.pdf").
 * "Clinic" or "Hospital" are not here: "Quill_Ada_Hospital_Discharge.pdf" is a
 * patient's document.
 */
export const BUSINESS_HEADS: readonly string[] = [
  'biomedical', 'inc', 'llc', 'co', 'corp', 'company', 'associates', 'partners', 'supply', 'supplies', 'ambulance', 'ems', 'pllc', 'ltda', 'gmbh', 'srl', 'sarl', 'kft',
  'brothers', 'bros', 'dme', 'hme', 'oxygen', 'transport', 'ride', 'rides', 'boutique', 'compounding', 'pharmacy', 'courier', 'linen', 'staffing',
  'consulting', 'solutions', 'systems', 'services', 'labs', 'diagnostics', 'imaging', 'medical', 'mobility', 'orthotics', 'prosthetics', 'specialty', 'foods', 'packaging', 'manufacturing', 'mfg', 'industries', 'enterprises', 'holdings',
  'bar', 'cafe', 'restaurant', 'grill', 'diner', 'kitchen', 'bakery', 'deli', 'bistro', 'pub', 'tavern', 'eatery',
  'taqueria', 'pizzeria', 'panaderia', 'cantina', 'barbershop', 'laundromat', 'outlets',
  'pharma', 'pharmaceuticals', 'therapeutics', 'biologics', 'scientific', 'instruments', 'biotech', 'medtech',
  'wholesale', 'wholesalers', 'distributors', 'distribution', 'logistics', 'analytics',
  // A distributor and a biomedical-equipment firm as they are shortened ("Ochoa Vaccine Dist.", "Petrakis Biomed").
  'dist', 'distributor', 'biomed',
  // Food sellers and traders named for their owner ("Fuimaono Catering", "Samatar Halal Market", "Benally Trading Post").
  'catering', 'caterers', 'market', 'markets', 'grocery', 'groceries', 'trading',
  // Employers an occupational-health clinic serves, and payers named as brands ("Keller Steel", "Harmon BlueShield").
  'steel', 'construction', 'trucking', 'freight', 'plastics', 'metals', 'motors', 'automotive', 'warehousing', 'farms',
  'dairy', 'poultry', 'lumber', 'mining', 'energy', 'utilities', 'roofing', 'plumbing', 'landscaping', 'fabrication',
  'textiles', 'blueshield', 'bluecross', 'healthplan', 'builders', 'contractors', 'transit', 'locksmith', 'locksmiths', 'hvac', 'flooring', 'elevator', 'elevators', 'packing', 'packers', 'cannery', 'orchards', 'nursery', 'nurseries',
  // Sellers of food, drink and services named for a place or an owner ("Blue Heron Seafood", "The Ruby Lounge",
  // "Marisol's Salon"). Not "depot" (a depot injection), "cable" (a surname) nor "hotel" (a quarantine hotel).
  'seafood', 'lounge', 'salon', 'brewery', 'winery', 'motel', 'cleaners', 'hardware',
  // A guard or alarm firm named for its owner ("Okimura Security alarm fault"; not "Social Security", person-name.ts).
  'security',
];

/**
 * Words that make the next capitalised word a service a business sells: "O'Donoghue Mobile X-Ray &
 * Ultrasound", "MARCHETTI MOBILE MRI", "Lindqvist Portable Imaging". After a name and before a number
 * ("Ada Quill mobile 555-0134") "mobile" is a phone.
 */
export const SERVICE_MODIFIERS: readonly string[] = ['mobile', 'portable'];

/**
 * Heads of institutions that, in Title Case after a name in the subject, make the name the institution's in the
 * message's file names ("Okwuosa Memorial Cancer Center" and "Okwuosa_Wayfinding_v4.pdf"): a narrower set than
 * ORG_HEADS, without the street, unit and trade words that follow patients' surnames in file names ("Whitcombe CT").
 */
export const INSTITUTION_HEADS: readonly string[] = ['memorial', 'center', 'centre', 'hospital', 'clinic', 'healthcare', 'medical', 'foundation', 'institute', 'pavilion', 'university', 'college', 'pharmacy', 'laboratories', 'associates', 'hospice'];

/**
 * Trades among BUSINESS_HEADS that bill patients for their care ("Bayside Ambulance", "Valley Medical", "Harbor
 * Compounding"): an account number beside such a firm's name is a patient's, not the organisation's with a supplier
 * (detectors/account-number.ts reads the rest of BUSINESS_HEADS as suppliers' trades).
 */
export const PATIENT_BILLING_TRADES: readonly string[] = ['ambulance', 'ems', 'transport', 'ride', 'rides', 'compounding', 'mobility', 'specialty', 'healthplan', 'bluecross', 'blueshield', 'medical', 'pharmacy', 'labs', 'biomedical'];

/**
 * Kinds of health plan and benefit account written after a plan's brand ("Ashby HDHP deductible", "Tidewell PPO
 * network"): a lone capitalised word right before one is the brand, not a member. A full name keeps its person
 * ("Maria Lopez PPO denial").
 */
export const PLAN_TYPES: readonly string[] = ['hdhp', 'ppo', 'hmo', 'epo', 'hsa', 'fsa', 'hra', 'medigap'];

/**
 * Spanish place names put the geographic noun first and its adjective (or a second noun) after: "Arroyo Seco",
 * "Palo Verde", "Loma Linda", "Agua Fria", "Rio Rancho", "Casa Grande". A head here followed by a modifier below is a
 * place (a town, a plan, a clinic site), even where the head is also a surname ("Arroyo"); person-name.ts keeps a
 * given name of the lists before a census surname ("Sierra Blanco"). Nouns already in PLACE_WORDS ("mesa", "canyon")
 * end English place names and are left out here. From general knowledge of Spanish toponymy in the US Southwest.
 */
export const SPANISH_TOPONYM_HEADS: readonly string[] = [
  'arroyo', 'palo', 'sierra', 'loma', 'lomas', 'agua', 'aguas', 'rio', 'valle', 'monte', 'cerro', 'casa', 'rancho',
  'punta', 'paso', 'puerto', 'playa', 'laguna', 'canada', 'campo', 'costa', 'isla', 'llano', 'villa',
  'ojo', 'cuesta', 'piedra', 'piedras', 'alamo', 'bahia', 'tierra', 'ciudad', 'colonia', 'vista', 'cienega',
];
export const SPANISH_TOPONYM_MODIFIERS: readonly string[] = [
  'seco', 'seca', 'verde', 'verdes', 'alto', 'alta', 'altos', 'blanco', 'blanca', 'grande', 'linda', 'lindo', 'vista',
  'fria', 'frio', 'hondo', 'honda', 'gorda', 'gordo', 'prieto', 'prieta', 'dorado', 'dorada', 'colorado', 'colorada',
  'nuevo', 'nueva', 'viejo', 'vieja', 'largo', 'larga', 'redondo', 'redonda', 'bonito', 'bonita', 'hermosa', 'hermoso',
  'escondido', 'escondida', 'quemado', 'quemada', 'claro', 'clara', 'azul', 'negro', 'negra', 'amarillo', 'rancho',
  'bella', 'bello', 'encantado', 'encantada', 'caliente', 'dulce', 'pintada', 'pintado', 'chiquito', 'chiquita',
];

/**
 * Geographic words that end place names: "Mulberry Creek", "Ostrander Vale",
 * "Harwick Bay Commons" are places even where the first word is a surname; so
 * do the levels of a school named for a place ("Westbrook Middle").
 * Surnames that are also places ("Park", "Hill", "Wood", "Lake", "Brook") are
 * left out: "Min-ji Park" is a person.
 */
export const PLACE_WORDS: readonly string[] = [
  'vale', 'creek', 'ridge', 'hollow', 'meadow', 'meadows', 'glen', 'springs', 'valley', 'grove', 'heights', 'harbor',
  'harbour', 'bay', 'pines', 'falls', 'crossing', 'landing', 'commons', 'terrace', 'pointe', 'bluff', 'bluffs',
  'canyon', 'mesa', 'hills', 'woods', 'township', 'county', 'parish', 'borough', 'oaks', 'elms', 'willows', 'gardens',
  // Rural places: a river's fork, flat land, a crossroads ("Cedar Fork", "Dutch Flats", "Harlan Junction").
  'fork', 'forks', 'flats', 'junction', 'prairie',
  // A river's bend, a sheltered inlet, shallows ("Willow Bend", "Heron Cove", "Muscle Shoals"): rare as surnames, a trade-off
  // like "vale" and "ridge" ("Anna Bend" reads as a place). Not "knoll", a surname too.
  'bend', 'cove', 'shoals',
  // Schools named for a place: "Westbrook Middle", "Alder Elementary".
  'middle', 'elementary',
];
