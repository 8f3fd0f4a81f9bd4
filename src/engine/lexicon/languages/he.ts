import { LanguageLexicon, words } from './types';

/**
 * Hebrew. Curated by the PHI Guard team: an engineer's own selection of the
 * words that carry the meaning in clinic mail, checked against general Hebrew
 * dictionaries from memory; no corpus or third-party list copied. Unpointed
 * spelling (as typed). Hebrew glues prepositions, the article and "and" to the
 * word ("בהריון" in pregnancy, "הבדיקות" the tests): the prefixes are stripped
 * before the lookup. Left out as ambiguous: "חולים" (in "בית חולים", a
 * hospital's name), "כדורים" (also balls), "השמנה"; "ניתוח" (also an
 * analysis), "בדיקה", "תוצאות", "טיפול", "שחרור", "נפילה" (a fall, also a
 * drop) are everyday words. Yiddish words in Hebrew letters are listed for
 * the families who write it (קרענק, רעצעפט, פאציענט, בלוט טעסט); Yiddish
 * "אפעראציע" (also any operation) is everyday.
 */
export const HE: LanguageLexicon = {
  code: 'he',
  match: 'words',
  prefixes: words(`ה, ו, ב, ל, מ, ש, כ, וה, וב, ול, ומ, וש, שה, מה, כש`),
  terms: {
    condition: words(
      'סוכרת, לחץ דם גבוה, סרטן, הריון, אסתמה, דיכאון, זיהום, שבץ מוחי, התקף לב, אי ספיקת לב, דלקת ריאות, ~כאב, ' +
      '~כאבים, אלרגיה, תסמינים, אבחנה, נפטר, מחלה, מחלת, פצע לחץ, פצעי לחץ, פצע, פצעים, ~נפילה, ~נפל, ~נפלה, ' +
      // Yiddish, in Hebrew letters (families who write Yiddish): sick, sickness, diabetes.
      'קראנק, קרענק, דיאבעטיס',
    ),
    medication: words(`תרופה, תרופות, מרשם, אינסולין, חיסון, אנטיביוטיקה, כימותרפיה, מעדיצין, רעצעפט`),
    test: words('~בדיקה, ~בדיקות, בדיקת דם, בדיקות דם, בדיקת שתן, ~תוצאות, מעבדה, לחץ דם, אולטרסאונד, ביופסיה, קולונוסקופיה, רנטגן, סי טי, צילום חזה, בלוט טעסט'),
    procedure: words(`~ניתוח, דיאליזה, הקרנות, ~לידה, ניתוח קיסרי, פיזיותרפיה, ~טיפול, ~טיפולים, ~אפעראציע`),
    encounter: words(`תור לרופא, אשפוז, מאושפז, מאושפזת, ~שחרור, מכתב שחרור, חדר מיון, מיון, טיפול נמרץ, ~הפניה, אישור מחלה, אשפוז בית, בית אבות, דיור מוגן`),
    patient: words(`מטופל, מטופלת, מטופלים, חולה, פאציענט`),
    specialty: words(`קרדיולוגיה, קרדיולוג, אונקולוגיה, רפואת ילדים, גינקולוגיה, פסיכיאטריה`),
  },
  units: words(`חדר מיון, מיון, טיפול נמרץ`),
  workplaceHeads: words('מחלקת, מחלקה, צוות, אחות, הרצאה, סדנה'),
  staffCues: words('ברוכים הבאים, פרידה, הדרכה, ישיבה, משמרות, סידור עבודה'),
  topicWords: words('כנס, מצגת, עלון, הרצאה, סדנה, השתלמות'),
  dobKeywords: words(`תאריך לידה, ת. לידה, ת.ל., נולד ב, נולדה ב, נולד, נולדה`),
  idKeywords: words(`מספר תיק רפואי, מספר מטופל, מספר מטופלת, מספר חולה, תעודת זהות, ת.ז.`),
};
