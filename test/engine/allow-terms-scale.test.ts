import { Message, Policy, defaultPolicy, scanMessage } from '../../src/engine';

/**
 * Issue 16, finding 12 (policy part): a very long allow list must not slow
 * every scan down. The engine is called directly with 200,000 allow terms
 * (more than the schema accepts, POLICY_LIMITS.allowTerms), as a programmatic
 * caller could.
 */
const SUBJECTS = [
  'Pt Ada Quill echo and MRI follow-up, diabetes clinic',
  'Referral: Boudreaux cardiology consult, hypertension and chest pain',
  'Thackeray biopsy results, oncology, chemotherapy plan',
  'Discharge summary for Mr. Pemberton, pneumonia, amoxicillin',
  'Lab: CRITICAL K 6.8 for Rosalind, nephrology, dialysis',
  'Ortiz preeclampsia, pembrolizumab trial screening',
];
const message = (subject: string): Message => ({ subject, to: [{ displayName: 'Ada Colleague', emailAddress: 'a.colleague@examplehealth.org' }], cc: [], bcc: [], attachments: [{ name: `${subject.slice(0, 20)}.pdf` }] });

function timePerMessage(policy: Policy, salt: string): number {
  scanMessage(message(`warm-up ${salt}`), policy);
  const rounds = 40;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const s of SUBJECTS) scanMessage(message(`${s} ${salt}${r}`), policy);
  return Number(process.hrtime.bigint() - t0) / 1e6 / (rounds * SUBJECTS.length);
}

test('finding 12: a 200,000-entry allow list leaves scanning within 2x of no allow list', () => {
  const plain = defaultPolicy();
  const big = defaultPolicy();
  big.org.allowTerms = Array.from({ length: 200000 }, (_, i) => `vendorproduct${i.toString(36)}`);
  // The allow list still works: "echo" allowed drops it as a health word.
  const ratios: number[] = [];
  for (let k = 0; k < 3; k++) ratios.push(timePerMessage(big, `b${k}`) / timePerMessage(plain, `p${k}`));
  const best = Math.min(...ratios);
  console.info(`scan time with 200,000 allow terms / without: ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
  expect(best).toBeLessThan(2);
});

test('the allow list still drops its words as health context', () => {
  expect(scanMessage(message('Ada Quill echo'), defaultPolicy()).action).not.toBe('allow');
  // (a fresh policy object: the engine prepares each policy once)
  const p = defaultPolicy();
  p.org.allowTerms = [...Array.from({ length: 1000 }, (_, i) => `x${i}`), 'Echo'];
  expect(scanMessage(message('Ada Quill echo'), p).action).toBe('allow');
});
