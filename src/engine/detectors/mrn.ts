import { ALNUM, BLOCK_SUBJECT_AND_FILES, Detector, FieldContext, Signal, bounded, signalAt } from './detector';
import { keywordIdentifier } from './keyword-identifier';

const keyworded = keywordIdentifier({
  meta: {
    id: 'mrn',
    description: 'Medical record number after a keyword (MRN, MR#, Med Rec #, chart #, patient #), or in one of the organisation\'s own MRN formats.',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    message: 'a medical record number',
    example: 'MRN 00451782 - consent needs re-signing',
  },
  keywords: ['mrn', 'mr#', 'mr #', 'mr no', 'med rec', 'medrec', 'medical record', 'medical records', 'med record', 'emr', 'ehr id', 'patient id', 'pt id', 'unit number'],
  keywordsNeedingMarker: ['chart', 'patient', 'pt', 'record', 'mr', 'med rec'],
  optionsKey: 'mrn',
});

/**
 * MRN: keyword-anchored (no national format exists), plus the organisation's
 * formats from the policy (compiled, checked for safety, length-limited by
 * the policy loader) which need no keyword.
 */
export const mrn: Detector = {
  meta: keyworded.meta,
  find(ctx: FieldContext): Signal[] {
    const out = keyworded.find(ctx);
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
