import type { HealthCategory } from '../health-terms';

/**
 * Health context in one language of US patients (spec: "ePHI counts in any
 * language and any script"). One module per language in this folder; index.ts
 * merges them and match.ts finds them, so a term here is found exactly like an
 * English one in health-terms.ts: same categories, same rules on whose health
 * it is and on what needs support.
 *
 * Word-mode languages (written with spaces) give keys as the tokenizer makes
 * them (text/tokenize.ts foldKey): lower case, marks removed (é -> e, ệ -> e,
 * й -> и, ё -> е, أ -> ا), ł -> l, ø -> o, ß -> ss; đ is not changed (it has no
 * decomposition), so a Vietnamese key with đ is also registered with d for
 * text typed without diacritics. A space separates the words of a phrase,
 * which must stand as consecutive tokens. A word ending in "*" is a stem: it
 * matches the stem followed by one of the language's `endings` ("анализ*"
 * finds анализ, анализы, анализов; not анализировать). Where a language
 * glues prefixes to words (Arabic "ال", Hebrew "ה"), `prefixes` are stripped
 * before the lookup. A term starting with "~" has an everyday sense besides
 * the medical one ("~resultados", "~consulta", also "a query"; "~결과"):
 * health only with support, as AMBIGUOUS_HEALTH (facts/health.ts).
 *
 * Substring-mode languages (written without spaces, or gluing particles to
 * nouns: Chinese, Japanese, Korean) give terms in NFKC form; they are found
 * anywhere inside a word, longest first, and should be specific enough to be
 * read that way (two characters or more, not part of everyday words).
 */
export interface LanguageLexicon {
  /** ISO 639-1 code, or ISO 639-2 where a language has none (Hmong: 'hmn'); the header comment names the language. */
  readonly code: string;
  readonly match: 'words' | 'substrings';
  /**
   * Terms count only as typed in lower case: a language written in Latin letters by romanisation (pinyin, romanised
   * Korean), whose syllables are also given names and places' names in Title Case ("Wang Zhuyuan", "Huayan Temple").
   */
  readonly lowerCaseOnly?: boolean;
  /** Health terms by the engine's categories; "~" marks an everyday sense. A term has one category in every language. */
  readonly terms: Partial<Record<HealthCategory, readonly string[]>>;
  /** Of the terms, hospital units: where staff work, health only when tied to a person, as UNIT_WORDS. */
  readonly units?: readonly string[];
  /** Endings a stem ("word*") takes; "" (the bare stem) is always allowed. */
  readonly endings?: readonly string[];
  /** Prefixes glued to any word of the language (articles, prepositions, conjunctions). */
  readonly prefixes?: readonly string[];
  /**
   * Words that make a health word right after them (or after them and a linking
   * word: "de", "of") a job, a department or a programme, not a person's care:
   * "unidad de diálisis", "técnico de rayos X", "oddział dializ". Substring
   * languages: words that, anywhere in the field, make it about work or
   * teaching ("培训" training, "讲座" lecture, "技师" technician).
   */
  readonly workplaceHeads?: readonly string[];
  /**
   * Substring languages: everyday words that hold a term (Thai "ตรวจสอบ", to check or audit, holds
   * "ตรวจ"; "รักษาความปลอดภัย", security, holds "รักษา"): found like the terms, longest first, and
   * skipped, so the term inside them is not read.
   */
  readonly ignore?: readonly string[];
  /** Linking words between a workplace head and the health word ("de", "del", "of"). */
  readonly linkingWords?: readonly string[];
  /** Staff affairs (welcome, farewell, training, shift schedule): as STAFF_CUES. */
  readonly staffCues?: readonly string[];
  /** Teaching and event words (lecture, class, fair): as TOPIC_WORDS. Whole words (no stems): they are matched by the token's key. */
  readonly topicWords?: readonly string[];
  /**
   * Keywords that mark a date of birth before it ("fecha de nacimiento", "ngày sinh",
   * "出生日期"), folded like the terms; a space stands for a space, dot, dash or
   * underscore (or none); a final dot may be left out.
   */
  readonly dobKeywords: readonly string[];
  /** Keywords that mark a date of birth after it ("03.02.1949 г.р.", "1968年5月9日生"). */
  readonly dobAfter?: readonly string[];
  /**
   * Labels of a patient's own numbers: the record, chart or case number, the patient number, a national
   * identity or health-insurance number ("Fallnummer", "số hồ sơ", "ΑΜΚΑ", "病历号"), folded like
   * `dobKeywords`. A number right after one is an identifier, as after "MRN". Only labels that name a
   * person's number: "número de expediente" is any file's, "historia clínica" a patient's.
   */
  readonly idKeywords?: readonly string[];
}

/** A comma-separated list with runs of white space read as one space. */
export const words = (s: string): string[] =>
  s
    .split(',')
    .map((w) => w.trim().replace(/\s+/g, ' '))
    .filter((w) => w.length > 0);
