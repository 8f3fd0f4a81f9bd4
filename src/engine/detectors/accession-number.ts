import { ALNUM, BLOCK_SUBJECT_AND_FILES, Coverage, Detector, FieldContext, Signal, bounded, labelledNumber, signalAt } from './detector';
import { keywordIdentifier } from './keyword-identifier';

const keyworded = keywordIdentifier({
  meta: {
    id: 'accession-number',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    message: 'a lab accession or specimen number',
  },
  // "accn": the laboratory systems' own abbreviation ("Accn W8812500417 hemolyzed").
  keywords: ['accession', 'accn', 'acc#', 'acc #', 'acc no', 'specimen', 'specimen id', 'spec id'],
  keywordsNeedingMarker: ['acc', 'spec', 'sample'],
  // A sequence database's accession names a virus's or a gene's sequence, not a patient's specimen.
  notAfter: ['genbank', 'ncbi', 'ena', 'ddbj', 'uniprot', 'sra', 'geo'],
  optionsKey: 'accession-number',
  minDigits: 5,
});

/**
 * Pathology and lab systems number cases by section prefix, two-digit year and
 * a sequence: S24-01234 (surgical), SP, CP (clinical), CY (cytology), M/MB
 * (microbiology), FS (frozen section), BM (bone marrow), H/HP. That shape
 * identifies one patient's specimen even without a keyword.
 */
const CASE_FORMAT = /(?:[smh]|sp|su|cp|cy|mb|fs|bm|hp|ap|ng)\d{2}-\d{4,7}(?!-\d)/gi;
/**
 * Imaging systems glue the keyword to the number in exported file names ("MR_knee_ACC2511060115.pdf"): "ACC" in
 * capitals, glued to at least eight digits, is an accession number (a year or a conference's "ACC2025" is shorter,
 * and eight digits that are a date, "ACC20250312_slides", are the meeting's day).
 */
const GLUED_ACC = /ACC\d{8,12}/g;
const GLUED_DATE = /^ACC(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

export const accessionNumber: Detector = {
  meta: keyworded.meta,
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 5) return [];
    const out = keyworded.find(ctx);
    const taken = new Coverage(ctx.text.original.length);
    for (const o of out) taken.take(o.start, o.end);
    const n = ctx.text.normalized;
    for (const re of [CASE_FORMAT, GLUED_ACC]) {
      for (const m of bounded(re, n.text, ALNUM, ALNUM)) {
        // A purchase's or an invoice's number is labelled as one ("Invoice ACC88213409", "PO ACC4455...").
        if (labelledNumber(n.text, m.index) || (re === GLUED_ACC && GLUED_DATE.test(m[0]))) continue;
        const s = signalAt(n, m.index, m.index + m[0].length, 'accession-number', 'identifier', 'found');
        if (taken.claim(s.start, s.end)) out.push(s);
      }
    }
    return out;
  },
};
