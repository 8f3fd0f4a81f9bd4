import { Message, Verdict } from '../../src/engine';

/**
 * The texts a verdict flags, for privacy tests: every matched substring of at
 * least `min` characters, plus its digits alone for identifiers ("00451782"
 * from "MRN 00451782"), so a leak of the number in another shape is caught.
 */
export function flaggedTexts(m: Message, v: Verdict, min = 5): string[] {
  const out = new Set<string>();
  for (const f of v.findings) {
    const value = f.field === 'subject' ? m.subject : f.field === 'attachments' ? m.attachments[f.index!].name : m[f.field][f.index!][f.part!];
    const text = value.slice(f.start, f.end);
    if (text.trim().length >= min) out.add(text);
    const digits = text.replace(/\D/g, '');
    if (digits.length >= 6) out.add(digits);
  }
  return [...out];
}

/** Which of `texts` occur in any of `places` (case-insensitive). */
export function leaks(texts: string[], places: string[]): string[] {
  const hay = places.join('\n').toLowerCase();
  return texts.filter((t) => hay.includes(t.toLowerCase()));
}
