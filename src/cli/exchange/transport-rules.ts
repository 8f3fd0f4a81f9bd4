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

/** PowerShell single-quoted string. */
const ps = (s: string): string => `'${s.replace(/'/g, "''")}'`;

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
    // The add-in's verdict is more precise than a pattern: messages it checked and let go are not judged again.
    `ExceptIfHeaderMatchesMessageHeader = 'x-phi-guard'`,
    `ExceptIfHeaderMatchesPatterns = @('^(clean|warn);')`,
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
    const comments = `Generated by PHI Guard from policy "${policy.name}": ${ids.map((id) => LABELS[id]).join(', ')}.`;
    const block = ruleBlock(name, [`${param} = ${list(pats)}`, ...common, ...actionParams(opts, policy, what), `Comments = ${ps(comments)}`]);
    if (block.length > MAX_RULE_CHARS) throw new ExchangePatternError(`the rule "${name}" would be ${block.length} characters; Exchange allows ${MAX_RULE_CHARS} per rule`);
    blocks.push(`# ${ids.map((id) => `${LABELS[id]}: ${patterns[id].length} pattern(s)`).join('; ')}\n${block}`);
  }
  const headerPattern = '^(warn|error);';
  patternChars += headerPattern.length;
  const headerParams = [
    `HeaderMatchesMessageHeader = 'x-phi-guard'`,
    `HeaderMatchesPatterns = @(${ps(headerPattern)})`,
    ...(opts.scope === 'external' ? [`SentToScope = 'NotInOrganization'`] : []),
    `Mode = ${opts.test ? "'Audit'" : "'Enforce'"}`,
    `ApplyRightsProtectionTemplate = 'Encrypt'`,
    ...(opts.reportTo ? [`GenerateIncidentReport = ${ps(opts.reportTo)}`, `IncidentReportContent = @('Sender', 'Recipients', 'Severity', 'RuleDetections')`] : []),
    `SetAuditSeverity = 'Medium'`,
    `Comments = ${ps('Generated by PHI Guard: messages sent after a PHI Guard warning (Send Anyway) or that the add-in could not check leave encrypted.')}`,
  ];
  blocks.push(`# Sends the add-in warned about (the user chose Send Anyway) or could not check\n${ruleBlock(RULE_NAMES.header, headerParams)}`);
  if (patternChars > MAX_TENANT_PATTERN_CHARS) throw new ExchangePatternError(`the patterns total ${patternChars} characters; Exchange allows ${MAX_TENANT_PATTERN_CHARS} for the whole organisation`);

  const header = [
    `# PHI Guard: Exchange mail flow rules generated from policy "${policy.name}".`,
    `# Action: ${opts.action}${opts.action === 'redirect' ? ` to ${opts.reviewMailbox}` : ''}; scope: ${opts.scope === 'external' ? 'messages to outside recipients' : 'all messages'}; mode: ${opts.test ? 'Audit (test: nothing is blocked)' : 'Enforce'}.`,
    `# Pattern text: ${patternChars} of the ${MAX_TENANT_PATTERN_CHARS} characters Exchange allows for the whole organisation.`,
    `# Review, then run in Exchange Online PowerShell after Connect-ExchangeOnline. Running it again updates the rules.`,
    ...refused.map((r) => `# NOT EXPORTED: ${r}`),
    '',
    `$ErrorActionPreference = 'Stop'`,
    'function Set-PhiGuardRule([string]$Name, [hashtable]$Params) {',
    '  if (Get-TransportRule -Identity $Name -ErrorAction SilentlyContinue) {',
    '    Set-TransportRule -Identity $Name @Params',
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
