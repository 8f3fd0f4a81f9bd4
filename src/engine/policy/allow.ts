import type { Signal } from '../detectors/detector';
import { COMBINATION_ID } from '../messages';
import type { FieldGroup } from '../types';
import type { AllowEntry } from './schema';

/** A letter with case, or a digit: an allow entry matches only where none touches it. */
const wordy = (c: string | undefined): boolean => !!c && (c.toUpperCase() !== c || (c >= '0' && c <= '9'));
/** Lower case with file-name underscores read as spaces; positions kept (the typed text where lower case would move them). */
export const foldAllowText = (s: string): string => (s.toLowerCase().length === s.length ? s.toLowerCase() : s).replace(/_/g, ' ');

/**
 * The policy's allow entries (org.allow) at work in one field value: what a
 * detector found inside a whole-word occurrence of an entry's text is dropped
 * before findings are made, when the entry's field group (if it names one)
 * is the field's and its rule (if it names one) is the signal's:
 * identity+health takes the names, contact details and health words that
 * combination is made of. "MRI scheduling" then stops MRI counting as health
 * information in that phrase only, and "Sidney" (a town) stops counting as a
 * person.
 */
export function allowedSignals(entries: readonly AllowEntry[], value: string, group: FieldGroup, signals: Signal[]): Signal[] {
  if (!entries.length || !signals.length) return signals;
  const low = foldAllowText(value);
  return signals.filter((s) =>
    !entries.some((e) => {
      if ((e.group && e.group !== group) || (e.rule && e.rule !== s.detectorId && (e.rule !== COMBINATION_ID || s.role === 'identifier'))) return false;
      const t = foldAllowText(e.text);
      for (let i = low.indexOf(t); i >= 0; i = low.indexOf(t, i + 1)) {
        if (i < s.end && s.start < i + t.length && !wordy(low[i - 1]) && !wordy(low[i + t.length])) return true;
      }
      return false;
    }),
  );
}
