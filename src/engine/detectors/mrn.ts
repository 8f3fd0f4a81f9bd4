import { ALNUM, BLOCK_SUBJECT_AND_FILES, Detector, FieldContext, Signal, bounded, signalAt } from './detector';
import { YEAR_RANGE, keywordIdentifier } from './keyword-identifier';
import { charFoldedOf } from '../facts/folded';
import { languageLexicons } from '../lexicon/languages/lexicons';
import { KeywordMatch, LanguageKeywords, findLanguageKeywords, languageKeywordPatterns, patternsFor } from '../text/language-keywords';

const keyworded = keywordIdentifier({
  meta: {
    id: 'mrn',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    message: 'a medical record number',
  },
  // EMPI / MPI: the enterprise (master) patient index number, a patient's identifier across facilities.
  // In the languages of US patients: the patient's number ("patnr", "Fall-Nr." the case number), the chart
  // ("cartella clinica", "foaie de observație"), and the patient words that take a marker ("hasta no",
  // "mgonjwa namba", "mareez no", "rogi no", "birami no").
  // HL7's PID-3 is the patient identifier list ("ADT^A08 rejected: PID-3 00482913").
  keywords: ['mrn', 'mrns', 'mr#', 'mr #', 'mr no', 'pid 3', 'med rec', 'medrec', 'medical record', 'medical records', 'med record', 'emr', 'ehr id', 'patient id', 'pt id', 'unit number', 'empi', 'mpi', 'patnr', 'pat nr', 'fallnr', 'fall nr', 'cartella', 'cartella clinica', 'foaie obs', 'foaie de observatie',
    // India's hospital record number, the Unique Health ID many Indian hospitals print on a patient's file.
    'uhid'],
  keywordsNeedingMarker: ['chart', 'patient', 'pt', 'record', 'mr', 'med rec', 'hasta', 'paziente', 'paciente', 'pacient', 'pacjent', 'mgonjwa', 'mareez', 'mariz', 'rogi', 'birami', 'bimar', 'asthenous', 'asthenis', 'benh nhan'],
  optionsKey: 'mrn',
});

/**
 * Two or more bare record numbers with words of a chart merge ("00412733 and 00412783 -
 * duplicate charts, same pt?", "duplicate MRNs to merge"): the numbers are the records being merged.
 */
const RECORD_MERGE = /\b(?:duplicate (?:charts?|records?|registrations?|mrns?|patients?)|dup(?:licate)? (?:charts?|mrns?)|(?:chart|mrn) merge|merge (?:the )?(?:charts|records|mrns)|same (?:pt|patient)|overlaid|overlay)\b/i;
const BARE_NUMBER = /\d{6,12}/g;
/** Eight digits that read as a date, year first (19xx or 20xx, a month, a day). */
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

function mergedRecords(ctx: FieldContext): Signal[] {
  if (ctx.text.digits < 12 || !RECORD_MERGE.test(ctx.text.normalized.text)) return [];
  // The normalized text: folding would join "71200455 / 71200981" into one number.
  const t = ctx.text.normalized;
  // Not a date written as digits ("go-live 20260112"): a project's dates are no charts.
  const found = [...bounded(BARE_NUMBER, t.text, ALNUM, ALNUM)].filter((m) => !COMPACT_DATE.test(m[0]));
  if (found.length < 2) return [];
  return found.map((m) => signalAt(t, m.index, m.index + m[0].length, 'mrn', 'identifier', 'merge'));
}

/**
 * The patients' languages label a patient's own numbers (lexicon/languages idKeywords: "Fallnummer",
 * "số hồ sơ", "история болезни №", "ΑΜΚΑ", "病历号"): the number right after such a label, past an
 * optional marker ("№", "nr.", "n°"), is the patient's, as after "MRN". Read on the field folded one
 * character for one, so "Patiëntnummer" meets the key "patientnummer".
 */
let languageIdLabels: LanguageKeywords[] | undefined;
/**
 * Built on the first field with enough digits, not when the handler starts. One pattern per language: the
 * labels are read overlapping anyway, and one alternation of every language's labels grew past what the
 * ReDoS check (test/hardening/redos.test.ts) can decide in a minute.
 */
function languageIdLabelPatterns(): LanguageKeywords[] {
  if (languageIdLabels) return languageIdLabels;
  const after = String.raw`[\s:#=(\[_.-]{0,4}(?:(?:№|no|nr|n°|nº)\.?[\s:#=_-]{0,3})?`;
  languageIdLabels = languageLexicons()
    .filter((l) => (l.idKeywords ?? []).length > 0)
    .map((l) => (l.match === 'words' ? languageKeywordPatterns(l.idKeywords ?? [], [], after) : languageKeywordPatterns([], l.idKeywords ?? [], after)));
  return languageIdLabels;
}
/**
 * The value: as keyword-identifier's, and a year and a serial joined by "/" ("2024/15532"), or a card's number printed
 * in three or four groups of four digits ("полис ОМС 4410 2297 6603 1185").
 */
const LANGUAGE_ID_VALUE = /^(?:[a-z]{1,4}[ -]?)?(?:\d{4}(?: \d{4}){2,3}|\d[0-9a-z]{0,19}(?:[-/][0-9a-z]{1,12}){0,3})(?![0-9a-z])/;
const MIN_LANGUAGE_ID_DIGITS = 5;
/** Years in a row are a list of years, not a card's groups ("2024 2025 2026"). */
const SPACED_YEARS = /^(?:(?:19|20)\d\d ?){3,4}$/;

/**
 * A professional association's, a gym's or a company's own policy: its member and insurance numbers are not a
 * patient's ("中华医学会会员编号 ... 年费", "헬스장 회원번호", "법인 배상책임보험 보험번호").
 */
const NOT_A_PATIENTS_MEMBERSHIP = /年费|會費|会费|协会|協會|学会|學會|健身|责任险|責任險|회비|협회|학회|헬스|배상책임|법인|جمعية|اشتراك|نادي|składk|stowarzysz|siłowni|anuidade|academia|associação|hội phí|câu lạc bộ|hiệp hội/i;

function languageLabelled(ctx: FieldContext): Signal[] {
  if (ctx.text.digits < MIN_LANGUAGE_ID_DIGITS || NOT_A_PATIENTS_MEMBERSHIP.test(ctx.text.normalized.text)) return [];
  const folded = charFoldedOf(ctx);
  const out: Signal[] = [];
  const found: KeywordMatch[] = [];
  // Each language's labels are read only where a word of the field opens as one of them does.
  for (const p of patternsFor(languageIdLabelPatterns(), folded)) for (const k of findLanguageKeywords(folded, p, true)) found.push(k);
  for (const k of found) {
    const value = LANGUAGE_ID_VALUE.exec(folded.slice(k.end, k.end + 40));
    if (!value || value[0].replace(/\D/g, '').length < MIN_LANGUAGE_ID_DIGITS || YEAR_RANGE.test(value[0]) || SPACED_YEARS.test(value[0])) continue;
    out.push(signalAt(ctx.text.normalized, k.index, k.end + value[0].length, 'mrn', 'identifier', 'language'));
  }
  return out;
}

/**
 * MRN: keyword-anchored (no national format exists), plus the organisation's
 * formats from the policy (compiled, checked for safety, length-limited by
 * the policy loader) which need no keyword.
 */
export const mrn: Detector = {
  meta: keyworded.meta,
  find(ctx: FieldContext): Signal[] {
    const out = keyworded.find(ctx);
    if (out.length === 0) out.push(...languageLabelled(ctx));
    if (out.length === 0) out.push(...mergedRecords(ctx));
    const t = ctx.text.folded;
    for (const { regex } of ctx.options.mrnFormats) {
      for (const m of bounded(regex, t.text, ALNUM, ALNUM)) {
        if (m[0].length === 0) continue;
        out.push(signalAt(t, m.index, m.index + m[0].length, 'mrn', 'identifier', 'orgFormat'));
      }
    }
    return out;
  },
};
mrn.meta.messages.orgFormat = 'a medical record number in your organisation\'s format';
mrn.meta.messages.language = 'a patient\'s record or identity number';
mrn.meta.messages.merge = 'medical record numbers of charts being merged';
