import type { FieldGroup, Policy } from '../../engine';
import { DETECTORS_BY_ID } from '../../engine/detectors';
import {
  ExchangePatternError,
  MAX_RULE_CHARS,
  MAX_TENANT_PATTERN_CHARS,
  MBI_DASHED,
  MBI_PLAIN,
  SSN_DELIMITED,
  keywordPatterns,
  translateSafePattern,
} from './pattern';

/**
 * The server-side backstop: Exchange mail flow rules from the same policy as
 * the add-in, for sends the add-in never sees (mobile Outlook, Simple MAPI,
 * mail merge, a client where the add-in did not load). Only the strong
 * identifiers the policy BLOCKS in a field are exported for that field; names
 * with diagnoses need the add-in's lexicons and cannot be written as patterns.
 */
export type BackstopAction = 'reject' | 'redirect' | 'encrypt';

export interface ExchangeExportOptions {
  action: BackstopAction;
  /** For --action redirect: the review mailbox. */
  reviewMailbox?: string;
  /** Also send an incident report for warned sends to this address. */
  reportTo?: string;
  /** 'external': only messages to recipients outside the organisation. */
  scope: 'all' | 'external';
  /** Audit mode: the rules log what they would do and change nothing. */
  test: boolean;
}

export interface ExchangeExport {
  script: string;
  /** Organisation formats that could not be expressed, with the reason. */
  refused: string[];
  /** Characters of pattern text in all rules (Exchange allows 20 KB per tenant). */
  patternChars: number;
}

export const RULE_NAMES = {
  subject: 'PHI Guard - identifiers in subject',
  attachments: 'PHI Guard - identifiers in attachment names',
  header: 'PHI Guard - warned or unchecked sends',
};

const LABELS: { [id: string]: string } = {
  ssn: 'Social Security number',
  mbi: 'Medicare Beneficiary Identifier',
  mrn: 'medical record number',
  'member-id': 'health plan member ID',
  'account-number': 'patient account number',
};

/** Exchange patterns per identifier rule id, for the policy (organisation MRN formats included). */
export function identifierPatterns(policy: Policy, refused: string[] = []): { [id: string]: string[] } {
  const kw = (id: string) => {
    const k = DETECTORS_BY_ID.get(id)?.meta.keywords;
    if (!k) throw new Error(`${id} has no keyword family`);
    const extra = policy.org.extraKeywords[id] ?? [];
    return keywordPatterns([...k.keywords, ...extra], k.keywordsNeedingMarker, k.minDigits);
  };
  const mrn = kw('mrn');
  for (const f of policy.org.mrnFormats) {
    try {
      mrn.push(translateSafePattern(f.pattern));
    } catch (e) {
      if (!(e instanceof ExchangePatternError)) throw e;
      refused.push(`MRN format "${f.name}" (${f.pattern}): ${e.message}`);
    }
  }
  return {
    ssn: [SSN_DELIMITED, ...keywordPatterns(['ssn', 'ss#', 'ss no', 'ssno', 'soc sec', 'social security', 'social sec'], ['social security'], 9, true)],
    mbi: [MBI_PLAIN, MBI_DASHED],
    mrn,
    'member-id': kw('member-id'),
    'account-number': kw('account-number'),
  };
}

/** Every character PowerShell accepts as a single quote: each one opens and closes a single-quoted string. */
const PS_SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** A single-quoted literal: each quote character doubled (PowerShell reads a doubled quote as one). */
const psLiteral = (text: string): string => `'${text.replace(PS_SINGLE_QUOTES, (q) => q + q)}'`;

/**
 * Any text as a PowerShell string expression written in printable ASCII only.
 * Printable ASCII goes into single-quoted literals; every other UTF-16 unit
 * (control characters, line breaks, non-ASCII letters and quotes, lone
 * surrogates) is written as [char]0xNNNN and joined on: ('O' + [char]0x2019 + 'Neil').
 * ASCII because Windows PowerShell 5.1 reads a script without a byte order
 * mark in the ANSI code page, where the UTF-8 bytes of ordinary letters can
 * read as quote characters (0x91, 0x92 in cp1252: U+2018, U+2019); no escaping
 * of the original text can anticipate that. No control characters, so what a
 * reviewer sees is what runs.
 */
export function psString(text: string): string {
  const parts: string[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) {
      run += text[i];
      continue;
    }
    // The first operand is a string, so + concatenates ([char] + [char] would add numbers).
    if (run || parts.length === 0) parts.push(psLiteral(run));
    run = '';
    parts.push(`[char]0x${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  if (parts.length === 0) return psLiteral(run);
  if (run) parts.push(psLiteral(run));
  return `(${parts.join(' + ')})`;
}
const ps = psString;

/**
 * The x-phi-guard values the header rule acts on: every state but "clean".
 * The header is written by the sending client, so anyone can set it: it may
 * ADD an action (encryption here), never exempt a message from a check.
 */
export const HEADER_ACTION_PATTERN = '^(warn|block|error|unchecked);';

function blockedIn(policy: Policy, group: FieldGroup): string[] {
  return Object.keys(LABELS).filter((id) => policy.rules[id]?.[group] === 'block');
}

function actionParams(opts: ExchangeExportOptions, policy: Policy, what: string): string[] {
  if (opts.action === 'reject') {
    const contact = policy.behaviour.privacyContact ? ` Questions: ${policy.behaviour.privacyContact}.` : '';
    const text = `Not delivered: the ${what} appears to contain patient information, which is never encrypted there. Remove it and send again; the message body can carry it.${contact}`;
    return [`RejectMessageReasonText = ${ps(text)}`, `RejectMessageEnhancedStatusCode = '5.7.1'`];
  }
  if (opts.action === 'redirect') return [`RedirectMessageTo = ${ps(opts.reviewMailbox!)}`];
  return [`ApplyRightsProtectionTemplate = 'Encrypt'`];
}

function ruleBlock(name: string, params: string[]): string {
  return `Set-PhiGuardRule ${ps(name)} @{\n${params.map((p) => `  ${p}`).join('\n')}\n}\n`;
}

const list = (patterns: string[]): string => `@(\n${patterns.map((p) => `    ${ps(p)}`).join(',\n')}\n  )`;

export function exchangeScript(policy: Policy, opts: ExchangeExportOptions): ExchangeExport {
  if (opts.action === 'redirect' && !opts.reviewMailbox) throw new ExchangePatternError('--action redirect needs --review-mailbox ADDRESS');
  const refused: string[] = [];
  const patterns = identifierPatterns(policy, refused);
  const common = [
    // No exception on x-phi-guard: any client can set that header, so "clean" proves nothing.
    // These rules judge every message, checked by the add-in or not.
    ...(opts.scope === 'external' ? [`SentToScope = 'NotInOrganization'`] : []),
    `Mode = ${opts.test ? "'Audit'" : "'Enforce'"}`,
    `SetAuditSeverity = 'High'`,
  ];
  const blocks: string[] = [];
  let patternChars = 0;
  const sections: [FieldGroup, string, string, string][] = [
    ['subject', RULE_NAMES.subject, 'SubjectMatchesPatterns', 'subject'],
    ['attachments', RULE_NAMES.attachments, 'AttachmentNameMatchesPatterns', 'name of an attachment'],
  ];
  for (const [group, name, param, what] of sections) {
    const ids = blockedIn(policy, group);
    const pats = ids.flatMap((id) => patterns[id]);
    if (pats.length === 0) {
      blocks.push(`# ${name}: the policy blocks none of these identifiers in this field; no rule.\n`);
      continue;
    }
    patternChars += pats.reduce((n, p) => n + p.length, 0);
    const comments = `Generated by PHI Guard from policy "${policy.name ?? '(unnamed)'}"${policy.revision ? ` revision ${policy.revision}` : ''}: ${ids.map((id) => LABELS[id]).join(', ')}.`;
    const block = ruleBlock(name, [`${param} = ${list(pats)}`, ...common, ...actionParams(opts, policy, what), `Comments = ${ps(comments)}`]);
    if (block.length > MAX_RULE_CHARS) throw new ExchangePatternError(`the rule "${name}" would be ${block.length} characters; Exchange allows ${MAX_RULE_CHARS} per rule`);
    blocks.push(`# ${ids.map((id) => `${LABELS[id]}: ${patterns[id].length} pattern(s)`).join('; ')}\n${block}`);
  }
  const headerPattern = HEADER_ACTION_PATTERN;
  patternChars += headerPattern.length;
  const headerParams = [
    `HeaderMatchesMessageHeader = 'x-phi-guard'`,
    `HeaderMatchesPatterns = @(${ps(headerPattern)})`,
    // The header means something only on mail the organisation's own users send.
    `FromScope = 'InOrganization'`,
    ...(opts.scope === 'external' ? [`SentToScope = 'NotInOrganization'`] : []),
    `Mode = ${opts.test ? "'Audit'" : "'Enforce'"}`,
    `ApplyRightsProtectionTemplate = 'Encrypt'`,
    ...(opts.reportTo ? [`GenerateIncidentReport = ${ps(opts.reportTo)}`, `IncidentReportContent = @('Sender', 'Recipients', 'Severity', 'RuleDetections')`] : []),
    `SetAuditSeverity = 'Medium'`,
    `Comments = ${ps('Generated by PHI Guard: messages whose x-phi-guard header says warn (Send Anyway), block, error or unchecked leave encrypted. The header only adds this action; it never exempts a message from a rule.')}`,
  ];
  blocks.push(`# Sends the add-in warned about (Send Anyway), stopped, could not check or never checked: encrypted\n${ruleBlock(RULE_NAMES.header, headerParams)}`);
  if (patternChars > MAX_TENANT_PATTERN_CHARS) throw new ExchangePatternError(`the patterns total ${patternChars} characters; Exchange allows ${MAX_TENANT_PATTERN_CHARS} for the whole organisation`);

  // Comments hold generated text only: policy text (names, contacts, addresses) is written as
  // string values, where no character can end the comment or the string early.
  const header = [
    `# PHI Guard: Exchange mail flow rules generated from a PHI Guard policy (named in each rule's Comments).`,
    `# Action: ${opts.action}${opts.action === 'redirect' ? ' to the review mailbox (RedirectMessageTo)' : ''}; scope: ${opts.scope === 'external' ? 'messages to outside recipients' : 'all messages'}; mode: ${opts.test ? 'Audit (test: nothing is blocked)' : 'Enforce'}.`,
    `# Pattern text: ${patternChars} of the ${MAX_TENANT_PATTERN_CHARS} characters Exchange allows for the whole organisation.`,
    `# Review, then run in Exchange Online PowerShell after Connect-ExchangeOnline. Running it again updates the rules.`,
    `# NOT EXPORTED: ${refused.length ? `${refused.length} organisation format(s) Exchange cannot express, listed here and printed as warnings when the script runs` : 'nothing'}.`,
    `$NotExported = @(${refused.length ? `\n${refused.map((r) => `  ${ps(r)}`).join(',\n')}\n` : ''})`,
    '',
    `$ErrorActionPreference = 'Stop'`,
    'foreach ($Format in $NotExported) { Write-Warning "not exported: $Format" }',
    'function Set-PhiGuardRule([string]$Name, [hashtable]$Params) {',
    '  if (Get-TransportRule -Identity $Name -ErrorAction SilentlyContinue) {',
    '    # Earlier PHI Guard exports exempted messages by their x-phi-guard header, which any client can set: clear that.',
    '    Set-TransportRule -Identity $Name @Params -ExceptIfHeaderMatchesMessageHeader $null -ExceptIfHeaderMatchesPatterns $null',
    '    Write-Host "updated: $Name"',
    '  } else {',
    '    New-TransportRule -Name $Name @Params',
    '    Write-Host "created: $Name"',
    '  }',
    '}',
    '',
  ].join('\n');
  return { script: `${header}\n${blocks.join('\n')}`, refused, patternChars };
}
