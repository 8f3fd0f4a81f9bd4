import { isValidNpi } from '../check-rules/npi';
import { DIGIT, Detector, FieldContext, OFF, Signal, bounded, signalAt } from './detector';

/**
 * National Provider Identifier (check rules in check-rules/npi.ts). NPIs identify clinicians, not
 * patients: the default policy leaves this off.
 */

const TEN_DIGITS = /[12]\d{9}/g;

export const npi: Detector = {
  meta: {
    id: 'npi',
    role: 'identifier',
    defaultLevels: OFF,
    messages: { found: 'a provider NPI' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.text.digits < 10) return [];
    const f = ctx.text.folded;
    const out: Signal[] = [];
    for (const m of bounded(TEN_DIGITS, f.text, DIGIT, DIGIT)) {
      if (isValidNpi(m[0])) out.push(signalAt(f, m.index, m.index + 10, 'npi', 'identifier', 'found'));
    }
    return out;
  },
};
