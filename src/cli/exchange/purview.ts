import { createHash } from 'node:crypto';
import type { Policy } from '../../engine';
import { DETECTORS_BY_ID } from '../../engine/detectors';

/**
 * A Microsoft Purview custom sensitive information type rule package (the
 * "mce" RulePackage XML schema) with the organisation's MRN formats and the
 * MRN keywords, for admins who prefer DLP policies to mail flow rules.
 * Purview's regex engine has word boundaries and bounded repetition, so the
 * engine's safe patterns go in as they are, between \b ... \b.
 *
 * Identifiers are derived from the policy name, so exporting the same policy
 * again gives the same package (Purview then updates it in place).
 */
function guid(seed: string): string {
  const h = createHash('sha1').update(`phi-guard:${seed}`).digest('hex');
  // RFC 4122 layout, version 5 (name-based, SHA-1), variant bits set.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

/** Thrown when the policy holds text the rule package cannot carry; nothing is exported. */
export class PurviewExportError extends Error {}

// XML 1.0 allows tab, LF, CR and U+0020 up; not the other C0 controls, lone surrogates, U+FFFE or U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text content or a double-quoted attribute value; refuses what XML 1.0 cannot carry at all, even escaped. */
const xml = (s: string): string => {
  if (NOT_XML.test(s)) throw new PurviewExportError('the policy has a control character or an unpaired surrogate, which a Purview rule package (XML 1.0) cannot carry');
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');
};

export function purviewRulePackage(policy: Policy, version = { major: 1, minor: 0, build: 0, revision: 0 }): string {
  const name = policy.name ?? 'PHI Guard policy';
  const k = DETECTORS_BY_ID.get('mrn')?.meta.keywords;
  if (!k) throw new Error('mrn has no keyword family');
  const keywords = [...new Set([...k.keywords, ...k.keywordsNeedingMarker.map((w) => `${w} #`), ...(policy.org.extraKeywords.mrn ?? [])])];
  const entities: { id: string; name: string; description: string; patterns: string }[] = [];
  const regexes: string[] = [];

  // Keyword-anchored: 6 to 12 digits with an MRN keyword within 300 characters.
  const generic = guid(`${name}:mrn-keyword`);
  regexes.push(`    <Regex id="Regex_phiguard_mrn_digits">\\b\\d{6,12}\\b</Regex>`);
  entities.push({
    id: generic,
    name: 'PHI Guard: medical record number (keyword)',
    description: 'Six to twelve digits near an MRN keyword (MRN, MR#, Med Rec, chart #...), as the PHI Guard add-in reads them.',
    patterns: `      <Pattern confidenceLevel="75">\n        <IdMatch idRef="Regex_phiguard_mrn_digits" />\n        <Match idRef="Keyword_phiguard_mrn" />\n      </Pattern>`,
  });
  policy.org.mrnFormats.forEach((f, i) => {
    const id = `Regex_phiguard_org_mrn_${i + 1}`;
    regexes.push(`    <Regex id="${id}">${xml(`\\b(?:${f.pattern})\\b`)}</Regex>`);
    entities.push({
      id: guid(`${name}:org-mrn:${f.name}:${f.pattern}`),
      name: `PHI Guard: ${f.name}`,
      description: `The organisation's MRN format ${f.pattern} (examples: ${(f.examples ?? []).join(', ') || 'none'}). High confidence with an MRN keyword nearby.`,
      patterns: `      <Pattern confidenceLevel="85">\n        <IdMatch idRef="${id}" />\n        <Match idRef="Keyword_phiguard_mrn" />\n      </Pattern>\n      <Pattern confidenceLevel="65">\n        <IdMatch idRef="${id}" />\n      </Pattern>`,
    });
  });

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="utf-8"?>');
  // No policy text in comments: "--" may not appear in one, and the policy's name is in <Name> below.
  out.push('<!-- PHI Guard: custom sensitive information types generated from a PHI Guard policy (its name is in Details). Import with New-DlpSensitiveInformationTypeRulePackage (or Set-... to update). -->');
  out.push('<RulePackage xmlns="http://schemas.microsoft.com/office/2011/mce">');
  out.push(`  <RulePack id="${guid(`${name}:rulepack`)}">`);
  out.push(`    <Version major="${version.major}" minor="${version.minor}" build="${version.build}" revision="${version.revision}" />`);
  out.push(`    <Publisher id="${guid('publisher')}" />`);
  out.push('    <Details defaultLangCode="en-us">');
  out.push('      <LocalizedDetails langcode="en-us">');
  out.push('        <PublisherName>PHI Guard</PublisherName>');
  out.push(`        <Name>${xml(`PHI Guard: ${name}`)}</Name>`);
  out.push('        <Description>Medical record numbers as the PHI Guard Outlook add-in detects them, for Microsoft Purview DLP policies.</Description>');
  out.push('      </LocalizedDetails>');
  out.push('    </Details>');
  out.push('  </RulePack>');
  out.push('  <Rules>');
  for (const e of entities) out.push(`    <Entity id="${e.id}" patternsProximity="300" recommendedConfidence="75">\n${e.patterns}\n    </Entity>`);
  out.push(...regexes);
  out.push('    <Keyword id="Keyword_phiguard_mrn">');
  out.push('      <Group matchStyle="word">');
  for (const w of keywords) out.push(`        <Term>${xml(w)}</Term>`);
  out.push('      </Group>');
  out.push('    </Keyword>');
  out.push('    <LocalizedStrings>');
  for (const e of entities) {
    out.push(`      <Resource idRef="${e.id}">`);
    out.push(`        <Name default="true" langcode="en-us">${xml(e.name)}</Name>`);
    out.push(`        <Description default="true" langcode="en-us">${xml(e.description)}</Description>`);
    out.push('      </Resource>');
  }
  out.push('    </LocalizedStrings>');
  out.push('  </Rules>');
  out.push('</RulePackage>');
  return out.join('\n') + '\n';
}
