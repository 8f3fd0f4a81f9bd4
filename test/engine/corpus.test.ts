import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defaultPolicy } from '../../src/engine';
import { evaluate } from '../../src/cli/evaluate';
import { parseJsonLines } from '../../src/cli/inputs';

/**
 * Quality floors on labelled messages: the spec's aim is >= 0.95 precision and
 * recall per field group. These guard against regressions; the figures
 * themselves are printed by `phi-guard eval`.
 */
const SHARED = join(__dirname, '..', '..', '..', 'shared', 'corpus');
// held-out-messages.jsonl: 131 fictitious messages written and labelled by the spec before the
// engine saw them (first-run figures in docs/benchmarks.md), kept to guard what they taught.
// The ten batches of the precision issue (whose health, organisations, mailboxes, vendors, vets),
// written blind by writers who had not read the code; first runs in docs/benchmarks.md.
const FIXTURES = join(__dirname, '..', 'fixtures');
interface Floors {
  precision: number;
  recall: Record<'subject' | 'recipients' | 'attachments', number>;
}
const DEFAULT_FLOORS: Floors = { precision: 0.95, recall: { subject: 0.95, recipients: 0.95, attachments: 0.95 } };
// Recall floors at today's figures less one miss (raised whenever recall rises): they guard the ground
// gained, the recall issue raises them. The small fictitious sets have few positives in some groups.
const FLOORS: Record<string, Floors> = {
  'labelled-messages.jsonl': { precision: 0.97, recall: { subject: 0.95, recipients: 0.75, attachments: 0.75 } },
  'held-out-messages.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.9, attachments: 0.9 } },
  'whose-health-batch-a.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.94, attachments: 0.88 } },
  'week-of-mail-batch-b.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.9, attachments: 0.94 } },
  'hard-negatives-batch-c.jsonl': { precision: 0.97, recall: { subject: 0.85, recipients: 0.88, attachments: 0.87 } },
  'rural-system-batch-d.jsonl': { precision: 0.97, recall: { subject: 0.98, recipients: 0.94, attachments: 0.88 } },
  'academic-centre-batch-e.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.93, attachments: 0.91 } },
  'other-employers-batch-f.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.92, attachments: 0.9 } },
  'regional-network-batch-g.jsonl': { precision: 0.97, recall: { subject: 0.92, recipients: 0.84, attachments: 0.94 } },
  'gulf-system-batch-h.jsonl': { precision: 0.97, recall: { subject: 0.91, recipients: 0.94, attachments: 0.87 } },
  'mountain-west-batch-i.jsonl': { precision: 0.97, recall: { subject: 0.95, recipients: 0.93, attachments: 0.95 } },
  'great-lakes-batch-j.jsonl': { precision: 0.97, recall: { subject: 0.9, recipients: 0.92, attachments: 0.93 } },
  // k0183's prior-authorisation file, a surname beside a medication, is labelled clean; by spec item 2 it is
  // flagged (the subject names the same patient with the drug). The label is left as written; see docs/benchmarks.md.
  'hard-negatives-batch-k.jsonl': { precision: 0.92, recall: { subject: 0.94, recipients: 0.94, attachments: 0.84 } },
  'hard-negatives-batch-p.jsonl': { precision: 0.97, recall: { subject: 0.96, recipients: 0.66, attachments: 0.9 } },
  'origins-batch-l.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.77, attachments: 0.95 } },
  'scripts-batch-m.jsonl': { precision: 0.97, recall: { subject: 0.84, recipients: 0.87, attachments: 0.91 } },
  'languages-batch-n.jsonl': { precision: 0.97, recall: { subject: 0.88, recipients: 0.84, attachments: 0.92 } },
  'hard-negatives-batch-q.jsonl': { precision: 0.97, recall: { subject: 0.91, recipients: 0.69, attachments: 0.93 } },
  'hard-negatives-batch-s.jsonl': { precision: 0.97, recall: { subject: 0.87, recipients: 0.92, attachments: 0.92 } },
  // Two blind batches of this session (first runs in docs/benchmarks.md).
  'hard-negatives-batch-z.jsonl': { precision: 0.97, recall: { subject: 0.91, recipients: 0.89, attachments: 0.85 } },
  'recall-batch-aa.jsonl': { precision: 0.97, recall: { subject: 0.97, recipients: 0.96, attachments: 0.97 } },
  'hard-negatives-batch-ab.jsonl': { precision: 0.97, recall: { subject: 0.89, recipients: 0.88, attachments: 0.89 } },
  'clinic-week-batch-ac.jsonl': { precision: 0.97, recall: { subject: 0.91, recipients: 0.85, attachments: 0.95 } },
  'hard-negatives-batch-v.jsonl': { precision: 0.97, recall: { subject: 0.86, recipients: 0.85, attachments: 0.9 } },
  'hard-negatives-batch-w.jsonl': { precision: 0.97, recall: { subject: 0.91, recipients: 0.95, attachments: 0.69 } },
  // Twelve languages, nine of which the engine had no words for at the first run (0.40 / 0.41 / 0.53 recall).
  'recall-batch-x.jsonl': { precision: 0.97, recall: { subject: 0.83, recipients: 0.91, attachments: 0.87 } },
  'week-of-mail-batch-y.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.83, attachments: 0.95 } },
  'week-of-mail-batch-u.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.77, attachments: 0.81 } },
  'recall-batch-r.jsonl': { precision: 0.97, recall: { subject: 0.95, recipients: 0.94, attachments: 0.93 } },
  'dev-3.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.94, attachments: 0.84 } },
  // Four blind batches of the next session (first runs in docs/benchmarks.md).
  'hard-negatives-batch-ad.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.88, attachments: 0.89 } },
  'recall-batch-ae.jsonl': { precision: 0.97, recall: { subject: 0.92, recipients: 0.95, attachments: 0.94 } },
  'hard-negatives-batch-af.jsonl': { precision: 0.97, recall: { subject: 0.83, recipients: 0.84, attachments: 0.83 } },
  'week-of-mail-batch-ag.jsonl': { precision: 0.97, recall: { subject: 0.91, recipients: 0.92, attachments: 0.88 } },
  'hard-negatives-batch-ah.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.76, attachments: 0.91 } },
  'recall-batch-ai.jsonl': { precision: 0.97, recall: { subject: 0.9, recipients: 0.85, attachments: 0.89 } },
  // Five blind batches of the fourth round (first runs in docs/benchmarks.md). Precision floors below 0.97
  // where a false alarm is left alone and named there ("Blue Heron line list", "Tamarack MS", "Calder implant").
  'hard-negatives-batch-aj.jsonl': { precision: 0.97, recall: { subject: 0.85, recipients: 0.85, attachments: 0.81 } },
  'recall-batch-ak.jsonl': { precision: 0.97, recall: { subject: 0.92, recipients: 0.97, attachments: 0.94 } },
  'week-of-mail-batch-al.jsonl': { precision: 0.92, recall: { subject: 0.91, recipients: 0.81, attachments: 0.8 } },
  'hard-negatives-batch-am.jsonl': { precision: 0.96, recall: { subject: 0.85, recipients: 0.84, attachments: 0.85 } },
  'recall-batch-an.jsonl': { precision: 1, recall: { subject: 0.93, recipients: 0.85, attachments: 0.87 } },
  // Blind batches AO to AU (session of 2026-12-04); AO and AS keep false alarms named in docs/benchmarks.md.
  'hard-negatives-batch-ao.jsonl': { precision: 0.92, recall: { subject: 0.82, recipients: 0.78, attachments: 0.88 } },
  'recall-batch-ap.jsonl': { precision: 1, recall: { subject: 0.81, recipients: 1, attachments: 0.89 } },
  'hard-negatives-batch-aq.jsonl': { precision: 0.97, recall: { subject: 0.88, recipients: 0.75, attachments: 0.84 } },
  'week-of-mail-batch-ar.jsonl': { precision: 0.97, recall: { subject: 0.85, recipients: 0.9, attachments: 0.72 } },
  'hard-negatives-batch-as.jsonl': { precision: 0.92, recall: { subject: 0.82, recipients: 0.37, attachments: 0.75 } },
  'recall-batch-at.jsonl': { precision: 1, recall: { subject: 0.86, recipients: 0.75, attachments: 0.81 } },
  'week-of-mail-batch-au.jsonl': { precision: 0.97, recall: { subject: 0.87, recipients: 0.99, attachments: 0.68 } },
  // Blind batches AV to AY (third session of 2026-12-04); AV keeps false alarms named in docs/benchmarks.md.
  'hard-negatives-batch-av.jsonl': { precision: 0.87, recall: { subject: 0.88, recipients: 0.88, attachments: 0.86 } },
  'recall-batch-aw.jsonl': { precision: 0.97, recall: { subject: 0.92, recipients: 0.88, attachments: 0.91 } },
  'recall-batch-ax.jsonl': { precision: 0.97, recall: { subject: 0.86, recipients: 0.84, attachments: 0.83 } },
  'week-of-mail-batch-ay.jsonl': { precision: 0.97, recall: { subject: 0.87, recipients: 0.77, attachments: 0.9 } },
  // AZ and BA were run on this round's engine; AZ keeps vendor and staff false alarms named in docs/benchmarks.md.
  'hard-negatives-batch-az.jsonl': { precision: 0.71, recall: { subject: 0.84, recipients: 0.57, attachments: 0.93 } },
  'week-of-mail-batch-ba.jsonl': { precision: 0.98, recall: { subject: 0.89, recipients: 0.76, attachments: 0.92 } },
  // Six blind batches of this session, BB to BG (first runs in docs/benchmarks.md). BB's subject precision: the
  // cross-field name rule (bb0045; the spec reads identity and health in the same field) and two one-off words.
  'hard-negatives-batch-bb.jsonl': { precision: 0.86, recall: { subject: 0.95, recipients: 0.83, attachments: 0.9 } },
  'hard-negatives-batch-be.jsonl': { precision: 0.97, recall: { subject: 0.83, recipients: 0.75, attachments: 0.8 } },
  'recall-batch-bc.jsonl': { precision: 0.97, recall: { subject: 0.95, recipients: 0.98, attachments: 0.92 } },
  'recall-batch-bf.jsonl': { precision: 0.97, recall: { subject: 0.88, recipients: 0.92, attachments: 0.9 } },
  'week-of-mail-batch-bd.jsonl': { precision: 0.96, recall: { subject: 0.94, recipients: 0.84, attachments: 0.92 } },
  'week-of-mail-batch-bg.jsonl': { precision: 0.97, recall: { subject: 0.95, recipients: 0.83, attachments: 0.85 } },
  // Three more of this session, BH to BJ. BH's recipients have four positives: the floor is today's figure.
  'hard-negatives-batch-bh.jsonl': { precision: 0.63, recall: { subject: 0.87, recipients: 0.75, attachments: 0.75 } },
  'recall-batch-bi.jsonl': { precision: 1, recall: { subject: 0.8, recipients: 0.93, attachments: 1 } },
  'week-of-mail-batch-bj.jsonl': { precision: 0.96, recall: { subject: 0.89, recipients: 0.6, attachments: 0.91 } },
  // The last six of this session, BK to BP (first runs in docs/benchmarks.md). BH's and BN's precision: their
  // false alarms are named in docs/benchmarks.md; the rules that mended them were taken back at review (they lost
  // real patients' names elsewhere).
  'hard-negatives-batch-bk.jsonl': { precision: 0.97, recall: { subject: 0.77, recipients: 0.71, attachments: 0.91 } },
  'recall-batch-bl.jsonl': { precision: 0.95, recall: { subject: 0.85, recipients: 0.85, attachments: 0.81 } },
  'week-of-mail-batch-bm.jsonl': { precision: 0.96, recall: { subject: 0.92, recipients: 0.87, attachments: 0.9 } },
  'hard-negatives-batch-bn.jsonl': { precision: 0.66, recall: { subject: 0.75, recipients: 0.5, attachments: 0.76 } },
  'recall-batch-bo.jsonl': { precision: 0.96, recall: { subject: 0.89, recipients: 0.89, attachments: 0.85 } },
  'week-of-mail-batch-bp.jsonl': { precision: 0.97, recall: { subject: 0.86, recipients: 0.76, attachments: 0.7 } },
  // Session 29, BQ to CL (first runs in docs/benchmarks.md, "Blind batches BQ to CL"). The hard negatives' precision
  // floors are today's figures: their remaining false alarms are listed there.
  'hard-negatives-batch-bq.jsonl': { precision: 0.85, recall: { subject: 0.89, recipients: 0.9, attachments: 0.87 } },
  'hard-negatives-batch-bu.jsonl': { precision: 0.96, recall: { subject: 0.94, recipients: 0.81, attachments: 0.93 } },
  'hard-negatives-batch-bw.jsonl': { precision: 0.88, recall: { subject: 0.86, recipients: 0.78, attachments: 0.86 } },
  // Session 47: 0.97 -> 0.96. One true finding fewer (files of CPAP compliance under a subject about "the sleep lab": the
  // words need support since the round's second review, because a sleep lab's ribbon cutting is no patient's), the
  // same false alarm, so precision moved from 33/34 to 32/33.
  'hard-negatives-batch-ca.jsonl': { precision: 0.96, recall: { subject: 0.95, recipients: 0.95, attachments: 0.84 } },
  'hard-negatives-batch-cd.jsonl': { precision: 0.93, recall: { subject: 0.84, recipients: 0.7, attachments: 0.84 } },
  'recall-batch-br.jsonl': { precision: 0.99, recall: { subject: 0.82, recipients: 0.93, attachments: 0.92 } },
  'recall-batch-bt.jsonl': { precision: 0.9, recall: { subject: 0.96, recipients: 0.9, attachments: 0.92 } },
  'recall-batch-bx.jsonl': { precision: 0.97, recall: { subject: 0.9, recipients: 0.92, attachments: 0.86 } },
  'recall-batch-bz.jsonl': { precision: 0.97, recall: { subject: 0.76, recipients: 0.95, attachments: 0.76 } },
  'recall-batch-cc.jsonl': { precision: 1, recall: { subject: 0.91, recipients: 0.85, attachments: 0.88 } },
  'week-of-mail-batch-bs.jsonl': { precision: 0.9, recall: { subject: 0.88, recipients: 0.81, attachments: 0.81 } },
  'week-of-mail-batch-bv.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.76, attachments: 0.82 } },
  'week-of-mail-batch-by.jsonl': { precision: 0.94, recall: { subject: 0.89, recipients: 0.8, attachments: 0.91 } },
  'week-of-mail-batch-cb.jsonl': { precision: 0.97, recall: { subject: 0.85, recipients: 0.6, attachments: 0.93 } },
  // The last four, CE to CH, arrived on the session's final engine: their first runs are its estimate.
  'hard-negatives-batch-ce.jsonl': { precision: 0.93, recall: { subject: 0.94, recipients: 0.91, attachments: 0.84 } },
  'recall-batch-cg.jsonl': { precision: 0.97, recall: { subject: 0.83, recipients: 0.88, attachments: 0.84 } },
  'week-of-mail-batch-cf.jsonl': { precision: 0.9, recall: { subject: 0.75, recipients: 0.75, attachments: 0.64 } },
  'week-of-mail-batch-ch.jsonl': { precision: 0.92, recall: { subject: 0.89, recipients: 0.76, attachments: 0.85 } },
  // CI to CL, written while the second review's fixes were made: first runs on 1e2328d and on those fixes.
  'hard-negatives-batch-ci.jsonl': { precision: 0.89, recall: { subject: 0.87, recipients: 0.91, attachments: 0.91 } },
  'hard-negatives-batch-cl.jsonl': { precision: 0.97, recall: { subject: 0.89, recipients: 0.75, attachments: 0.81 } },
  'recall-batch-cj.jsonl': { precision: 0.99, recall: { subject: 0.91, recipients: 0.91, attachments: 0.86 } },
  'week-of-mail-batch-ck.jsonl': { precision: 0.97, recall: { subject: 0.88, recipients: 0.75, attachments: 0.5 } },
  // Session 30, CM to CZ (first runs in docs/benchmarks.md, "Blind batches CM to CZ"). The hard negatives' precision
  // floors are today's figures: their remaining false alarms are listed there.
  'hard-negatives-batch-cm.jsonl': { precision: 0.97, recall: { subject: 0.87, recipients: 0.57, attachments: 0.75 } },
  'hard-negatives-batch-cn.jsonl': { precision: 0.9, recall: { subject: 0.83, recipients: 0.75, attachments: 0.88 } },
  'hard-negatives-batch-cr.jsonl': { precision: 0.97, recall: { subject: 0.96, recipients: 1, attachments: 0.81 } },
  'hard-negatives-batch-cu.jsonl': { precision: 0.72, recall: { subject: 0.87, recipients: 0.8, attachments: 0.77 } },
  'hard-negatives-batch-cv.jsonl': { precision: 0.97, recall: { subject: 0.9, recipients: 0.87, attachments: 0.83 } },
  'hard-negatives-batch-cy.jsonl': { precision: 0.75, recall: { subject: 0.76, recipients: 0.71, attachments: 0.88 } },
  'languages-batch-cq.jsonl': { precision: 0.97, recall: { subject: 0.87, recipients: 0.79, attachments: 0.88 } },
  'recall-batch-co.jsonl': { precision: 0.92, recall: { subject: 0.76, recipients: 0.92, attachments: 0.76 } },
  'recall-batch-ct.jsonl': { precision: 0.97, recall: { subject: 0.75, recipients: 0.97, attachments: 0.91 } },
  'recall-batch-cx.jsonl': { precision: 0.99, recall: { subject: 0.72, recipients: 1, attachments: 0.87 } },
  'week-of-mail-batch-cp.jsonl': { precision: 0.97, recall: { subject: 0.83, recipients: 0.8, attachments: 0.81 } },
  'week-of-mail-batch-cs.jsonl': { precision: 0.96, recall: { subject: 0.86, recipients: 0.94, attachments: 0.78 } },
  'week-of-mail-batch-cw.jsonl': { precision: 0.95, recall: { subject: 0.81, recipients: 0.76, attachments: 0.81 } },
  'week-of-mail-batch-cz.jsonl': { precision: 0.97, recall: { subject: 0.83, recipients: 0.68, attachments: 0.83 } },
  // DA to DC, run once on e9e33cb, the round's engine before the two last rules they informed.
  'hard-negatives-batch-da.jsonl': { precision: 0.97, recall: { subject: 0.97, recipients: 0.66, attachments: 0.9 } },
  'recall-batch-dc.jsonl': { precision: 0.97, recall: { subject: 0.88, recipients: 0.9, attachments: 0.96 } },
  'week-of-mail-batch-db.jsonl': { precision: 1, recall: { subject: 0.96, recipients: 1, attachments: 0.89 } },
  // Session 31, DD to DK (first runs in docs/benchmarks.md, "Blind batches DD to DK"): floors from the round's final engine.
  'hard-negatives-batch-de.jsonl': { precision: 0.96, recall: { subject: 0.88, recipients: 0.5, attachments: 0.87 } },
  'hard-negatives-batch-di.jsonl': { precision: 0.96, recall: { subject: 0.83, recipients: 0.57, attachments: 0.8 } },
  'languages-batch-dj.jsonl': { precision: 0.97, recall: { subject: 0.84, recipients: 0.75, attachments: 0.65 } },
  'recall-batch-df.jsonl': { precision: 0.97, recall: { subject: 0.95, recipients: 0.91, attachments: 0.96 } },
  'recall-batch-dg.jsonl': { precision: 0.97, recall: { subject: 0.84, recipients: 0.89, attachments: 0.85 } },
  'week-of-mail-batch-dd.jsonl': { precision: 0.94, recall: { subject: 0.88, recipients: 0.89, attachments: 0.88 } },
  'week-of-mail-batch-dh.jsonl': { precision: 0.97, recall: { subject: 0.73, recipients: 0.61, attachments: 0.83 } },
  'week-of-mail-batch-dk.jsonl': { precision: 0.97, recall: { subject: 0.82, recipients: 0.71, attachments: 0.78 } },
  // Session 32, DL to DU (first runs in docs/benchmarks.md, "Blind batches DL to DU"): floors from the round's final engine.
  'hard-negatives-batch-dm.jsonl': { precision: 0.97, recall: { subject: 0.95, recipients: 1, attachments: 1 } },
  'hard-negatives-batch-do.jsonl': { precision: 0.86, recall: { subject: 0.88, recipients: 0.96, attachments: 0.89 } },
  'hard-negatives-batch-dr.jsonl': { precision: 0.88, recall: { subject: 0.96, recipients: 0.75, attachments: 0.85 } },
  'languages-batch-dq.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.93, attachments: 0.93 } },
  'recall-batch-dn.jsonl': { precision: 0.97, recall: { subject: 0.81, recipients: 1, attachments: 0.89 } },
  'recall-batch-ds.jsonl': { precision: 0.97, recall: { subject: 0.9, recipients: 1, attachments: 0.91 } },
  'recall-batch-du.jsonl': { precision: 0.94, recall: { subject: 0.6, recipients: 1, attachments: 0.71 } },
  'week-of-mail-batch-dl.jsonl': { precision: 0.95, recall: { subject: 0.9, recipients: 0.88, attachments: 0.88 } },
  'week-of-mail-batch-dp.jsonl': { precision: 1, recall: { subject: 0.88, recipients: 0.9, attachments: 1 } },
  'week-of-mail-batch-dt.jsonl': { precision: 0.97, recall: { subject: 0.85, recipients: 0.84, attachments: 0.9 } },
  // Session 33, DV to EF (first runs in docs/benchmarks.md, "Blind batches DV to EF"): floors from the round's final engine.
  'hard-negatives-batch-dv.jsonl': { precision: 0.92, recall: { subject: 0.89, recipients: 0.75, attachments: 0.85 } },
  'hard-negatives-batch-dw.jsonl': { precision: 0.9, recall: { subject: 0.88, recipients: 0.81, attachments: 0.85 } },
  'hard-negatives-batch-eb.jsonl': { precision: 0.97, recall: { subject: 0.83, recipients: 0.77, attachments: 0.78 } },
  'languages-batch-dz.jsonl': { precision: 0.97, recall: { subject: 0.91, recipients: 0.86, attachments: 0.91 } },
  'languages-batch-ee.jsonl': { precision: 0.97, recall: { subject: 0.88, recipients: 0.86, attachments: 0.87 } },
  'recall-batch-dy.jsonl': { precision: 0.97, recall: { subject: 0.85, recipients: 0.96, attachments: 0.87 } },
  'recall-batch-ec.jsonl': { precision: 0.97, recall: { subject: 0.8, recipients: 0.88, attachments: 0.79 } },
  'recall-batch-ed.jsonl': { precision: 0.97, recall: { subject: 0.84, recipients: 0.9, attachments: 0.85 } },
  'week-of-mail-batch-dx.jsonl': { precision: 0.94, recall: { subject: 0.9, recipients: 0.86, attachments: 0.65 } },
  'week-of-mail-batch-ea.jsonl': { precision: 0.97, recall: { subject: 0.79, recipients: 0.85, attachments: 0.66 } },
  'week-of-mail-batch-ef.jsonl': { precision: 0.96, recall: { subject: 0.91, recipients: 0.7, attachments: 0.76 } },
  // Session 34, EG to EP (first runs in docs/benchmarks.md, "Blind batches EG to EP"): floors from the round's final engine.
  'hard-negatives-batch-eg.jsonl': { precision: 0.97, recall: { subject: 0.86, recipients: 0.85, attachments: 0.9 } },
  'hard-negatives-batch-eh.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.92, attachments: 0.91 } },
  'hard-negatives-batch-em.jsonl': { precision: 0.93, recall: { subject: 0.95, recipients: 0.8, attachments: 0.92 } },
  'languages-batch-el.jsonl': { precision: 0.97, recall: { subject: 0.89, recipients: 0.76, attachments: 0.85 } },
  'languages-batch-ep.jsonl': { precision: 0.93, recall: { subject: 0.86, recipients: 0.95, attachments: 0.9 } },
  'recall-batch-ej.jsonl': { precision: 0.97, recall: { subject: 0.84, recipients: 0.72, attachments: 0.96 } },
  'recall-batch-ek.jsonl': { precision: 1, recall: { subject: 0.78, recipients: 0.95, attachments: 1 } },
  'recall-batch-eo.jsonl': { precision: 0.97, recall: { subject: 0.92, recipients: 0.9, attachments: 0.87 } },
  'week-of-mail-batch-ei.jsonl': { precision: 0.97, recall: { subject: 0.89, recipients: 0.56, attachments: 0.87 } },
  'week-of-mail-batch-en.jsonl': { precision: 0.97, recall: { subject: 0.84, recipients: 0.86, attachments: 0.87 } },
  // Session 35, EQ to FB (first runs in docs/benchmarks.md, "Blind batches EQ to FB"): floors from the round's final engine.
  'hard-negatives-batch-eq.jsonl': { precision: 0.91, recall: { subject: 0.93, recipients: 0.8, attachments: 0.9 } },
  'hard-negatives-batch-er.jsonl': { precision: 0.78, recall: { subject: 0.88, recipients: 0.85, attachments: 0.9 } },
  'hard-negatives-batch-ew.jsonl': { precision: 0.97, recall: { subject: 0.89, recipients: 0.66, attachments: 0.94 } },
  'hard-negatives-batch-fa.jsonl': { precision: 0.91, recall: { subject: 0.91, recipients: 0.92, attachments: 0.94 } },
  'languages-batch-ev.jsonl': { precision: 0.97, recall: { subject: 0.81, recipients: 0.76, attachments: 0.9 } },
  'recall-batch-et.jsonl': { precision: 0.97, recall: { subject: 0.92, recipients: 0.71, attachments: 0.9 } },
  'recall-batch-eu.jsonl': { precision: 0.97, recall: { subject: 0.85, recipients: 0.78, attachments: 0.81 } },
  'recall-batch-ey.jsonl': { precision: 0.97, recall: { subject: 0.84, recipients: 0.93, attachments: 0.92 } },
  'recall-batch-ez.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.87, attachments: 0.85 } },
  'week-of-mail-batch-es.jsonl': { precision: 0.96, recall: { subject: 0.77, recipients: 0.7, attachments: 0.64 } },
  'week-of-mail-batch-ex.jsonl': { precision: 0.97, recall: { subject: 0.81, recipients: 0.8, attachments: 0.84 } },
  'week-of-mail-batch-fb.jsonl': { precision: 0.97, recall: { subject: 0.88, recipients: 0.92, attachments: 0.71 } },
  // Session 36, FC to FL (first runs in docs/benchmarks.md, "Blind batches FC to FL"): floors from the round's final engine.
  'hard-negatives-batch-fc.jsonl': { precision: 0.87, recall: { subject: 0.71, recipients: 0.85, attachments: 0.42 } },
  'hard-negatives-batch-fd.jsonl': { precision: 0.88, recall: { subject: 0.87, recipients: 0.75, attachments: 0.88 } },
  'hard-negatives-batch-fk.jsonl': { precision: 0.92, recall: { subject: 0.9, recipients: 0.75, attachments: 0.76 } },
  'languages-batch-fh.jsonl': { precision: 0.96, recall: { subject: 0.9, recipients: 0.82, attachments: 0.82 } },
  'recall-batch-fg.jsonl': { precision: 0.97, recall: { subject: 0.9, recipients: 0.91, attachments: 0.97 } },
  'recall-batch-fi.jsonl': { precision: 0.96, recall: { subject: 0.92, recipients: 0.91, attachments: 0.75 } },
  'recall-batch-fj.jsonl': { precision: 0.97, recall: { subject: 0.81, recipients: 0.71, attachments: 0.88 } },
  'week-of-mail-batch-fe.jsonl': { precision: 0.97, recall: { subject: 0.8, recipients: 0.72, attachments: 0.67 } },
  'week-of-mail-batch-ff.jsonl': { precision: 0.97, recall: { subject: 0.88, recipients: 0.75, attachments: 0.66 } },
  'week-of-mail-batch-fl.jsonl': { precision: 0.93, recall: { subject: 0.71, recipients: 0.64, attachments: 0.59 } },
  // Session 37, FM to FU (first runs in docs/benchmarks.md, "Blind batches FM to FU"): floors from the round's final engine.
  'hard-negatives-batch-fo.jsonl': { precision: 0.95, recall: { subject: 0.82, recipients: 0.85, attachments: 0.87 } },
  'hard-negatives-batch-fs.jsonl': { precision: 0.97, recall: { subject: 0.87, recipients: 0.88, attachments: 0.9 } },
  'languages-batch-fm.jsonl': { precision: 0.96, recall: { subject: 0.8, recipients: 0.85, attachments: 0.91 } },
  'recall-batch-fq.jsonl': { precision: 0.97, recall: { subject: 0.79, recipients: 0.82, attachments: 0.78 } },
  'week-of-mail-batch-fn.jsonl': { precision: 0.95, recall: { subject: 0.75, recipients: 0.71, attachments: 0.68 } },
  'week-of-mail-batch-fp.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.92, attachments: 0.88 } },
  'week-of-mail-batch-fr.jsonl': { precision: 0.95, recall: { subject: 0.74, recipients: 0.8, attachments: 0.78 } },
  'week-of-mail-batch-ft.jsonl': { precision: 0.93, recall: { subject: 0.9, recipients: 0.71, attachments: 0.93 } },
  'week-of-mail-batch-fu.jsonl': { precision: 0.9, recall: { subject: 0.69, recipients: 0.81, attachments: 0.81 } },
  // Session 38, FV to GD (first runs in docs/benchmarks.md, "Blind batches FV to GD"): floors from the round's final engine.
  'hard-negatives-batch-fz.jsonl': { precision: 0.9, recall: { subject: 0.88, recipients: 0.76, attachments: 0.86 } },
  'languages-batch-gb.jsonl': { precision: 0.93, recall: { subject: 0.92, recipients: 0.85, attachments: 0.93 } },
  'recall-batch-ga.jsonl': { precision: 0.96, recall: { subject: 0.89, recipients: 0.9, attachments: 0.87 } },
  'recall-batch-gc.jsonl': { precision: 0.96, recall: { subject: 1, recipients: 0.87, attachments: 0.85 } },
  'week-of-mail-batch-fv.jsonl': { precision: 0.95, recall: { subject: 0.94, recipients: 0.69, attachments: 0.9 } },
  'week-of-mail-batch-fw.jsonl': { precision: 0.93, recall: { subject: 0.83, recipients: 0.77, attachments: 0.88 } },
  'week-of-mail-batch-fx.jsonl': { precision: 0.96, recall: { subject: 0.9, recipients: 0.71, attachments: 0.88 } },
  'week-of-mail-batch-fy.jsonl': { precision: 0.96, recall: { subject: 0.96, recipients: 0.74, attachments: 0.95 } },
  'week-of-mail-batch-gd.jsonl': { precision: 0.96, recall: { subject: 0.84, recipients: 0.75, attachments: 0.94 } },
  // Session 39, GE to GO (first runs in docs/benchmarks.md, "Blind batches GE to GO"): floors from the round's final engine.
  'recall-batch-gk.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.85, attachments: 0.95 } },
  'recall-batch-gn.jsonl': { precision: 0.96, recall: { subject: 0.81, recipients: 0.87, attachments: 0.93 } },
  'week-of-mail-batch-ge.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.89, attachments: 0.9 } },
  'week-of-mail-batch-gf.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.96, attachments: 0.91 } },
  'week-of-mail-batch-gg.jsonl': { precision: 0.97, recall: { subject: 0.95, recipients: 0.92, attachments: 0.95 } },
  'week-of-mail-batch-gh.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.79, attachments: 0.88 } },
  'week-of-mail-batch-gi.jsonl': { precision: 0.97, recall: { subject: 0.87, recipients: 0.75, attachments: 0.97 } },
  'week-of-mail-batch-gj.jsonl': { precision: 0.94, recall: { subject: 0.94, recipients: 0.89, attachments: 0.95 } },
  'week-of-mail-batch-gl.jsonl': { precision: 0.97, recall: { subject: 0.96, recipients: 0.86, attachments: 0.95 } },
  'week-of-mail-batch-gm.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.63, attachments: 0.8 } },
  'week-of-mail-batch-go.jsonl': { precision: 0.97, recall: { subject: 0.79, recipients: 0.87, attachments: 0.82 } },
  // Session 40, GP to GW (first runs in docs/benchmarks.md, "Blind batches GP to GW"): floors from the round's final engine.
  'hard-negatives-batch-gu.jsonl': { precision: 0.92, recall: { subject: 0.9, recipients: 0.76, attachments: 0.9 } },
  'languages-batch-gs.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.8, attachments: 0.9 } },
  'recall-batch-gt.jsonl': { precision: 0.97, recall: { subject: 0.89, recipients: 0.87, attachments: 0.95 } },
  'week-of-mail-batch-gp.jsonl': { precision: 0.92, recall: { subject: 0.91, recipients: 0.88, attachments: 0.88 } },
  'week-of-mail-batch-gq.jsonl': { precision: 0.96, recall: { subject: 0.92, recipients: 0.89, attachments: 0.9 } },
  'week-of-mail-batch-gr.jsonl': { precision: 0.96, recall: { subject: 0.96, recipients: 0.85, attachments: 0.93 } },
  'week-of-mail-batch-gv.jsonl': { precision: 0.94, recall: { subject: 0.89, recipients: 0.86, attachments: 0.8 } },
  'week-of-mail-batch-gw.jsonl': { precision: 0.97, recall: { subject: 0.67, recipients: 0.8, attachments: 0.7 } },
  // Session 41, GX to HB (first runs in docs/benchmarks.md, "Blind batches GX to HB"): floors from the round's final engine.
  'hard-negatives-batch-gy.jsonl': { precision: 0.89, recall: { subject: 0.93, recipients: 0.85, attachments: 0.95 } },
  'hard-negatives-batch-ha.jsonl': { precision: 0.92, recall: { subject: 0.79, recipients: 0.92, attachments: 0.85 } },
  'languages-batch-gz.jsonl': { precision: 0.92, recall: { subject: 0.87, recipients: 0.89, attachments: 0.93 } },
  'week-of-mail-batch-gx.jsonl': { precision: 0.95, recall: { subject: 0.93, recipients: 0.82, attachments: 0.95 } },
  'week-of-mail-batch-hb.jsonl': { precision: 0.94, recall: { subject: 0.86, recipients: 1, attachments: 0.9 } },
  // Session 42, HC to HH (first runs in docs/benchmarks.md, "Blind batches HC to HH"): floors from the round's final engine.
  'hard-negatives-batch-hd.jsonl': { precision: 0.94, recall: { subject: 0.97, recipients: 0.86, attachments: 0.87 } },
  'languages-batch-hf.jsonl': { precision: 0.97, recall: { subject: 0.84, recipients: 0.75, attachments: 0.81 } },
  'origins-batch-he.jsonl': { precision: 0.97, recall: { subject: 0.89, recipients: 0.95, attachments: 0.83 } },
  'recall-batch-hh.jsonl': { precision: 0.98, recall: { subject: 0.95, recipients: 0.88, attachments: 1 } },
  'week-of-mail-batch-hc.jsonl': { precision: 0.93, recall: { subject: 0.87, recipients: 0.63, attachments: 0.81 } },
  'week-of-mail-batch-hg.jsonl': { precision: 0.94, recall: { subject: 0.95, recipients: 0.69, attachments: 0.9 } },
  // Session 43, HI to HP (first runs in docs/benchmarks.md, "Blind batches HI to HP"): floors from the round's final engine.
  'hard-negatives-batch-hk.jsonl': { precision: 0.97, recall: { subject: 0.88, recipients: 0.84, attachments: 0.72 } },
  'languages-batch-hl.jsonl': { precision: 0.97, recall: { subject: 0.9, recipients: 0.96, attachments: 0.94 } },
  'origins-batch-ho.jsonl': { precision: 0.94, recall: { subject: 0.93, recipients: 0.91, attachments: 0.86 } },
  'recall-batch-hj.jsonl': { precision: 1, recall: { subject: 0.97, recipients: 1, attachments: 0.96 } },
  'recall-batch-hm.jsonl': { precision: 0.97, recall: { subject: 0.96, recipients: 0.94, attachments: 0.94 } },
  'staff-health-batch-hp.jsonl': { precision: 0.96, recall: { subject: 0.74, recipients: 0.68, attachments: 0.84 } },
  'week-of-mail-batch-hi.jsonl': { precision: 0.95, recall: { subject: 0.92, recipients: 0.71, attachments: 0.96 } },
  'week-of-mail-batch-hn.jsonl': { precision: 0.92, recall: { subject: 0.88, recipients: 0.81, attachments: 0.94 } },
  // Session 44, HQ to HY (first runs in docs/benchmarks.md, "Blind batches HQ to HY"): floors from the round's final engine;
  // HQ, HX and HY are holdouts that changed nothing.
  'hard-negatives-batch-hu.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.96, attachments: 0.9 } },
  'hard-negatives-batch-hy.jsonl': { precision: 0.95, recall: { subject: 0.88, recipients: 0.88, attachments: 0.92 } },
  'languages-batch-hv.jsonl': { precision: 0.97, recall: { subject: 0.9, recipients: 0.85, attachments: 0.93 } },
  'origins-batch-hr.jsonl': { precision: 0.97, recall: { subject: 0.89, recipients: 0.92, attachments: 0.88 } },
  'recall-batch-hs.jsonl': { precision: 0.93, recall: { subject: 0.9, recipients: 0.92, attachments: 0.88 } },
  'recall-batch-ht.jsonl': { precision: 0.92, recall: { subject: 0.78, recipients: 0.93, attachments: 0.9 } },
  'recall-batch-hw.jsonl': { precision: 0.97, recall: { subject: 0.94, recipients: 0.96, attachments: 0.88 } },
  'week-of-mail-batch-hq.jsonl': { precision: 0.97, recall: { subject: 0.96, recipients: 0.88, attachments: 0.95 } },
  'week-of-mail-batch-hx.jsonl': { precision: 0.87, recall: { subject: 0.9, recipients: 0.66, attachments: 0.97 } },
  // Session 45, HZ to IK (first runs in docs/benchmarks.md, "Blind batches HZ to IK"): floors from the round's final engine;
  // IG and IH are holdouts that changed nothing.
  'hard-negatives-batch-id.jsonl': { precision: 0.95, recall: { subject: 0.9, recipients: 0.84, attachments: 0.8 } },
  'hard-negatives-batch-ih.jsonl': { precision: 0.87, recall: { subject: 0.97, recipients: 0.88, attachments: 0.87 } },
  'hard-negatives-batch-ij.jsonl': { precision: 0.86, recall: { subject: 0.85, recipients: 0.96, attachments: 0.95 } },
  'languages-batch-ic.jsonl': { precision: 0.97, recall: { subject: 0.84, recipients: 0.89, attachments: 0.9 } },
  'origins-batch-ib.jsonl': { precision: 0.97, recall: { subject: 0.75, recipients: 0.96, attachments: 0.83 } },
  'recall-batch-ia.jsonl': { precision: 0.97, recall: { subject: 0.69, recipients: 0.9, attachments: 0.87 } },
  'recall-batch-ie.jsonl': { precision: 0.97, recall: { subject: 0.85, recipients: 0.96, attachments: 0.92 } },
  'recall-batch-ik.jsonl': { precision: 0.96, recall: { subject: 0.87, recipients: 0.96, attachments: 0.91 } },
  'week-of-mail-batch-hz.jsonl': { precision: 0.97, recall: { subject: 0.93, recipients: 0.84, attachments: 0.95 } },
  'week-of-mail-batch-if.jsonl': { precision: 0.96, recall: { subject: 0.87, recipients: 0.79, attachments: 0.79 } },
  'week-of-mail-batch-ig.jsonl': { precision: 0.94, recall: { subject: 0.89, recipients: 0.88, attachments: 0.88 } },
  // Session 46, IL to IV (first runs in docs/benchmarks.md, "Blind batches IL to IV"): floors from the round's final engine;
  // IO and IP are holdouts written after the changes began, IT and IU holdouts written on the end engine, all never read.
  'hard-negatives-batch-il.jsonl': { precision: 0.98, recall: { subject: 0.98, recipients: 0.8, attachments: 1 } },
  'hard-negatives-batch-io.jsonl': { precision: 0.84, recall: { subject: 0.9, recipients: 1, attachments: 0.76 } },
  'hard-negatives-batch-iq.jsonl': { precision: 0.85, recall: { subject: 0.92, recipients: 0.91, attachments: 0.85 } },
  'hard-negatives-batch-ir.jsonl': { precision: 1, recall: { subject: 0.95, recipients: 0.77, attachments: 0.9 } },
  'hard-negatives-batch-it.jsonl': { precision: 0.92, recall: { subject: 0.98, recipients: 0.88, attachments: 1 } },
  'origins-batch-is.jsonl': { precision: 0.99, recall: { subject: 0.82, recipients: 0.83, attachments: 0.86 } },
  'recall-batch-in.jsonl': { precision: 1, recall: { subject: 0.95, recipients: 0.94, attachments: 0.9 } },
  'recall-batch-iv.jsonl': { precision: 0.95, recall: { subject: 0.78, recipients: 0.81, attachments: 0.83 } },
  'week-of-mail-batch-im.jsonl': { precision: 1, recall: { subject: 0.9, recipients: 0.93, attachments: 0.89 } },
  'week-of-mail-batch-ip.jsonl': { precision: 0.96, recall: { subject: 0.88, recipients: 0.94, attachments: 0.88 } },
  'week-of-mail-batch-iu.jsonl': { precision: 1, recall: { subject: 0.83, recipients: 0.84, attachments: 0.95 } },
  // Session 47, IW to JC (first runs in docs/benchmarks.md, "Blind batches IW to JC"): floors from the round's final engine;
  // IY, IZ and JC are holdouts, never read.
  'hard-negatives-batch-iw.jsonl': { precision: 0.96, recall: { subject: 0.93, recipients: 0.79, attachments: 0.86 } },
  // Session 48: 0.85 -> 0.93 (a principal investigator's lab, an acronym's plural: three false alarms fewer).
  'hard-negatives-batch-iy.jsonl': { precision: 0.93, recall: { subject: 0.89, recipients: 0.66, attachments: 1 } },
  'languages-batch-ja.jsonl': { precision: 0.94, recall: { subject: 0.85, recipients: 0.85, attachments: 0.86 } },
  'recall-batch-jb.jsonl': { precision: 0.99, recall: { subject: 0.85, recipients: 0.95, attachments: 0.92 } },
  'week-of-mail-batch-ix.jsonl': { precision: 1, recall: { subject: 0.65, recipients: 0.68, attachments: 0.85 } },
  // Session 48 (IZ and JC used for rules now): recall raised where the round's vocabulary found more.
  'week-of-mail-batch-iz.jsonl': { precision: 0.99, recall: { subject: 0.83, recipients: 0.76, attachments: 0.71 } },
  'week-of-mail-batch-jc.jsonl': { precision: 0.97, recall: { subject: 0.82, recipients: 0.8, attachments: 0.72 } },
  // Session 48, JD to JH (first runs in docs/benchmarks.md, "Blind batches JD to JH"): floors from the round's final
  // engine; JD and JE are holdouts, never read.
  // Session 49: 0.84 -> 0.91 (a camel-case compound's last part is no given name).
  'hard-negatives-batch-je.jsonl': { precision: 0.91, recall: { subject: 0.8, recipients: 0.91, attachments: 1 } },
  'origins-batch-jg.jsonl': { precision: 0.97, recall: { subject: 0.86, recipients: 0.9, attachments: 0.84 } },
  'recall-batch-jf.jsonl': { precision: 0.96, recall: { subject: 0.41, recipients: 1, attachments: 0.63 } },
  // Session 49 (JD and JE used for rules now): 0.81 -> 0.84 (three-letter surnames, transfers written "xferred").
  'week-of-mail-batch-jd.jsonl': { precision: 1, recall: { subject: 0.84, recipients: 0.95, attachments: 0.9 } },
  'week-of-mail-batch-jh.jsonl': { precision: 0.96, recall: { subject: 0.92, recipients: 0.89, attachments: 0.96 } },
  // Session 49, JI to JM (first runs in docs/benchmarks.md, "Blind batches JI to JM"): floors from the round's final
  // engine; JK and JL are holdouts, never read.
  'hard-negatives-batch-jj.jsonl': { precision: 0.97, recall: { subject: 1, recipients: 0.9, attachments: 0.92 } },
  'hard-negatives-batch-jm.jsonl': { precision: 0.91, recall: { subject: 0.91, recipients: 1, attachments: 1 } },
  'week-of-mail-batch-ji.jsonl': { precision: 1, recall: { subject: 0.87, recipients: 0.97, attachments: 0.86 } },
  // Session 50 (JK and JL used for rules now): obstetric words and a birth's measures, care in legal papers, injury claims.
  'week-of-mail-batch-jk.jsonl': { precision: 1, recall: { subject: 0.85, recipients: 0.74, attachments: 0.91 } },
  'week-of-mail-batch-jl.jsonl': { precision: 0.95, recall: { subject: 0.82, recipients: 0.68, attachments: 0.81 } },
  // Session 50, JN to JR (first runs in docs/benchmarks.md, "Blind batches JN to JR"): floors from the round's final
  // engine; JO and JR are holdouts, never read.
  'hard-negatives-batch-jn.jsonl': { precision: 1, recall: { subject: 0.97, recipients: 0.93, attachments: 0.92 } },
  'languages-batch-jp.jsonl': { precision: 0.94, recall: { subject: 0.87, recipients: 0.9, attachments: 0.88 } },
  'recall-batch-jq.jsonl': { precision: 0.93, recall: { subject: 0.96, recipients: 1, attachments: 0.95 } },
  // Session 51 (JO, JR, JU, JV used for rules now): raised to the round's end (rehab and school-health vocabulary, lists of
  // children with a condition, a teacher's class, a place after "the").
  'week-of-mail-batch-jo.jsonl': { precision: 0.95, recall: { subject: 0.77, recipients: 0.88, attachments: 0.81 } },
  'week-of-mail-batch-jr.jsonl': { precision: 0.95, recall: { subject: 0.92, recipients: 0.89, attachments: 1 } },
  // Session 50, second wave JS to JV (first runs on the round's first end, ca333d6, in docs/benchmarks.md): JS and JT
  // used for a few rules; JU and JV are holdouts, never read.
  'hard-negatives-batch-js.jsonl': { precision: 0.9, recall: { subject: 0.84, recipients: 0.77, attachments: 0.9 } },
  'origins-batch-jt.jsonl': { precision: 0.98, recall: { subject: 0.83, recipients: 0.95, attachments: 0.88 } },
  'week-of-mail-batch-ju.jsonl': { precision: 1, recall: { subject: 0.79, recipients: 0.9, attachments: 0.78 } },
  'languages-batch-jv.jsonl': { precision: 0.99, recall: { subject: 0.87, recipients: 0.9, attachments: 0.87 } },
  // Session 51, JW to JZ (first runs in docs/benchmarks.md, "Blind batches JW to JZ"): floors from the round's end; JW and
  // JX used for a few rules; JY and JZ are holdouts, never read.
  'hard-negatives-batch-jw.jsonl': { precision: 0.87, recall: { subject: 0.89, recipients: 1, attachments: 0.92 } },
  'hard-negatives-batch-jx.jsonl': { precision: 0.98, recall: { subject: 0.88, recipients: 0.86, attachments: 0.88 } },
  'week-of-mail-batch-jy.jsonl': { precision: 1, recall: { subject: 0.9, recipients: 1, attachments: 0.63 } },
  'languages-batch-jz.jsonl': { precision: 0.98, recall: { subject: 0.8, recipients: 0.87, attachments: 0.97 } },
  // Session 51, second wave KA to KC (first runs on the round's first end, 6213d09, in docs/benchmarks.md): KB used for
  // rules; KA and KC are holdouts, never read.
  'recall-batch-ka.jsonl': { precision: 0.99, recall: { subject: 1, recipients: 0.8, attachments: 0.93 } },
  'whose-health-batch-kb.jsonl': { precision: 0.95, recall: { subject: 0.84, recipients: 0.86, attachments: 1 } },
  'week-of-mail-batch-kc.jsonl': { precision: 0.97, recall: { subject: 0.81, recipients: 0.78, attachments: 0.9 } },
  // Session 51, third wave KD and KE (first runs on the round's end, 9fac8fd): holdouts, never read; floors from that run.
  'hard-negatives-batch-kd.jsonl': { precision: 0.93, recall: { subject: 0.83, recipients: 0.84, attachments: 0.81 } },
  'week-of-mail-batch-ke.jsonl': { precision: 0.96, recall: { subject: 0.86, recipients: 1, attachments: 0.73 } },
  // Session 52 (JY, JZ, KC, KD, KE used for rules now): JY, JZ, KC, KD and KE raised to the round's end.
  // Session 52, KF to KH (first runs on the start, 31c5ce8, in docs/benchmarks.md, "Blind batches KF to KK"): used for
  // rules; floors from the round's end.
  'hard-negatives-batch-kf.jsonl': { precision: 1, recall: { subject: 0.97, recipients: 1, attachments: 0.94 } },
  'origins-batch-kg.jsonl': { precision: 1, recall: { subject: 0.89, recipients: 0.94, attachments: 0.87 } },
  'languages-batch-kh.jsonl': { precision: 0.93, recall: { subject: 0.83, recipients: 0.72, attachments: 0.87 } },
  // Session 52, second wave KI to KK (first runs on the start too): holdouts, never read; floors from the round's end.
  // Session 53 (KI, KJ, KK used for rules now): raised to the round's end.
  'hard-negatives-batch-ki.jsonl': { precision: 0.94, recall: { subject: 0.94, recipients: 1, attachments: 0.93 } },
  'recall-batch-kj.jsonl': { precision: 0.97, recall: { subject: 0.92, recipients: 0.84, attachments: 0.91 } },
  'week-of-mail-batch-kk.jsonl': { precision: 0.99, recall: { subject: 0.87, recipients: 0.95, attachments: 0.97 } },
  // Session 53, KL to KQ (first runs on the start, 806b064, in docs/benchmarks.md, "Blind batches KL to KY"): KL, KN, KP
  // and KQ used for rules; KM and KO are holdouts, never read. Floors from the round's end.
  'hard-negatives-batch-kl.jsonl': { precision: 0.94, recall: { subject: 0.89, recipients: 0.94, attachments: 0.88 } },
  'hard-negatives-batch-km.jsonl': { precision: 1, recall: { subject: 0.91, recipients: 1, attachments: 0.89 } },
  'week-of-mail-batch-kn.jsonl': { precision: 1, recall: { subject: 0.86, recipients: 0.86, attachments: 0.88 } },
  'week-of-mail-batch-ko.jsonl': { precision: 0.99, recall: { subject: 0.72, recipients: 0.8, attachments: 0.84 } },
  'recall-batch-kp.jsonl': { precision: 0.95, recall: { subject: 0.95, recipients: 0.87, attachments: 0.95 } },
  'languages-batch-kq.jsonl': { precision: 1, recall: { subject: 0.84, recipients: 0.9, attachments: 0.9 } },
  // Session 53, second wave KR to KU (first runs on ee2a1f6): KU used for rules; KR, KS and KT are holdouts, never read.
  'hard-negatives-batch-kr.jsonl': { precision: 0.94, recall: { subject: 0.86, recipients: 0.92, attachments: 0.86 } },
  'week-of-mail-batch-ks.jsonl': { precision: 0.99, recall: { subject: 0.88, recipients: 0.76, attachments: 0.84 } },
  'recall-batch-kt.jsonl': { precision: 0.95, recall: { subject: 0.9, recipients: 0.9, attachments: 0.92 } },
  'origins-batch-ku.jsonl': { precision: 1, recall: { subject: 0.93, recipients: 1, attachments: 0.92 } },
  // Session 53, third wave KV and KW (first runs on 6976251): holdouts, never read.
  'hard-negatives-batch-kv.jsonl': { precision: 0.8, recall: { subject: 0.83, recipients: 1, attachments: 0.87 } },
  'week-of-mail-batch-kw.jsonl': { precision: 0.94, recall: { subject: 0.86, recipients: 0.82, attachments: 0.71 } },
  // Session 53, fourth wave KX and KY (first runs on b0ff5db): holdouts, never read.
  'hard-negatives-batch-kx.jsonl': { precision: 0.94, recall: { subject: 0.97, recipients: 0.8, attachments: 0.9 } },
  'week-of-mail-batch-ky.jsonl': { precision: 0.99, recall: { subject: 0.94, recipients: 1, attachments: 0.95 } },
  // Session 54 (first runs in docs/benchmarks.md, "Blind batches KZ to LM"): KZ, LB, LD, LE, LL and LM used for rules;
  // LA, LC, LF, LG, LH, LI, LJ and LK are holdouts, never read. Floors from the round's end.
  'hard-negatives-batch-kz.jsonl': { precision: 0.88, recall: { subject: 0.88, recipients: 0.88, attachments: 0.86 } },
  'recall-batch-lb.jsonl': { precision: 0.96, recall: { subject: 0.73, recipients: 0.8, attachments: 0.92 } },
  'hard-negatives-batch-ld.jsonl': { precision: 0.84, recall: { subject: 0.97, recipients: 1, attachments: 0.78 } },
  'recall-batch-le.jsonl': { precision: 1, recall: { subject: 0.87, recipients: 0.89, attachments: 0.86 } },
  'hard-negatives-batch-ll.jsonl': { precision: 0.97, recall: { subject: 0.95, recipients: 0.81, attachments: 0.8 } },
  'hard-negatives-batch-lm.jsonl': { precision: 0.88, recall: { subject: 0.91, recipients: 1, attachments: 0.88 } },
  'hard-negatives-batch-la.jsonl': { precision: 0.96, recall: { subject: 0.78, recipients: 1, attachments: 1 } },
  'week-of-mail-batch-lc.jsonl': { precision: 0.99, recall: { subject: 0.83, recipients: 0.87, attachments: 0.79 } },
  'hard-negatives-batch-lf.jsonl': { precision: 0.96, recall: { subject: 0.75, recipients: 0.85, attachments: 0.69 } },
  'recall-batch-lg.jsonl': { precision: 0.96, recall: { subject: 0.9, recipients: 1, attachments: 0.94 } },
  'hard-negatives-batch-lh.jsonl': { precision: 0.85, recall: { subject: 0.8, recipients: 0.85, attachments: 1 } },
  'hard-negatives-batch-li.jsonl': { precision: 0.88, recall: { subject: 0.95, recipients: 1, attachments: 1 } },
  'origins-batch-lj.jsonl': { precision: 1, recall: { subject: 0.87, recipients: 1, attachments: 0.87 } },
  'hard-negatives-batch-lk.jsonl': { precision: 0.86, recall: { subject: 0.84, recipients: 0.8, attachments: 0.83 } },
  // Session 55 (first runs in docs/benchmarks.md, "Blind batches LN to LZ"): LN and LR used for rules; LO, LP, LQ, LS,
  // LT, LU, LV, LW, LX, LY and LZ are holdouts, never read. Floors from the round's end.
  'hard-negatives-batch-ln.jsonl': { precision: 0.9, recall: { subject: 0.88, recipients: 1, attachments: 0.9 } },
  'recall-batch-lr.jsonl': { precision: 0.98, recall: { subject: 0.82, recipients: 0.88, attachments: 0.88 } },
  'hard-negatives-batch-lo.jsonl': { precision: 0.9, recall: { subject: 0.95, recipients: 1, attachments: 1 } },
  'recall-batch-lp.jsonl': { precision: 0.87, recall: { subject: 0.84, recipients: 0.77, attachments: 0.8 } },
  'recall-batch-lq.jsonl': { precision: 0.98, recall: { subject: 0.91, recipients: 0.84, attachments: 0.86 } },
  'hard-negatives-batch-ls.jsonl': { precision: 0.8, recall: { subject: 0.85, recipients: 0.83, attachments: 0.87 } },
  'languages-batch-lt.jsonl': { precision: 1, recall: { subject: 0.94, recipients: 0.95, attachments: 1 } },
  'hard-negatives-batch-lu.jsonl': { precision: 0.85, recall: { subject: 0.9, recipients: 1, attachments: 1 } },
  'recall-batch-lv.jsonl': { precision: 0.9, recall: { subject: 0.79, recipients: 0.76, attachments: 0.74 } },
  'hard-negatives-batch-lw.jsonl': { precision: 1, recall: { subject: 0.86, recipients: 1, attachments: 0.87 } },
  'hard-negatives-batch-lx.jsonl': { precision: 0.85, recall: { subject: 1, recipients: 1, attachments: 0.85 } },
  'recall-batch-ly.jsonl': { precision: 0.95, recall: { subject: 0.9, recipients: 1, attachments: 0.85 } },
  'origins-batch-lz.jsonl': { precision: 1, recall: { subject: 0.94, recipients: 0.93, attachments: 0.83 } },
  // Session 56 (first runs in docs/benchmarks.md, "Blind batches MA to MH"): MA, MB and MF used for rules; MC, MD, ME,
  // MG and MH are holdouts, never read. Floors from the round's end; the Session 55 floors above raised where it gained.
  'hard-negatives-batch-ma.jsonl': { precision: 0.88, recall: { subject: 0.95, recipients: 1, attachments: 0.88 } },
  'recall-batch-mb.jsonl': { precision: 0.9, recall: { subject: 1, recipients: 0.85, attachments: 0.9 } },
  'origins-batch-mc.jsonl': { precision: 0.91, recall: { subject: 0.91, recipients: 1, attachments: 1 } },
  'recall-batch-md.jsonl': { precision: 0.97, recall: { subject: 0.9, recipients: 1, attachments: 0.93 } },
  'languages-batch-me.jsonl': { precision: 0.95, recall: { subject: 0.87, recipients: 1, attachments: 0.86 } },
  'scripts-batch-mf.jsonl': { precision: 0.98, recall: { subject: 0.88, recipients: 0.77, attachments: 0.94 } },
  'recall-batch-mg.jsonl': { precision: 0.98, recall: { subject: 0.89, recipients: 0.88, attachments: 0.9 } },
  'recall-batch-mh.jsonl': { precision: 0.95, recall: { subject: 0.83, recipients: 0.87, attachments: 0.88 } },
};
// Every labelled fixture (the hand-written sets first), then the shared corpora.
const fixtureFiles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.jsonl'))
  .sort((x, y) => Number(!x.startsWith('labelled')) - Number(!y.startsWith('labelled')) || x.localeCompare(y));
const SHARED_CORPORA = ['dev.jsonl', 'dev-extra.jsonl', 'dev-3.jsonl'];
const corpora = [...fixtureFiles.map((f) => join(FIXTURES, f)), ...SHARED_CORPORA.map((f) => join(SHARED, f)).filter((p) => existsSync(p))];

test('every fixture has its floors stated', () => {
  expect(fixtureFiles.filter((f) => !(f in FLOORS))).toEqual([]);
});

if (process.env.CI) {
  test('CI has the shared corpora beside the repository', () => {
    expect(corpora.filter((p) => p.startsWith(SHARED)).map((p) => basename(p))).toEqual(SHARED_CORPORA);
  });
}

test('the fictitious labelled set ships with the repository', () => {
  expect(corpora[0]).toMatch(/labelled-messages\.jsonl$/);
  expect(existsSync(corpora[0])).toBe(true);
});

describe.each(corpora)('%s', (path) => {
  const records = parseJsonLines(readFileSync(path, 'utf8'), path);
  const result = evaluate(records, defaultPolicy());

  test('every line is a readable labelled message', () => {
    expect(records.every((r) => r.ok)).toBe(true);
    expect(result.messages).toBe(records.length);
  });

  const floors = FLOORS[basename(path)] ?? DEFAULT_FLOORS;
  test.each(['subject', 'recipients', 'attachments'] as const)(`%s: precision >= ${floors.precision}`, (group) => {
    expect(result.groups[group].precision).toBeGreaterThanOrEqual(floors.precision);
  });

  test.each(['subject', 'recipients', 'attachments'] as const)('%s: recall at or above its floor', (group) => {
    expect(result.groups[group].recall).toBeGreaterThanOrEqual(floors.recall[group]);
  });
});
