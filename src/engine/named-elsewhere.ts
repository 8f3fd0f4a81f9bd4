import { tokenize } from './text/tokenize';
import { nameLexicon } from './lexicon';
import { ORG_HEADS } from './lexicon/organisations';

/**
 * A patient named in one field is a person in every field of the message.
 *
 * "Phase II referral: Rosario Quillagua, s/p PCI" as the subject and "Cath_report_Quillagua.pdf" as the
 * file: the file name holds a surname and a test, which is ePHI in that field alone (spec item 2), but
 * a surname no list holds and the name model does not know is not found there by itself. The subject
 * has already shown the word to be a patient's name (a name found together with health information),
 * so where it recurs in another subject or file name that has health words about a person, it is that
 * person again (medium: the link between the fields is inferred). Only names found with health count:
 * a colleague named with a workplace, an author or a sender is not a patient, and a field without
 * health words of its own stays clean ("Quillagua_parking_permit.pdf"). A name span may take in a
 * capitalised word beside it ("Admit_Packet_Pham_Van_Duc"): everyday words are not carried over unless a
 * name list holds them, nor words that are also everyday words ("Price", "Will"). Where the field itself
 * found the word as a name and judged it (a colleague with a department tag), that judgement stands.
 */

/** A subject or file name whose health words would be about a person if a name stood beside them. */
export interface NameableField<R> {
  readonly ref: R;
  readonly value: string;
  /** The field's health evidence (for the finding). */
  readonly health: { readonly evidence: readonly string[] };
  /**
   * A subject, where the word must be capitalised and not open it, and come from a strong name: a
   * subject's first word is capitalised whatever it is, a subject often names the document the file is
   * ("Admission packet" beside "Admission_packet_Quillagua.pdf", the name span having taken in the word
   * before it), and a lone word in a file name may be a maker's ("Lindahl_recall_notice_pt_...").
   */
  readonly subject: boolean;
  /** The field's health words: a word inside one is the disease, not the person ("Addison_disease_...pdf"). */
  readonly healthSpans: readonly { readonly start: number; readonly end: number }[];
  /** The names the field found itself (judged there: kept out). */
  readonly names: readonly { readonly start: number; readonly end: number }[];
}

/** A span found as a patient's name: the field it is in, and the text of the span. */
export interface PatientName<R> {
  readonly ref: R;
  /** The whole field, and where the name is in it. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** A full name, a title or a patient word with it: strong enough to name someone in a subject too. */
  readonly strong: boolean;
}

export interface NamedElsewhere<R> {
  readonly ref: R;
  readonly start: number;
  readonly end: number;
  /** The field's health evidence. */
  readonly health: readonly string[];
}

const ORG_HEAD_SET = new Set(ORG_HEADS);
/** Words of three letters or more: shorter ones are initials or pieces of a code. */
const MIN_NAME_WORD = 3;

/**
 * A name span's words worth carrying: not everyday words, nor words that are also names and everyday words
 * ("Will", "Price"), unless the span is a strong name ("Nyein Nyein Aye", full: its "Aye" is a name there).
 */
function nameWords(text: string, strong: boolean): string[] {
  const lex = nameLexicon();
  const named = (k: string): boolean => lex.given.has(k) || lex.surname.has(k) || lex.other.has(k);
  return tokenize(text, { splitCamel: true })
    .filter((t) => t.kind === 'word' && t.key.length >= MIN_NAME_WORD && t.case !== 'lower' && (strong || !lex.ambiguous.has(t.key)) && (named(t.key) || lex.ambiguous.has(t.key) || !lex.common.has(t.key)))
    .map((t) => t.key);
}

/** For each field without a finding of its own, the first word of a patient's name found in another field. */
export function namedElsewhere<R>(patients: readonly PatientName<R>[], fields: readonly NameableField<R>[]): NamedElsewhere<R>[] {
  if (patients.length === 0 || fields.length === 0) return [];
  const sources = new Map<string, PatientName<R>[]>();
  // A lone name beside a full one in the same field ("Appeal - Whitfield denial - pt Rashida Bello") is the weaker
  // reading: only the full name is carried to the other fields.
  const withStrong = new Set(patients.filter((p) => p.strong).map((p) => p.ref));
  for (const p of patients) {
    if (!p.strong && withStrong.has(p.ref)) continue;
    for (const key of nameWords(p.value.slice(p.start, p.end), p.strong)) {
      const list = sources.get(key);
      if (list === undefined) sources.set(key, [p]);
      else list.push(p);
    }
  }
  const out: NamedElsewhere<R>[] = [];
  for (const field of fields) {
    const tokens = tokenize(field.value, { splitCamel: true });
    const opening = tokens.findIndex((t) => t.kind === 'word');
    const hit = tokens.find((t, k) => {
      if (t.kind !== 'word' || t.key.length < MIN_NAME_WORD) return false;
      // A word that is also an everyday word is carried only where it is capitalised ("GBS_Aye_NN.pdf").
      if (t.case === 'lower' && nameLexicon().ambiguous.has(t.key)) return false;
      if (field.subject && (k === opening || t.case === 'lower')) return false;
      // Not a word this field gives as an organisation's name ("Okwuosa Memorial Cancer Center").
      if (ORG_HEAD_SET.has(tokens[k + 1]?.key ?? '') && tokens[k + 1].case !== 'lower') return false;
      const from = sources.get(t.key);
      // Not one of the field's own health words or names, and named in a field other than this one.
      const overlaps = (n: { start: number; end: number }): boolean => n.start < t.end && t.start < n.end;
      const judged = field.names.some(overlaps) || field.healthSpans.some(overlaps);
      return from !== undefined && !judged && from.some((p) => p.ref !== field.ref && (p.strong || !field.subject));
    });
    if (hit !== undefined) out.push({ ref: field.ref, start: hit.start, end: hit.end, health: field.health.evidence });
  }
  return out;
}
