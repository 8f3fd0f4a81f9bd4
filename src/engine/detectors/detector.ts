import type { HealthCategory } from '../lexicon';
import { BED_WORDS as BED_WORD_LIST } from '../lexicon/context-words';
import type { HealthMatch, NeedsSupport } from '../facts/health';
import type { WordStarts } from '../facts/word-starts';
import type { FieldGroup, Level, Strength } from '../types';
import { PreparedText } from '../text/normalize';
import { MappedText, toOriginal } from '../text/mapped-text';
import type { Token } from '../text/tokenize';
import { charAt, charBefore, isAlnum, isLetter } from '../text/chars';

/**
 * What a detector reports. Detectors do not decide block or warn: the policy
 * does, in scan.ts.
 *
 * - `identifier`: enough alone (an MRN, a marked date of birth). Becomes a finding.
 * - `identity`: points at a person (a name, initials, an unmarked birth date, a
 *   phone number). A finding only together with health context in the same field.
 * - `health`: health context (a condition, a test, "pt"). Never a finding alone.
 */
export type SignalRole = 'identifier' | 'identity' | 'health';

export interface Signal {
  detectorId: string;
  role: SignalRole;
  /** Original-string offsets. */
  start: number;
  end: number;
  /** Message template key in the detector's meta. */
  messageId: string;
  /** For identity signals: a lone surname or given name is weak and yields to topic words. */
  weak?: boolean;
  /**
   * The named evidence pattern that produced the signal ("name.full",
   * "phone.number"); defaults to `<detectorId>.<messageId>`.
   */
  evidence?: string;
  /** Identity signals: how strongly they point at one person (default: high, or medium when weak). */
  strength?: Strength;
  /** For health signals. */
  category?: HealthCategory;
  /** A health signal that counts only beside initials, an old date or a named file (facts/health.ts): an everyday-sense word or a place of care. */
  needsSupport?: NeedsSupport;
  /** A health word naming a job, a workplace or a project, or an animal's: shows the message is about care, not about whom. */
  workplace?: boolean;
}

export interface DetectorMeta {
  id: string;
  role: SignalRole;
  /** Level per field group when the policy does not say otherwise. */
  defaultLevels: Record<FieldGroup, Level>;
  /** Plain-words explanations by message id; `{field}` is filled in by the scanner. */
  messages: Record<string, string>;
  // Each detector's description and example: detector-docs.ts (not in the event handler's bundle).
  /**
   * For keyword-anchored identifiers: the keyword family, declared once and
   * read by the detector, split identifiers, the Exchange and Purview export
   * and the settings pane. Organisation keywords (policy
   * org.extraKeywords[optionsKey]) extend it everywhere.
   */
  keywords?: KeywordFamily;
}

export interface KeywordFamily {
  /** Keywords; a space inside stands for any run of space, dot, dash or underscore. */
  readonly keywords: readonly string[];
  /** Keywords that need "#", "no", "number" or "id" before the value ("chart #", not "chart"). */
  readonly keywordsNeedingMarker: readonly string[];
  /**
   * Keywords that need a marker and a care or health-plan context in the same field ("claim #" beside
   * "EOB"). Readers that cannot see the context (split identifiers, the Exchange exporter) leave them out.
   */
  readonly keywordsNeedingHealth?: readonly string[];
  /** Key under policy org.extraKeywords. */
  readonly optionsKey: string;
  readonly minDigits: number;
}

export type FieldKind = 'subject' | 'displayName' | 'emailAddress' | 'attachment';

/** One field value, prepared once and shared by all detectors. */
export interface FieldContext {
  readonly kind: FieldKind;
  readonly text: PreparedText;
  /** Tokens of `text.normalized`. */
  readonly tokens: readonly Token[];
  readonly options: DetectorOptions;
  /** Facts about the field computed once and shared by the detectors (see facts/health.ts). */
  readonly memo: FieldMemo;
}

/** Per-field facts, filled on first use by the functions in facts/. */
export interface FieldMemo {
  /** Every health term in the field (facts/health.ts healthTermsOf). */
  health?: HealthMatch[];
  /** For each token: part of a topic phrase? Null when none is. */
  topics?: boolean[] | null;
  /** The health terms that are about a person, not a workplace (facts/health.ts personHealthOf). */
  personHealth?: HealthMatch[];
  /** Token ranges of authored-material words (facts/health.ts authoredWordsOf). */
  authored?: { from: number; to: number }[];
  /** The normalized text folded one character for one (facts/folded.ts charFoldedOf). */
  charFolded?: string;
  /** A return-to-work word not beside its process (facts/health.ts speaksOfReturnToWork). */
  returnToWork?: boolean;
  /** Where a keyword may start, per text (facts/word-starts.ts wordStartsOf). */
  wordStarts?: { normalized?: WordStarts; folded?: WordStarts };
  /** The texts in lower case, for keyword literals (facts/word-starts.ts mayContain). */
  lowered?: { normalized?: string; folded?: string };
}

/** Options the policy passes to detectors. */
export interface DetectorOptions {
  /** Organisation MRN formats, compiled. */
  readonly mrnFormats: readonly { name: string; regex: RegExp }[];
  readonly extraKeywords: Readonly<Record<string, readonly string[]>>;
  readonly extraHealthTerms: readonly string[];
  readonly allowTerms: readonly string[];
  readonly personalDomains: readonly string[];
}

export interface Detector {
  meta: DetectorMeta;
  find(ctx: FieldContext): Signal[];
}

/** A signal from a span of one of the prepared texts. */
export function signalAt(
  mt: MappedText,
  start: number,
  end: number,
  detectorId: string,
  role: SignalRole,
  messageId: string,
  extra: Partial<Signal> = {},
): Signal {
  const o = toOriginal(mt, start, end);
  return { detectorId, role, start: o.start, end: o.end, messageId, ...extra };
}

/** Character tests for `bounded`: true when the character must NOT stand next to the match. */
export type CharTest = (c: string | undefined) => boolean;
export const ALNUM: CharTest = isAlnum;

/**
 * A number that says what it is, by the label right before it: a purchase order, invoice, ticket, order,
 * lot, tracking, reference, case, room, phone, protocol, grant or complaint number ("PO_7781203.pdf",
 * "LOT M23-0917", "IRB 2023-114"). Such a number is not a patient's identifier whatever its shape.
 */
const NUMBER_LABEL = /(?:^|[^a-z])(?:po|p o|purchase order|invoice|inv|order|ticket|inc|tracking|lot|ref|case|req|quote|ext|room|rm|fax|tel|phone|batch|asset|tag|model|part|cat|catalog|sku|serial|sn|irb|protocol|study|grant|award|contract|permit|rma|capa|complaint)[\s#:=._-]{0,4}$/i;
export function labelledNumber(text: string, at: number): boolean {
  return NUMBER_LABEL.test(text.slice(Math.max(0, at - 20), at));
}
export const LETTER: CharTest = isLetter;
export const DIGIT: CharTest = (c) => c !== undefined && c >= '0' && c <= '9';
export const NONE: CharTest = () => false;
/** A test for a fixed set of characters plus an optional other test. */
export const oneOf = (chars: string, also: CharTest = NONE): CharTest => (c) => (c !== undefined && chars.includes(c)) || also(c);

/**
 * Regex matches that are not preceded by a character failing `before` nor
 * followed by one failing `after`. This stands in for look-behind and
 * \p{L} (ES2018), which Outlook's ES2016 runtime cannot parse. A rejected
 * match is retried one character later, as a look-behind would.
 */
export function* bounded(re: RegExp, text: string, before: CharTest, after: CharTest = NONE): Generator<RegExpExecArray> {
  if (!re.global) throw new Error('bounded() needs a global regex');
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (before(charBefore(text, m.index)) || after(charAt(text, end))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * Which characters of a string are already taken by a kept match: lets a
 * detector drop overlapping matches in time linear in the text, where a
 * check against every earlier match would be quadratic on a long subject.
 */
export class Coverage {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i] === 1) return true;
    return false;
  }
  take(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
  /** Takes the span if it is free; says whether it was. */
  claim(start: number, end: number): boolean {
    if (this.overlaps(start, end)) return false;
    this.take(start, end);
    return true;
  }
}

/** Where one patient stays, before its number: "bed 14", "rm 412", "(resident, Room 22)". */
export const BED_WORDS: ReadonlySet<string> = new Set(BED_WORD_LIST);
/** A year written alone ("2023"). */
export const BARE_YEAR = /^(?:19|20)\d\d$/;

export const BLOCK_SUBJECT_AND_FILES: Record<FieldGroup, Level> = { subject: 'block', recipients: 'warn', attachments: 'block' };
export const OFF: Record<FieldGroup, Level> = { subject: 'off', recipients: 'off', attachments: 'off' };
/** Context-only detectors: their level is the combination rule's. */
export const CONTEXT_ONLY: Record<FieldGroup, Level> = OFF;

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A keyword as regex source: a space inside stands for any run of space, dot, dash or underscore. */
export const keywordSource = (k: string): string => k.split(' ').map(escapeRegex).join('[\\s._-]*');
/** A word list's entry as a regular expression, letter for letter (a space stays one space). */
export const literalSource = (k: string): string => escapeRegex(k);

/** Keywords lower-cased, spaces collapsed, duplicates dropped (an ambiguous alternation under a repeat backtracks). */
export function uniqueKeywords(words: readonly string[]): string[] {
  const seen: { [k: string]: true } = {};
  const out: string[] = [];
  for (const w of words) {
    const k = w.trim().toLowerCase().split(/\s+/).join(' ');
    if (!k || seen[k]) continue;
    seen[k] = true;
    out.push(k);
  }
  return out;
}
