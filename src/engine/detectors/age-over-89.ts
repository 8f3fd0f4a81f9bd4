import { healthTermsOf } from '../facts/health';
import { ORG_HEADS, PLACE_WORDS } from '../lexicon/organisations';
import { nameLexicon } from '../lexicon';
import { keywordOpenings, mayOpenWith, wordStartsOf } from '../facts/word-starts';
import { BLOCK_SUBJECT_AND_FILES, CharTest, Coverage, DIGIT, Detector, FieldContext, LETTER, NONE, Signal, bounded, oneOf, signalAt } from './detector';

/**
 * Ages over 89 are identifiers under HIPAA Safe Harbor (few people are that
 * old, so the age narrows to a person). Needs an age marker: "92 yo",
 * "102 y/o", "aged 93", "94th birthday", "age: 91".
 */
const AFTER = /(\d{2,3})[\s_-]{0,2}(?:yo|y\/o|y\.o\.?|yrs?\.?(?: old)?|years?[- ]old|yr-old|years of age|ans|a[ñn]os)[mf]?(?![a-z0-9])/gi;
// "Age 90+ falls data", "aged 90 and over": a band of ages, a statistic's, not one person's age.
// "pt age is 101", "age of 94": the verb or the preposition between the word and the number. Glued in a file name
// ("Facesheet_Theodorou_age96.pdf") the number is the age too; a word that ends in "age" is refused by the letter
// before it ("Usage96", "page96").
const BEFORE = /(?:age|aged|edad|agee|âgée?)(?:[\s:_]{1,2}|\s(?:is|was|of)\s)?(\d{2,3})(?!\d|\+|\s(?:and|or)\s(?:over|older|above))/gi;
// "Happy 101st to Miss Ruth", "Happy 102nd, Miss Ida!": a greeting with an ordinal to someone titled as a person is a
// birthday's ("Happy 100th to our School of Nursing", "Happy 100th to Dr. Hale - 100th robotic case" are not). Set off by
// a comma only before a lay title ("Happy 125th, Mother Cabrini!" is a founder's), and only where no other number
// counts something ("Happy 100th, Mrs. Patel - 100th baby delivered!": checked in find).
// "Birthday_Ethel_Grange_101st.jpg", "Birthday tea for Ruth - her 95th!": an ordinal after the birthday word, within a
// few words (and no other number between), closing the field or a clause, is the age too; one before a noun is
// something else's ("the 101st Airborne", "100th robotic case"). A number right after the birthday word, set apart, is
// the age as well ("Birthday_101_Edna_Whitlock_party_flyer.pdf", "bday 95 - Grandma Rose"), not a date or a count of
// something ("birthday 5/12", "bday 100 cupcakes" has no apart).
const BIRTHDAY = /(\d{2,3})(?:st|nd|rd|th)?[\s_-]{1,2}(?:birthday|bday|b-day)|turn(?:s|ed|ing)[\s_]{1,2}(\d{2,3})(?!\d)|happy[\s_-]{1,2}(\d{2,3})(?:st|nd|rd|th)(?:[\s,!]{1,3}to\s+(?:miss|mrs|mr|ms|mother|grandma|grandpa|nana|granny|aunt|uncle)|,\s(?:miss|mrs|mr|ms))(?![a-z])|(?:birthday|bday)[\s_-]\D{0,40}(\d{2,3})(?:st|nd|rd|th)(?=\s?[!.,;:)]|$)|(?:birthday|bday|b-day)[\s_]{1,2}(\d{2,3})(?=_|\s[-\u2013\u2014]\s|\s?[!,;:)]|$)/gi;
/**
 * Case shorthand: an age glued to a sex ("94F", "92 M"), in a field with health words ("New admit
 * 93M - CHF"). Without them the same shape is a temperature ("fever 102F"), a room
 * ("Room 92F") or money ("$120M"): not in a field that speaks of temperature, nor after a place word
 * or a currency.
 */
const AGE_SEX = /(\d{2,3}) ?[MF](?![a-z0-9])/g;
const TEMPERATURE = /temp|t ?max|fever|febrile|pyrex|°|\bt ?\d{2,3}/i;
const PLACE_OR_MONEY_BEFORE = /(?:room|rm|suite|ste|bldg|building|floor|fl|unit|bed|gate|pier|lot|[$€£]|usd)[\s#:._-]{0,3}$/i;
/**
 * Ages in the languages of US patients. Words that mean "years of age" and nothing else count as "92 yo"
 * does ("93岁", "92세", "95歳", "bà 91 tuổi", "90 yaşında", "92-jährige", "९२ वर्षीय", Hebrew "בן 96").
 * Words that also mean plain "years" ("91 год", "94 سنة", "93 ዓመት", "92 anos") count only in a field with
 * health words: "100 лет больнице" is an anniversary. Romanian puts "de" between number and word ("93 de ani"); Turkish
 * glues "-ki" to the age word ("91 yaşındaki hastamız", our 91-year-old patient). A file name may join the age and its word with an
 * underscore ("hasta_91_yasinda", "pacient_93_ani"). The Arabic comma, semicolon and question mark (U+060C, U+061B,
 * U+061F) and the Urdu full stop end the word like any punctuation ("٩٣ سنة، دخل الطوارئ"); only a letter after it makes
 * it another word. Plain "years" of 100 and more are an institution's anniversary ("100 Jahre Dialyse", "منذ ١٠٠
 * عام، مستشفى الأمل"), unless a word for age, a grandparent or a patient stands before them (AGE_WORD_YEARS).
 * European forms: "years of age" in Hungarian "93 évesen" (at 93), Finnish "92-vuotias", Czech and Slovak "92letá", Polish "92-letnia",
 * "92-ročná", Croatian and Serbian "92-godišnja", "92-годишњак", Bulgarian "92-годишна", Albanian "92 vjeç",
 * Lithuanian "92 metų amžiaus", Somali "94 jir", Danish, Norwegian and Swedish "92-årig", Dutch "92-jarige", Italian "92enne", Greek
 * "92 χρονών"; plain "years", health words needed: Hungarian "93 éves" (also a hospital's "100 éves"), Finnish "92
 * vuotta", "92 v", Czech "92 let", Slovak "92 rokov", Croatian and Serbian "92 godine", "92 године", Bulgarian "92
 * години", Lithuanian "92 metai", Albanian "92 vjet", Greek "92 χρόνια", German "94 J.". Not Bulgarian "92 г.", also
 * a year's and a gram's mark, nor Lithuanian "92 m.", also metres and minutes.
 */
const AGE_ONLY_AFTER =
  /(\d{2,3})[\s_-]{0,2}(?:ετών|ετων|χρονών|χρονων|xronon|ساله|سالہ|वर्षीय|वर्ष की|বছর বয়সী|বছর বয়সের|বছর বয়স|tuoi|tuổi|(?:yasinda|yaşında)(?:ki)?|jahre alt|jährige?r?|jahrige?r?|taong gulang|anos de idade|años de edad|évesen|evesen|vuotia(?:aalle|aana|an|at|s)|let(?:ého|ou|[ýáé])|letni(?:ego|emu|ej|[aąm])?(?![a-z])|ročn[ýáé]|godi[šs]nj(?:akinja|ak|[aieu])|годишњ(?:ак|[аие])|годишн(?:ият|ия|[аи])|годишен|vjeçar(?:ja|[ei])?|vjecar(?:ja|[ei])?|vjeç|vjec|jir(?![a-z])|metų amžiaus|metu amziaus|årig[ae]?(?![a-z])|arig[ae]?(?![a-z])|jarige?(?![a-z])|enne(?![a-z]))/gi;
/** Age words that also make an institution's anniversary an adjective (Dutch, Nordic, Finnish, South Slavic, Czech, Bulgarian, Somali). */
const ANNIVERSARY_ADJECTIVE = /jarig|årig|arig|vuotia|godi[šs]nj|годишњ|годишн|годишен|let(?:ého|ou|[ýáé])|letni|ročn|jir$/i;
/** In the scripts written without spaces the age word is glued to what follows ("93岁老人"). */
const AGE_ONLY_GLUED = /(\d{2,3})\s?[岁歲세살歳才]/g;
/**
 * A word for a person's age right before the number: Hebrew "בן 96", "edad de 92", and the noun "age" of the patients'
 * languages, which means nothing else (Bengali "বয়স ৯১", Hindi "उम्र 93", "आयु 93", Russian "возраст 94", Ukrainian "вік 91",
 * Korean "나이 92", Chinese and Japanese "年龄：95", "年齢 90", Turkish "yaş 91").
 */
const AGE_ONLY_BEFORE = /(?:בן|בת|edad de|idade de|âgée? de|im alter von|বয়স|বয়স|उम्र|आयु|возраст|вік|나이|年龄|年齡|年齢|yaş)[\s:\uff1a]{1,2}(\d{2,3})(?!\d)/gi;
const YEARS_AFTER = /(\d{2,3})[\s_-]{0,2}(?:de[\s_]{1,2})?(?:ani|год|года|лет|рок|роки|років|سنة|سنه|عام|عاما|سال|ዓመት|वर्षको|वर्षकी|वर्ष|साल|ਸਾਲ|lata|lat|anos|anyos|anni|år|sano|jaar|jahre|an|saal|sana|বছর|éves|eves|vuotta|rokov|godine|godina|године|година|години|metai|metų|metu|vjet|χρόνια|χρονια)[\u064b-\u065f]?(?![a-z0-9\u0400-\u04ff\u0620-\u064a\u066e-\u06d3\u0904-\u09ff\u0a00-\u0a7f])/gi;
/** Stems of Russian and Ukrainian words for a grandparent, a patient or age, which take a case ending. */
const AGE_WORD_STEMS = ['бабушк', 'дедушк', 'бабус', 'дідус', 'бабц', 'пациент', 'пацієнт', 'возраст'];
/** The same words in the other languages, as written (a few with their endings as a group). */
const AGE_WORD_LIST = ['вік', 'عمره', 'عمرها', 'عمري', 'جدتي', 'جدة', 'جدي', 'المريضة', 'المريض', 'हजुरआमा', 'हजुरबुबा', 'हजुरबा', 'दादी', 'नानी', 'उमेर', 'उम्र', 'abuela', 'abuelo', 'avó', 'avô', 'babcia', 'dziadek', 'pacjentka', 'pacjent', 'wiek', 'አያት', 'ዕድሜ', 'ayeeyo', 'awoowe', 'lola', 'lolo', 'مادربزرگ', 'پدربزرگ', 'oma', 'opa', 'grann', 'granpè', 'ji', 'nonna', 'nonno', 'babička', 'babicka', 'dědeček', 'dedecek', 'nagymama', 'nagypapa', 'nagyapa', 'beteg', 'mummo', 'mummi', 'isoäiti', 'isoaiti', 'isoisä', 'isoisa', 'vaari', 'ukki', 'potilas', 'mormor', 'farmor', 'morfar', 'farfar', 'bestemor', 'bestefar', 'patienten', 'patientin', 'bewohnerin', 'bewohner', 'močiutė', 'mociute', 'senelis', 'senelė', 'senele', 'baka', 'djed', 'deda', 'баба', 'бака', 'дядо', 'деда', 'gjyshja', 'gjyshe', 'gjyshi', 'γιαγιά', 'γιαγια', 'παππούς', 'παππους',
  // Grandparents written in Latin letters by staff who code-switch (Russian, Korean, Levantine Arabic).
  'babushka', 'dedushka', 'halmeoni', 'harabeoji', 'sitti', 'jiddo', String.raw`pacient(?:ka|ul|a)?`, String.raw`pacijent(?:ica|kinja)?`, 'pacientas', 'pacientė'];
const AGE_WORDS = String.raw`(?:(?:${AGE_WORD_STEMS.join('|')})[\u0430-\u044f\u0451\u0456\u0457\u0454]{0,4}|${AGE_WORD_LIST.join('|')})`;
/** One of those words right before a name: "Ayeeyo Khadra, 95 sano", "Oma Gertrud, 98 Jahre". */
const AGE_WORD_BEFORE_NAME = new RegExp(String.raw`(?:^|[\s(])` + AGE_WORDS + String.raw`\s$`, 'i');
/** How those words open: a field where none can start needs neither of the two expressions below (facts/word-starts.ts). */
const AGE_WORD_OPENINGS = keywordOpenings([...AGE_WORD_STEMS, ...AGE_WORD_LIST]);
/**
 * The same plain "years" after a word for age, a grandparent or a patient in those languages ("бабушке 93 года",
 * "عمرها 96 سنة", "हजुरआमा 91 वर्ष", "babcia 94 lata"): beside such a word the years are a person's age, with or
 * without health words. Only right before the number: "100 лет больнице" has none.
 */
// Hindi puts its honorific "जी" after a kinship word ("दादी जी 96 वर्ष"): read between the word and the years.
const AGE_WORD_YEARS = new RegExp(AGE_WORDS + String.raw`(?:\s?जी)?[\s,:_-]{1,3}` + YEARS_AFTER.source, 'gi');
/**
 * Year words too short or too common to stand alone ("94 v" is "94 versus", "92 let" English, "95 j." anything):
 * Finnish "v", Czech and Slovak "let", German "J." (or "J" glued in a file name: "Patientin_94J"), and years written in
 * Latin letters for Russian ("god", "goda"), Korean ("se") and Turkish or Arabic ("sene") count only after such an age word
 * ("mummo 92 v", "Oma 94 J.", "babushka 93 goda", "halmeoni 96 se"). Polish and Czech clinical shorthand puts the years
 * word first: "pacjentka lat 93".
 */
const AGE_WORD_SHORT_YEARS = new RegExp(AGE_WORDS + String.raw`[\s,:_-]{1,3}(?:(\d{2,3})[\s_-]{0,2}(?:v|let|goda|god|sene|se|j\.|j(?=[_.]|$))(?![a-z0-9])|(?:lat|let)\s(\d{2,3})(?!\d))`, 'gi');
/**
 * A number in brackets right after a word for a person in care or a relative is that person's age, with or
 * without health words: "great-grandma (93) is legal guardian", "pt (91) lives alone". "Room (92)" is not.
 */
const BRACKETED_COUNTS = /\(\d+\)[^(]*\(\d+\)/;
const ANNIVERSARY_OR_PLACE = /юбиле|годовщин|больниц|поликлиник|им\.|احتفال|مستشفى|jubileusz|szpital|rocznic|aniversario|hospital|cl[ií]nica/i;
const PERSON_BRACKETED_AGE =
  /(?:grandma|grandmother|grandpa|grandfather|grandad|granddad|granny|nana|nonna|nonno|great-grandma|great-grandmother|great-grandpa|great-grandfather|mother|father|mother-in-law|father-in-law|mom|dad|husband|wife|pt|patient|resident|aunt|uncle|widow|widower|(?:mrs|mr|ms|miss)\.?\s[a-z]{2,})\s?[([](\d{2,3})[)\]]/gi;
/**
 * "Tallow Creek Hospital turns 100": an organisation's anniversary, not a person's age (its head word before "turns");
 * so is a saint's name a hospital or a parish is called by ("St. Anselm turns 100!").
 */
const ORGANISATION_BEFORE = new RegExp(`(?:^|[^a-z])(?:${ORG_HEADS.join('|')})[\\W_]{0,3}$`, 'i');
const SAINT_BEFORE = /(?:^|[^A-Za-z.])(?:St\.?|Saint|Ste\.?)\s[A-Z][a-z]+[\W_]{0,3}$/;
/**
 * A centenary named in the field: a hundred years and more are then the institution's ("Centennial gala"), unless a
 * person or a relative is named for them ("Founders' lunch; also Mom turns 100").
 */
const CENTENARY = /centennial|centenary|sesquicentennial|bicentennial/i;
const INSTITUTION_EVENT = /\b(?:gala|anniversary|founders?|founding|jubilee)\b/i;
/** The word before "turns" is a given name or a surname of the lists. */
function nameBefore(before: string): boolean {
  const word = before.trim().split(/[^A-Za-z'\u00c0-\u024f-]+/).filter(Boolean).pop();
  if (word === undefined || !/^[A-Z]/.test(word)) return false;
  const lex = nameLexicon();
  const key = word.toLowerCase();
  return (lex.given.has(key) || lex.surname.has(key) || lex.ambiguous.has(key)) && !PLACES.has(key);
}
/** "Marrow Glen", "Willow Creek": a place's last word is no name before "turns". */
const PLACES = new Set(PLACE_WORDS);
const PERSON_PLACE = /(?:^|[^a-z])(?:(?:rm|room|bed)[\s#.]{0,2}\d|resident|patient|pt)(?:[^a-z]|$)/i;
const PERSON_WORD = /(?:^|[^a-z])(?:mom|mum|mother|dad|father|grand[a-z]*|abuel[ao]|nana|aunt|uncle|pt|patient|resident|mrs?|ms|miss)(?![a-z])/i;
/**
 * A person word and a number set apart by a comma, in a field with health words: "Pt 97, DNR on file",
 * "Grandmother, 96 - hospice eval", or by "is" or "turns" ("pt is 94, lives alone"; not beside a vital sign,
 * nor "PT is 100": physical therapy's productivity). Without them the number
 * is a patient's place in a list or a room ("pt 92 - MRI"); a member's number is an ID.
 */
const PERSON_AGE = /(?:pt|patient|resident|grandmother|grandfather|grandma|grandpa|mother|father|mom|dad|husband|wife|gentleman|lady|man|woman|male|female)(?:,\s?(\d{2,3})(?=\s?[,;:(\u2013\u2014]|\s-\s|$)|\s(\d{2,3}),|\s(?:is|turns|turned)\s(\d{2,3})(?=\s?[,;:(\u2013\u2014]|\s-\s|$))/gi;
/**
 * The newspaper's apposition: a given name and a surname, then the age between commas or before a dash or the
 * end ("Harold Weiss, 94, retired machinist", "obit - Ada Quill, 101"): the first word a given name of the
 * lexicons that is no everyday word ("Budget Review, 95" is not), the second no everyday word either.
 */
const NAME_AGE = /([A-Z][a-z]+)\s([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?),\s(\d{2,3})(?=,|\s[-\u2013\u2014]\s|\s?$)/g;
/**
 * "celebrating a resident's 100th!", "Mr. Okafor's 95th - cake at 3": an ordinal closing a clause right after the
 * possessive of a person in care, a relative or a titled person is that person's birthday ("the clinic's 100th" is
 * an organisation's: no such word before it).
 */
const PERSON_ORDINAL = /(?:resident|patient|pt|mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather|nana|granny|aunt|uncle|(?:mrs|mr|ms|miss)\.?\s[A-Z][a-z'-]+)['\u2019]s\s(\d{2,3})(?:st|nd|rd|th)(?=\s?[!.,;:)]|\s[-\u2013\u2014]\s|$)/gi;
/**
 * The possessive's ordinal is a birthday only beside a birthday's words (a cake, a party, a celebration) and no count of
 * something else ("Chief resident's 100th - robotic milestone!", "Ms. Greer's 100th - blood donation").
 */
const BIRTHDAY_CUE = /birthday|bday|b-day|\bcake\b|\bparty\b|celebrat/i;
const COUNTED = /milestone|\bcases?\b|donation|donor|deliver|\bshifts?\b|\bgallons?\b|\brobotic\b/i;
/** Another number in the field besides the one read: "Happy 100th, Mr. Dale! 100 volunteer shifts" counts shifts. */
// A room's, a bed's or a unit's number is a place, no count ("Happy 101st, Mrs. Patel - room 12").
const PLACE_BEFORE_NUMBER = /(?:rm|room|bed|unit|fl|floor|suite|ste)[\s#.]{0,2}$/i;
function otherNumber(text: string, start: number, end: number): boolean {
  for (const part of [text.slice(0, start), text.slice(end)]) {
    const digits = /\d+/g;
    for (let m = digits.exec(part); m !== null; m = digits.exec(part)) if (!PLACE_BEFORE_NUMBER.test(part.slice(0, m.index))) return true;
  }
  return false;
}
/**
 * The same apposition after a title and a surname ("Ms. Ingebretsen, 93, asking about SNF coverage", "Mr. Dube, 91 -
 * fall"): the title makes the word a person's name, so the number set off after it is the age, in a field that speaks
 * of care or of a life's event.
 */
const TITLE_AGE = /(?:Mrs|Mr|Ms|Miss)\.?\s([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?),\s(\d{2,3})(?=,|\s[-\u2013\u2014]\s|\s?$)/g;
const CENTENARIAN = /(?:super)?centenarian/gi;
const CENTENARIAN_IN = /centenarian/i;
// A room or a bed with its number, a lay title or a word for someone in care anywhere, or "our" right before the word;
// not a study's, a research team's or a talk's ("centenarian study - pt recruitment flyer").
const CENTENARIAN_WHO = /(?:^|[^a-z])(?:(?:rm|room|bed)[\s#.]{0,2}\d|(?:mrs?|ms|miss|resident)(?:[^a-z]|$)|our\s(?:super)?centenarian)/i;
const CENTENARIAN_TOPIC = /centenarians?[\s-]+(?:study|studies|research|project|trial|cohort|talk|lecture|team|grant|program)/i;
/** Words of a life's events, beside which a number after a name is an age. */
const LIFE_EVENT = /\b(?:obit|obituary|obituaries|died|dies|passed|memorial|funeral|celebration of life|condolences|birthday|bday|centenarian)\b/i;
/** Words that make the two capitalised words a place, a building or a road, not a person. */
const NOT_A_PERSON = /\b(?:suite|building|bldg|floor|street|st|avenue|ave|road|rd|route|highway|hwy|room|unit|wing|hall|tower|pavilion|center|centre|clinic|hospital|county|district|station|exit)\b/i;
/** Vital signs: beside them "pt is 101" is a temperature or a rate, not an age. */
const VITAL_SIGNS = /\b(?:o2|sat|sats|spo2|temp|hr|bp|rr|bipap|cpap|pulse|tylenol|febrile|afebrile)\b/i;
/** Words for plain "years" that come before the number ("miaka 96", Swahili): with health words, as YEARS_AFTER. */
const YEARS_BEFORE = /miaka[\s_:-]{0,2}(\d{2,3})(?!\d)/gi;
/**
 * Every reading below takes the age from a whole run of two or three digits and keeps it only from 90 to 125:
 * a field without such a number holds no age over 89, and none of the expressions need be tried (each is
 * compiled on its first use, which a cold send would otherwise pay for on every message with a date in it).
 */
const AGE_NUMBER = /(?:^|\D)(?:0?9\d|1[01]\d|12[0-5])(?!\d)/;
const DIGIT_OR_DOT = oneOf('.', DIGIT);
const ALNUM_BEFORE = oneOf('0123456789', LETTER);
const ALNUM_OR_DOT = oneOf('0123456789.', LETTER);

export const ageOver89: Detector = {
  meta: {
    id: 'age-over-89',
    role: 'identifier',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    messages: { found: 'an age over 89' },
  },
  find(ctx: FieldContext): Signal[] {
    const n = ctx.text.normalized;
    const centenarian = CENTENARIAN_IN.test(n.text);
    if ((ctx.text.digits < 2 || !AGE_NUMBER.test(n.text)) && !centenarian) return [];
    const out: Signal[] = [];
    // Allocated on the first age found: most fields have none.
    let taken: Coverage | undefined;
    // The field names a centenary and no person: read once, on the first "turns 100".
    let centenary: boolean | undefined;
    const passes: [RegExp, CharTest, CharTest][] = [[AFTER, DIGIT_OR_DOT, LETTER], [BEFORE, LETTER, LETTER], [BIRTHDAY, ALNUM_BEFORE, LETTER], [PERSON_ORDINAL, LETTER, LETTER], [AGE_ONLY_AFTER, DIGIT_OR_DOT, LETTER], [AGE_ONLY_BEFORE, LETTER, LETTER], [AGE_ONLY_GLUED, DIGIT_OR_DOT, NONE], [AGE_WORD_YEARS, LETTER, LETTER], [AGE_WORD_SHORT_YEARS, LETTER, LETTER], [PERSON_BRACKETED_AGE, LETTER, NONE]];

    if (healthTermsOf(ctx).length > 0) passes.push([YEARS_AFTER, DIGIT_OR_DOT, LETTER], [YEARS_BEFORE, LETTER, LETTER], [PERSON_AGE, LETTER, LETTER]);
    // The two expressions opened by a word for age, a grandparent or a patient: only where such a word may start.
    const ageWordAt = mayOpenWith(wordStartsOf(ctx, 'normalized'), AGE_WORD_OPENINGS);
    for (const [re, before, after] of passes) {
      if (!ageWordAt && (re === AGE_WORD_YEARS || re === AGE_WORD_SHORT_YEARS)) continue;
      for (const m of bounded(re, n.text, before, after)) {
        const age = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
        // "PT (112), OT (64)": bracketed numbers in a list are counts; "PT" in capitals is physical therapy.
        if (re === PERSON_BRACKETED_AGE && (BRACKETED_COUNTS.test(n.text) || m[0].startsWith('PT'))) continue;
        // "ГКБ им. Бабушкина 90 лет", "مستشفى جدة 100 عام": a place named so, or an anniversary, is no one's age; nor is a
        // capitalised word inside the field (a surname in another case).
        if ((re === AGE_WORD_YEARS || re === AGE_WORD_SHORT_YEARS) && (ANNIVERSARY_OR_PLACE.test(n.text) || (m.index > 0 && /^[\u0410-\u042f]/.test(m[0])))) continue;
        // After a titled person's or a relative's possessive the ordinal is a birthday unless it counts something; after a
        // resident's or a patient's it needs a birthday's word.
        if (re === PERSON_ORDINAL && (COUNTED.test(n.text) || (!BIRTHDAY_CUE.test(n.text) && /^(?:resident|patient|pt)/i.test(m[0])))) continue;
        if (re === BIRTHDAY && m[3] !== undefined && /^happy[\s_-]{1,2}\d+(?:st|nd|rd|th),/i.test(m[0]) && (otherNumber(n.text, m.index, m.index + m[0].length) || COUNTED.test(n.text))) continue;
        // "on its 100th.", "the clinic's 100th!": an organisation's ordinal, not a person's.
        if (re === BIRTHDAY && m[4] !== undefined && /(?:^|[^a-z])its\s$|['\u2019]s\s$/i.test(m[0].slice(0, m[0].length - m[4].length - 2)) && !PERSON_WORD.test(m[0])) continue;
        if (re === BIRTHDAY && (m[2] !== undefined || m[5] !== undefined)) {
          const before = n.text.slice(Math.max(0, m.index - 24), m.index);
          if (ORGANISATION_BEFORE.test(before) || SAINT_BEFORE.test(before) || (age >= 100 && (centenary ??= CENTENARY.test(n.text) && !PERSON_WORD.test(n.text)))) continue;
          // "Copperleaf turns 95! Gala 3/8": beside a gala or an anniversary, and no person's word, an institution's years.
          // Not after a person's name ("Harold turns 100 - gala in the dayroom", "Rose Alvarez turns 99 - anniversary").
          if (m[2] !== undefined && INSTITUTION_EVENT.test(n.text) && !PERSON_WORD.test(n.text) && !nameBefore(before)) continue;
        }
        // Somali "jir" is a suffix in lower case: "95 JIR" in capitals is a ticket's or a project's code.
        if (re === AGE_ONLY_AFTER && /JIR$/.test(m[0])) continue;
        if (re === PERSON_AGE && m[3] !== undefined && (m[0].startsWith('PT') || VITAL_SIGNS.test(n.text))) continue;
        // One age once: "৯৩ বছর বয়সী" (years of age) holds "৯৩ বছর" (years), which a later pass also finds.
        // The age word before the number is its reason, not part of the age ("бабушке 93 года" reports "93 года").
        // The ordinal after a birthday word is the age, not the words before it.
        const start = re === AGE_WORD_YEARS || re === AGE_WORD_SHORT_YEARS || re === PERSON_BRACKETED_AGE || re === PERSON_ORDINAL || (re === BIRTHDAY && (m[4] !== undefined || m[5] !== undefined)) ? m.index + m[0].search(/\d/) : m.index;
        const end = re === PERSON_BRACKETED_AGE ? start + m[1].length : m.index + m[0].length;
        // Plain "years" of a hundred and more are an anniversary's (YEARS_AFTER's comment).
        if ((re === YEARS_AFTER || re === YEARS_BEFORE) && age >= 100) continue;
        // So are the adjectives "100-jarig", "100-årige", "100-vuotias", "100-godišnja" (a hospital's centenary):
        // the age words of the languages that also make an anniversary's adjective count up to 99 only, unless a
        // patient word is in the field ("100-jarige patiënte - heupfractuur").
        if (re === AGE_ONLY_AFTER && age >= 100 && ANNIVERSARY_ADJECTIVE.test(m[0]) && !healthTermsOf(ctx).some((h) => h.category === 'patient')) continue;
        if (age < 90 || age > 125 || !(taken ??= new Coverage(n.text.length)).claim(start, end)) continue;
        out.push(signalAt(n, start, end, 'age-over-89', 'identifier', 'found'));
      }
    }
    // The same apposition in the patients' languages, with their word for years after the number ("Oma Gertrud, 98
    // Jahre", "Grann Lucienne, 97 an", "Babcia Zofia, 90 lat"): after a capitalised given name of the lexicons (no
    // everyday word) and a comma, the years are that person's age, with or without health words.
    let lex: ReturnType<typeof nameLexicon> | undefined;
    for (const m of bounded(YEARS_AFTER, n.text, DIGIT_OR_DOT, LETTER)) {
      const age = Number(m[1]);
      const before = n.text.slice(Math.max(0, m.index - 32), m.index);
      // The years close the apposition: "Linda, 95 an hour" is a wage ("an" is English too).
      const closes = /^\s?(?:$|[,;:.!?)\u2013\u2014]|-\s)/.test(n.text.slice(m.index + m[0].length));
      if (age < 90 || age >= 100 || !before.endsWith(', ') || !closes) continue;
      const word = before.slice(0, -2).split(/[\s(\u2013\u2014-]/).pop() ?? '';
      const key = word.toLowerCase();
      lex ??= nameLexicon();
      // Or any capitalised word after a grandparent's or a patient's word ("Ayeeyo Khadra, 95 sano").
      const ageWordBefore = AGE_WORD_BEFORE_NAME.test(before.slice(0, -2 - word.length));
      if (!/^[A-Z\u00c0-\u00de]/.test(word) || !((lex.given.has(key) && !lex.common.has(key)) || ageWordBefore)) continue;
      if (!(taken ??= new Coverage(n.text.length)).claim(m.index, m.index + m[0].length)) continue;
      out.push(signalAt(n, m.index, m.index + m[0].length, 'age-over-89', 'identifier', 'found'));
    }
    // Only where the field speaks of care or of a life (an obituary, a death, a birthday): "Ext list - Brenda
    // Kowalski, 112" is an extension.
    if (ctx.kind === 'subject') {
      const lex = nameLexicon();
      const cue = healthTermsOf(ctx).length > 0 || LIFE_EVENT.test(n.text);
      for (const m of bounded(TITLE_AGE, n.text, LETTER, LETTER)) {
        const age = Number(m[2]);
        // Only beside care or a life's event: prose alone may go on about a score or a walk ("Ms. Dunn, 96, tops the
        // class", "Ms. Ortiz, 112, and Mr. Chen, 97, lead the pack"); a room's number is no age ("Ms. Kwan, 98, in room 12").
        // Or a person in a room, a bed or a home's care ("Ms. Kwan, 98, in room 12", "Mrs. Ortiz, 94, new resident").
        if (!(cue || PERSON_PLACE.test(n.text)) || age < 90 || age > 125) continue;
        const start = m.index + m[0].length - m[2].length;
        if (!(taken ??= new Coverage(n.text.length)).claim(start, start + m[2].length)) continue;
        out.push(signalAt(n, start, start + m[2].length, 'age-over-89', 'identifier', 'found'));
      }
      for (const m of bounded(NAME_AGE, n.text, LETTER, LETTER)) {
        // Or prose goes on after the age ("Edna Pryce, 94, says ..."): a list of numbers goes on with a name.
        if (NOT_A_PERSON.test(m[0]) || !(cue || /^,\s[a-z]/.test(n.text.slice(m.index + m[0].length)))) continue;
        const given = m[1].toLowerCase();
        const surname = m[2].toLowerCase();
        const age = Number(m[3]);
        if (age < 90 || age > 125 || !lex.given.has(given) || lex.common.has(given) || lex.common.has(surname)) continue;
        if (!(taken ??= new Coverage(n.text.length)).claim(m.index, m.index + m[0].length)) continue;
        out.push(signalAt(n, m.index, m.index + m[0].length, 'age-over-89', 'identifier', 'found'));
      }
    }
    // "centenarian in rm 20 - DNR paperwork", "our centenarian Mrs. Abbott": a word that means a hundred years and more,
    // with a room, a bed, a lay title or a word for someone in care beside it, is one person's age ("Centenarian study
    // recruitment" names nobody).
    for (const m of centenarian ? bounded(CENTENARIAN, n.text, LETTER, LETTER) : []) {
      if (!CENTENARIAN_WHO.test(n.text) || CENTENARIAN_TOPIC.test(n.text) || !(taken ??= new Coverage(n.text.length)).claim(m.index, m.index + m[0].length)) continue;
      out.push(signalAt(n, m.index, m.index + m[0].length, 'age-over-89', 'identifier', 'found'));
    }
    if (!TEMPERATURE.test(n.text) && healthTermsOf(ctx).length > 0) {
      for (const m of bounded(AGE_SEX, n.text, ALNUM_OR_DOT, LETTER)) {
        const age = Number(m[1]);
        if (age < 90 || age > 125 || PLACE_OR_MONEY_BEFORE.test(n.text.slice(Math.max(0, m.index - 12), m.index))) continue;
        out.push(signalAt(n, m.index, m.index + m[0].length, 'age-over-89', 'identifier', 'found'));
      }
    }
    return out;
  },
};
