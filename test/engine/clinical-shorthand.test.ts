import { SHORTHAND_PATTERNS, clinicalShorthand } from '../../src/engine/facts/clinical-shorthand';
import { prepareText } from '../../src/engine/text/normalize';
import { tokenize } from '../../src/engine/text/tokenize';

/** Each shorthand pattern is checked against its own examples and look-alikes (one generic test). */
const found = (text: string): string[] => clinicalShorthand(tokenize(prepareText(text).normalized.text)).map((m) => m.phrase);

describe.each(SHORTHAND_PATTERNS.map((p) => [p.name, p] as const))('%s', (name, p) => {
  test.each(p.examples)('finds it in %j', (text) => expect(found(text)).toContain(name));
  test.each(p.counterExamples)('not in %j', (text) => expect(found(text)).not.toContain(name));
});
