import * as v from 'valibot';
import { checkSafePattern } from './safe-pattern';

/**
 * The policy: one schema shared by the engine, the CLI, the on-send handler
 * and the settings pane. Every option is optional in a file: what a file
 * leaves out comes from the default policy (see defaults.ts and parsePolicy).
 */
export const POLICY_SCHEMA_VERSION = 1;

export const LevelSchema = v.picklist(['off', 'warn', 'block']);
export const LevelsSchema = v.strictObject({
  subject: LevelSchema,
  recipients: LevelSchema,
  attachments: LevelSchema,
});

const DomainSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain such as example.org'),
);
const TermSchema = v.pipe(v.string(), v.trim(), v.minLength(2, 'must have at least 2 characters'), v.maxLength(80, 'must have at most 80 characters'));

export const MrnFormatSchema = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'needs a name')),
  pattern: v.pipe(
    v.string(),
    v.check((p) => checkSafePattern(p) === undefined, (issue) => `unsafe or invalid pattern: ${checkSafePattern(String(issue.input))}`),
  ),
  /** Fictitious examples that must match; checked when the policy is loaded. */
  examples: v.optional(v.array(v.string())),
});

export const PolicySchema = v.strictObject({
  schemaVersion: v.literal(POLICY_SCHEMA_VERSION),
  name: v.optional(v.string()),
  /** Per detector: a level per field group. Context detectors (names, health words) have none. */
  rules: v.record(v.string(), LevelsSchema),
  combinations: v.strictObject({
    /** A person (name, initials, unmarked birth date, phone) + health context in one field. */
    identityWithHealth: LevelsSchema,
    /** Several external personal addresses visible in To/Cc while the message carries health context. */
    massDisclosure: LevelSchema,
  }),
  /**
   * The most severe action per field group for findings of each strength of
   * evidence. The default blocks on high strength only; medium (a lone name
   * with health words, a phone or address with health words, recipient
   * findings, split identifiers) warns, so the user can still send.
   */
  strengthLevels: v.strictObject({
    high: LevelsSchema,
    medium: LevelsSchema,
  }),
  org: v.strictObject({
    /** Empty: the sender's own domain is internal. */
    internalDomains: v.array(DomainSchema),
    /** Partners under a business associate agreement: their addresses count as internal. */
    baaDomains: v.array(DomainSchema),
    personalDomains: v.array(DomainSchema),
    massDisclosureThreshold: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(500)),
    mrnFormats: v.array(MrnFormatSchema),
    /** Terms never treated as health words (e.g. a product called "Echo"). */
    allowTerms: v.array(TermSchema),
    extraHealthTerms: v.array(TermSchema),
    /** Extra keywords per keyword detector id (mrn, member-id, account-number, accession-number). */
    extraKeywords: v.record(v.string(), v.array(TermSchema)),
  }),
  behaviour: v.strictObject({
    /** What the on-send handler does when it cannot decide (error, timeout, unreadable item). */
    failMode: v.picklist(['block', 'allow']),
    /** Shown in every block message, e.g. "Privacy Office, x4100". */
    privacyContact: v.pipe(v.string(), v.maxLength(120)),
    /** The first sentence of the Send dialog; empty: PHI Guard's own wording. */
    messages: v.strictObject({
      block: v.pipe(v.string(), v.maxLength(160, 'must have at most 160 characters (the whole dialog has 500)')),
      warn: v.pipe(v.string(), v.maxLength(160, 'must have at most 160 characters (the whole dialog has 500)')),
    }),
  }),
});

export type Policy = v.InferOutput<typeof PolicySchema>;
export type Levels = v.InferOutput<typeof LevelsSchema>;
export type MrnFormat = v.InferOutput<typeof MrnFormatSchema>;

export interface PolicyError {
  /** Dotted path to the offending option, e.g. "org.mrnFormats.0.pattern". */
  path: string;
  message: string;
}
