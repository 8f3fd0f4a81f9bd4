import { BLOCK_SUBJECT_AND_FILES } from './detector';
import { keywordIdentifier } from './keyword-identifier';

/** Laboratory accession and specimen numbers: keyword-anchored. */
export const accessionNumber = keywordIdentifier({
  meta: {
    id: 'accession-number',
    description: 'Laboratory accession or specimen number after a keyword.',
    defaultLevels: BLOCK_SUBJECT_AND_FILES,
    message: 'a lab accession or specimen number',
    example: 'Accession XP25-100482 - hemolyzed, recollect',
  },
  keywords: ['accession', 'acc#', 'acc #', 'acc no', 'specimen', 'specimen id', 'spec id'],
  keywordsNeedingMarker: ['acc', 'spec', 'sample'],
  optionsKey: 'accession-number',
  minDigits: 5,
});
