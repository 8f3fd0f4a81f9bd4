import * as v from 'valibot';
import { DETECTORS } from '../detectors';
import { checkSafePattern } from './safe-pattern';
import { COMBINATION_ID } from '../messages';

/**
 * The policy: one schema shared by the engine, the CLI, the on-send handler
 * and the settings pane. Every option is optional in a file: what a file
 * leaves out comes from the default policy (see defaults.ts and parsePolicy).
 */
export const POLICY_SCHEMA_VERSION = 1;

/**
 * Size limits of a policy file, enforced by the schema (docs/policy.md lists
 * them for administrators). They keep the file small enough to fetch and
 * cache in OfficeRuntime.storage and bound the work each option adds to a
 * send: every MRN format runs over every field, every keyword joins a
 * keyword pattern, every extra health word joins the health-word matcher.
 */
export const POLICY_LIMITS = {
  /** policy.json as text, checked before it is parsed. */
  fileCharacters: 1000000,
  /** The policy's name (shown, shortened to 40, in the x-phi-guard header) and each MRN format's name. */
  name: 80,
  mrnFormats: 20,
  /** Examples per MRN format, and characters per example. */
  examples: 10,
  example: 100,
  /** Each of internalDomains, baaDomains, personalDomains. */
  domains: 1000,
  allowTerms: 5000,
  /** Allow entries (phrases, staff and place names), each up to `term` characters. */
  allow: 2000,
  extraHealthTerms: 2000,
  /** Extra keywords per keyword rule. */
  extraKeywords: 50,
  /** Characters per word or keyword. */
  term: 80,
  privacyContact: 120,
  message: 160,
};

/**
 * C0 and C1 control characters (line breaks and tabs included) and the
 * Unicode line and paragraph separators: no policy string may hold one. A
 * policy's text reaches dialogs, headers and generated Exchange scripts,
 * where a line break can end a comment or a command.
 */
export function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
const CONTROL_MESSAGE = 'must not contain control characters, tabs or line breaks';
/** Every string of a policy: checked for control characters before anything else (trimming would hide a trailing line break). */
const text = () => v.pipe(v.string(), v.check((s: string) => !hasControlCharacter(s), CONTROL_MESSAGE));

/**
 * Objects accept only their own options. An unknown key (a typo, or
 * "__proto__" and "constructor", which plain records silently drop) is an
 * error at its path, so nothing in a file is ignored.
 */
function strict<E extends v.ObjectEntries>(entries: E, unknownKey?: (key: string) => string) {
  const known = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) => (issue.expected === 'never' ? (unknownKey ? unknownKey(String(issue.input)) : `not a known option here (known: ${known})`) : `must be an object`));
}

export const LevelSchema = v.picklist(['off', 'warn', 'block']);
const GROUPS = ['subject', 'recipients', 'attachments'] as const;
/** What an allow entry is, for the people who keep the list; matching is the same for each. */
export const ALLOW_KINDS = ['phrase', 'staff', 'place'] as const;
export const LevelsSchema = strict({
  subject: LevelSchema,
  recipients: LevelSchema,
  attachments: LevelSchema,
});

const DomainSchema = v.pipe(
  text(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain such as example.org'),
);
const domains = () => v.pipe(v.array(DomainSchema), v.maxLength(POLICY_LIMITS.domains, `at most ${POLICY_LIMITS.domains} domains`));
const TermSchema = v.pipe(text(), v.trim(), v.minLength(2, 'must have at least 2 characters'), v.maxLength(POLICY_LIMITS.term, `must have at most ${POLICY_LIMITS.term} characters`));
const terms = (limit: number, what: string) => v.pipe(v.array(TermSchema), v.maxLength(limit, `at most ${limit} ${what}`));

/** Why an admin pattern is refused, or undefined. The handler uses checkSafePattern; policy check and the settings pane add regexpp (authoring.ts). */
export type PatternCheck = (pattern: string) => string | undefined;

function mrnFormatSchema(checkPattern: PatternCheck) {
  return strict({
    name: v.pipe(text(), v.trim(), v.minLength(1, 'needs a name'), v.maxLength(POLICY_LIMITS.name, `must have at most ${POLICY_LIMITS.name} characters`)),
    pattern: v.pipe(
      text(),
      // A control character is reported once, by text().
      v.check((p) => hasControlCharacter(p) || checkPattern(p) === undefined, (issue) => `unsafe or invalid pattern: ${checkPattern(String(issue.input))}`),
    ),
    /** Fictitious examples that must match; checked when the policy is loaded. */
    examples: v.optional(
      v.pipe(
        v.array(v.pipe(text(), v.maxLength(POLICY_LIMITS.example, `must have at most ${POLICY_LIMITS.example} characters`))),
        v.maxLength(POLICY_LIMITS.examples, `at most ${POLICY_LIMITS.examples} examples`),
      ),
    ),
  });
}
export const MrnFormatSchema = mrnFormatSchema(checkSafePattern);

/** The rules a policy may set (identifier detectors) and the keyword families it may extend. */
function ruleEntries() {
  const rules: Record<string, typeof LevelsSchema> = {};
  const keywords: Record<string, ReturnType<typeof terms>> = {};
  const context: string[] = [];
  for (const d of DETECTORS) {
    if (d.meta.role === 'identifier') rules[d.meta.id] = LevelsSchema;
    else context.push(d.meta.id);
    if (d.meta.keywords) keywords[d.meta.keywords.optionsKey] = terms(POLICY_LIMITS.extraKeywords, 'keywords');
  }
  return { rules, keywords, context };
}

/** Builds the policy schema around a pattern check (see PatternCheck). */
export function policySchema(checkPattern: PatternCheck = checkSafePattern) {
  const { rules, keywords, context } = ruleEntries();
  const ruleIds = Object.keys(rules).join(', ');
  const keywordIds = Object.keys(keywords).join(', ');
  const levels = v.pipe(
    strict(rules, (key) => (context.indexOf(key) >= 0 ? 'this detector is context only; set combinations.identityWithHealth instead' : `unknown rule; known rules: ${ruleIds}`)),
    v.transform((r) => r as Record<string, v.InferOutput<typeof LevelsSchema>>),
  );
  const optionalKeywords: Record<string, v.OptionalSchema<ReturnType<typeof terms>, undefined>> = {};
  for (const k of Object.keys(keywords)) optionalKeywords[k] = v.optional(keywords[k]);
  return strict({
    schemaVersion: v.literal(POLICY_SCHEMA_VERSION),
    name: v.optional(v.pipe(text(), v.maxLength(POLICY_LIMITS.name, `must have at most ${POLICY_LIMITS.name} characters`))),
    /** Raised by the settings pane on each export of a changed policy. */
    revision: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /** Per detector: a level per field group. Context detectors (names, health words) have none. */
    rules: levels,
    combinations: strict({
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
    strengthLevels: strict({
      high: LevelsSchema,
      medium: LevelsSchema,
    }),
    org: strict({
      /** Empty: the sender's own domain is internal. */
      internalDomains: domains(),
      /** Partners under a business associate agreement: their addresses count as internal. */
      baaDomains: domains(),
      personalDomains: domains(),
      massDisclosureThreshold: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(500)),
      mrnFormats: v.pipe(v.array(mrnFormatSchema(checkPattern)), v.maxLength(POLICY_LIMITS.mrnFormats, `at most ${POLICY_LIMITS.mrnFormats} MRN formats`)),
      /** Terms never treated as health words (e.g. a product called "Echo"). */
      allowTerms: terms(POLICY_LIMITS.allowTerms, 'words'),
      /**
       * Allow entries (allow.ts): what the detectors find inside a phrase, a staff or place
       * name is not reported, for one rule and field group when the entry names them.
       */
      allow: v.pipe(
        v.array(strict({ text: TermSchema, kind: v.optional(v.picklist(ALLOW_KINDS)), rule: v.optional(v.picklist([...Object.keys(rules), COMBINATION_ID])), group: v.optional(v.picklist(GROUPS)) })),
        v.maxLength(POLICY_LIMITS.allow, `at most ${POLICY_LIMITS.allow} allow entries`),
      ),
      extraHealthTerms: terms(POLICY_LIMITS.extraHealthTerms, 'words'),
      /** Extra keywords per keyword rule (mrn, member-id, account-number, accession-number, ssn). */
      extraKeywords: v.pipe(
        strict(optionalKeywords, () => `not a keyword rule; known: ${keywordIds}`),
        v.transform((k) => k as Record<string, string[]>),
      ),
    }),
    behaviour: strict({
      /** What the on-send handler does when it cannot decide (error, timeout, unreadable item). */
      failMode: v.picklist(['block', 'allow']),
      /** Shown in every block message, e.g. "Privacy Office, x4100". */
      privacyContact: v.pipe(text(), v.maxLength(POLICY_LIMITS.privacyContact, `must have at most ${POLICY_LIMITS.privacyContact} characters`)),
      /** The first sentence of the Send dialog; empty: PHI Guard's own wording. */
      messages: strict({
        block: v.pipe(text(), v.maxLength(POLICY_LIMITS.message, `must have at most ${POLICY_LIMITS.message} characters (the whole dialog has 500)`)),
        warn: v.pipe(text(), v.maxLength(POLICY_LIMITS.message, `must have at most ${POLICY_LIMITS.message} characters (the whole dialog has 500)`)),
      }),
    }),
  });
}

export const PolicySchema = policySchema();

export type Policy = v.InferOutput<typeof PolicySchema>;
export type Levels = v.InferOutput<typeof LevelsSchema>;
export type MrnFormat = v.InferOutput<typeof MrnFormatSchema>;
export type AllowEntry = Policy['org']['allow'][number];

export interface PolicyError {
  /** Dotted path to the offending option, e.g. "org.mrnFormats.0.pattern". */
  path: string;
  message: string;
}
