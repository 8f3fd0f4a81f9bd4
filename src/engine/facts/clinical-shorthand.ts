import type { Token } from '../text/tokenize';
import type { HealthCategory } from '../lexicon/health-terms';
import { BIRTH_WORDS, BODY_SITES, COUNTED_GROUP_WORDS, NEWBORN_WORDS, DOSE_WORK_ITEMS, PRESSURE_WOUND_WORDS, TEACHING_CASE_WORDS } from '../lexicon/context-words';

/**
 * Clinician shorthand that no word list can hold, because it is written with
 * numbers glued to letters: a gestational age ("32wk", "28w4d"), a
 * post-operative day ("POD3"), a chemotherapy cycle and day ("C1D1", French
 * "C3J1"), an obstetric history ("G3P2"). Each is health information about the
 * person it is written beside. The tokenizer splits letters from digits, so
 * each pattern reads a short run of tokens joined with nothing between them.
 */
export interface ShorthandMatch {
  /** Token range [from, to). */
  from: number;
  to: number;
  category: HealthCategory;
  /** The pattern's name (an evidence id suffix, never the text). */
  phrase: string;
}

interface ShorthandPattern {
  name: string;
  category: HealthCategory;
  /** Returns the end of the match starting at token i, or undefined. */
  match(tokens: readonly Token[], i: number): number | undefined;
  /** Examples that must match (test/engine/clinical-shorthand.test.ts reads them). */
  examples: readonly string[];
  /** Look-alikes that must not. */
  counterExamples: readonly string[];
}

/** Words before "weight" that make it a person's: "his weight", "daily weight". */
const PERSON_WEIGHT = new Set(['his', 'her', 'their', 'my', 'your', 'pt', 'patient', 'daily', 'body', 'dry', 'birth']);
const TEACHING_CASES = new Set(TEACHING_CASE_WORDS);
const CLAUSE_GAP = /[,;:()\u2013\u2014]|\s-|-\s/;
const glued = (tokens: readonly Token[], i: number): boolean => tokens[i] !== undefined && tokens[i].gap === '';
const num = (t: Token | undefined, lo: number, hi: number): boolean => t !== undefined && t.kind === 'number' && t.text.length <= 2 && Number(t.text) >= lo && Number(t.text) <= hi;
const word = (t: Token | undefined, keys: readonly string[], upper = false): boolean =>
  t !== undefined && t.kind === 'word' && keys.indexOf(t.key) >= 0 && (!upper || t.text === t.text.toUpperCase());

export const SHORTHAND_PATTERNS: readonly ShorthandPattern[] = [
  {
    // "32wk", "28wks", "34w2d", "36+2wk" is rarer; a week count of a pregnancy runs 4 to 42.
    // Glued only: "f/u 2 wk" is a follow-up interval, and "12wk program" starts below 14.
    name: 'gestational-age',
    category: 'condition',
    match(tokens, i) {
      const n = tokens[i];
      if (!num(n, 4, 42) || !glued(tokens, i + 1)) return undefined;
      const unit = tokens[i + 1];
      if (word(unit, ['wk', 'wks']) && Number(n.text) >= 14) return i + 2;
      // "32w" alone, in lower case and from 20 weeks: "4W" and "12W" are wards, written in capitals; before a
      // lower-case word it is a power ("40w bulbs").
      const after = tokens[i + 2];
      if (unit.text === 'w' && Number(n.text) >= 20 && !glued(tokens, i + 2) && !(after !== undefined && after.kind === 'word' && after.case === 'lower' && /^\s+$/.test(after.gap))) return i + 2;
      // "34w2d": weeks and days.
      if (word(unit, ['w']) && num(tokens[i + 2], 0, 6) && glued(tokens, i + 2) && word(tokens[i + 3], ['d']) && glued(tokens, i + 3)) return i + 4;
      return undefined;
    },
    examples: ['Tran Thi Lan 32wk US', 'Renfrow, Tamsin 28wk GCT', 'EFW at 34w2d', 'Okonkwo growth scan 33w'],
    counterExamples: ['f/u 2 wk', '12wk weight program', 'Room 32 wk schedule', '8wk course', 'Transfer to 24W tonight', 'Huddle on 6w', 'Printer on 32w2 jammed', '40w bulbs for the nurses station'],
  },
  {
    // Written out: a birth by its week ("born at 26 wks", "born at 31 weeks": prematurity) or a pregnancy by its week
    // ("34 weeks pregnant", "29 wks gestation"). Not an interval ("f/u in 2 weeks", "12 weeks of training").
    name: 'gestational-age-words',
    category: 'condition',
    match(tokens, i) {
      const weeks = (k: number): boolean => word(tokens[k], ['wk', 'wks', 'week', 'weeks']) && /^\s$/.test(tokens[k].gap);
      if (word(tokens[i], ['born']) && word(tokens[i + 1], ['at']) && num(tokens[i + 2], 22, 42) && weeks(i + 3)) return i + 4;
      if (num(tokens[i], 4, 42) && weeks(i + 1) && word(tokens[i + 2], ['pregnant', 'gestation', 'gestational']) && /^\s$/.test(tokens[i + 2].gap)) return i + 3;
      return undefined;
    },
    examples: ['Kaia Moreno born at 26 wks', 'born at 31 weeks - NICU grad', 'Rosa is 34 weeks pregnant', '29 wks gestation, BPP today'],
    counterExamples: ['born at 9 am', 'f/u in 2 weeks', '12 weeks of training', 'program born at 10 years old', 'born at 26 West Street', '20 weeks of pregnancy classes'],
  },
  {
    // "POD3", "POD #2", "POD 1": the day after an operation. Capitals only: a "pod" is a team's desk cluster.
    name: 'post-op-day',
    category: 'procedure',
    match(tokens, i) {
      if (!word(tokens[i], ['pod'], true)) return undefined;
      const n = tokens[i + 1];
      return num(n, 0, 30) && /^(?: |\s?#\s?)?$/.test(n.gap) ? i + 2 : undefined;
    },
    examples: ['Okonkwo POD3 - JP drain out', 'POD #2 fever'],
    counterExamples: ['Pod 3 desk move', 'pod 4 huddle', 'POD delivery 3pm'],
  },
  {
    // "C1D1", "C4D8", French "C3J1": chemotherapy cycle and day.
    name: 'chemo-cycle',
    category: 'medication',
    match(tokens, i) {
      if (!word(tokens[i], ['c'], true) || !num(tokens[i + 1], 1, 40) || !glued(tokens, i + 1)) return undefined;
      const d = tokens[i + 2];
      return d !== undefined && glued(tokens, i + 2) && d.kind === 'word' && (d.text === 'D' || d.text === 'J') && num(tokens[i + 3], 1, 60) && glued(tokens, i + 3) ? i + 4 : undefined;
    },
    examples: ['Petrovic - C4D1 delayed, ANC 0.8', 'chimio C3J1 reportée'],
    counterExamples: ['C1 D1 seating chart', 'Form C12 draft', 'C2D apartment'],
  },
  {
    // "60Gy/30", "50.4 Gy", "1800 cGy": a radiation dose in grays, a course of radiotherapy (the unit names nothing else
    // in clinic mail). Right after its number, glued or one space apart.
    name: 'radiation-dose',
    category: 'procedure',
    match(tokens, i) {
      const n = tokens[i];
      if (n === undefined || n.kind !== 'number' || n.text.length > 4 || Number(n.text) === 0) return undefined;
      let k = i + 1;
      if (tokens[k]?.kind === 'number' && tokens[k].gap === '.' && tokens[k].text.length <= 2) k++;
      const unit = tokens[k];
      return unit !== undefined && /^ ?$/.test(unit.gap) && (unit.text === 'Gy' || unit.text === 'cGy' || unit.text === 'GY') ? k + 1 : undefined;
    },
    examples: ['Ferencz - boost 66Gy/33 R breast', 'boost 10 Gy', 'SRS 18 Gy x1', '50.4Gy in 28 fx', '1800 cGy'],
    counterExamples: ['Gy 2 schedule', 'Gyn clinic 3pm', '60 guys', 'GY2025 budget'],
  },
  {
    // "missed 4 doses", "missed x2 doses": a count of doses not taken, a person's adherence to a medication ("missed
    // doses" without the count is a vocabulary phrase). Not said of a group (a statistic: "inpatients missed 2 doses") nor
    // as the name of a work item ("missed 2 doses issue", "... report").
    name: 'missed-doses',
    category: 'medication',
    match(tokens, i) {
      if (!word(tokens[i], ['missed']) || word(tokens[i - 1], COUNTED_GROUP_WORDS)) return undefined;
      let k = i + 1;
      if (word(tokens[k], ['x']) && tokens[k + 1]?.gap === '') k++;
      const dose = tokens[k + 1];
      const found = num(tokens[k], 1, 30) && dose !== undefined && /^\s$/.test(dose.gap) && word(dose, ['dose', 'doses']);
      return found && !word(tokens[k + 2], DOSE_WORK_ITEMS) ? k + 2 : undefined;
    },
    examples: ['Ferencz missed 5 doses of capecitabine', 'missed x3 doses this wk'],
    counterExamples: ['missed 3 calls from the lab', 'missed 2 deadlines', 'missed doses', 'Audit: 9% of inpatients missed 2 doses', 'missed 2 doses issue fixed in the cabinet'],
  },
  {
    // "G3P2", "G2P1001": gravida and para, an obstetric history.
    name: 'gravida-para',
    category: 'condition',
    match(tokens, i) {
      if (!word(tokens[i], ['g'], true) || !num(tokens[i + 1], 1, 15) || !glued(tokens, i + 1)) return undefined;
      const p = tokens[i + 2];
      const n = tokens[i + 3];
      return p !== undefined && glued(tokens, i + 2) && p.text === 'P' && n !== undefined && n.kind === 'number' && n.text.length <= 4 && glued(tokens, i + 3) ? i + 4 : undefined;
    },
    examples: ['G3P2 at 36wk - breech', 'G2P1001 EDD 3/2'],
    counterExamples: ['G3 P2 parking levels', 'Gate G3 to P2'],
  },
  {
    // "wt up 3 lb", "weight is up 2kg", "weight gained 5 lbs": a body weight that changed by a few
    // pounds or kilograms, the daily weight a heart-failure or dialysis team watches. A change word must
    // stand between, and the amount is small: "box weight 42 lbs" and "freight weight up 400 lb" are cargo.
    name: 'weight-change',
    category: 'test',
    match(tokens, i) {
      if (!word(tokens[i], ['weight', 'wt'])) return undefined;
      // A person's weight, not a thing's: "pallet weight", "box weight" name what is weighed.
      const before = tokens[i - 1];
      if (before !== undefined && before.kind === 'word' && before.case === 'lower' && !/[,;:(\u2013\u2014-]/.test(tokens[i].gap) && !PERSON_WEIGHT.has(before.key)) return undefined;
      let k = i + 1;
      if (word(tokens[k], ['is', 'was', 'has'])) k++;
      if (!word(tokens[k], ['up', 'down', 'gain', 'gained', 'increased', 'jumped', 'dropped'])) return undefined;
      k++;
      if (word(tokens[k], ['by'])) k++;
      if (!num(tokens[k], 1, 30)) return undefined;
      return word(tokens[k + 1], ['lb', 'lbs', 'kg', 'kgs', 'pounds', 'kilos']) ? k + 2 : undefined;
    },
    examples: ['Mr. Haskell wt up 3 lb overnight', 'weight is up 2kg since Friday - call clinic', 'Ines: weight gained 5 lbs this week'],
    counterExamples: ['Box weight 42 lbs', 'Freight weight up 400 lb this quarter', 'Weight loss challenge: 40 lbs lost as a team', 'weight up 3 points in the survey', 'Ana Ruiz: pallet weight down 12 kg after repack'],
  },
  {
    // "she's 35 wks", "she is 28 weeks": a woman's week count, 14 to 42, right after "she's" or "she is", is how far
    // along her pregnancy is (spaced, unlike "32wk": "f/u 2 wk" is an interval, but no interval follows "she's").
    name: 'weeks-along',
    category: 'condition',
    match(tokens, i) {
      let k = i;
      // The tokenizer keeps "she's" as "she" with "'s " in the gap before the next token.
      if (word(tokens[k], ['shes'])) k++;
      else if (word(tokens[k], ['she']) && word(tokens[k + 1], ['is'])) k += 2;
      else if (word(tokens[k], ['she']) && tokens[k + 1] !== undefined && /^['\u2019]s\s$/.test(tokens[k + 1].gap)) k += 1;
      else return undefined;
      if (!num(tokens[k], 14, 42) || !word(tokens[k + 1], ['wk', 'wks', 'week', 'weeks'])) return undefined;
      return k + 2;
    },
    examples: ["keisha's shower moved up - she's 35 wks", 'she is 28 weeks and on bedrest'],
    counterExamples: ['she is 12 weeks into orientation', "she's 2 wks out from her start date", 'f/u 2 wk'],
  },
  {
    // "O2 2L", "O2 4 L NC", "o2 3lpm": oxygen by its flow in whole litres a minute (1 to 15), what one patient
    // breathes; not a supply ("O2 4 L tanks low", "O2 15L regulators").
    name: 'oxygen-flow',
    category: 'procedure',
    match(tokens, i) {
      if (!word(tokens[i], ['o']) || !num(tokens[i + 1], 2, 2) || !glued(tokens, i + 1)) return undefined;
      const n = tokens[i + 2];
      if (n === undefined || n.kind !== 'number' || !/^ ?$/.test(n.gap) || Number(n.text) < 1 || Number(n.text) > 15) return undefined;
      const unit = tokens[i + 3];
      if (!word(unit, ['l', 'lpm', 'liters', 'litres']) || !/^ ?$/.test(unit.gap)) return undefined;
      return word(tokens[i + 4], ['tank', 'tanks', 'cylinder', 'cylinders', 'regulator', 'regulators', 'concentrator', 'concentrators', 'order']) ? undefined : i + 4;
    },
    examples: ['Ilunga K. - 3W-322, stretcher, O2 2L', 'on o2 4 L since noon', 'O2 3lpm NC'],
    counterExamples: ['O2 tank delivery Tuesday', 'O2 sensor 2 replaced', 'Room O2 20 L cylinder count', 'O2 4 L tanks low - reorder', 'O2 15L regulators order'],
  },
  {
    // "stage 2 R heel", "sacral wound now stage 3", "stage 3 coccyx": a pressure injury's stage (1 to 4), with a
    // wound word or a pressure site at most three words away, is one patient's wound ("Stage 3 rollout" is a
    // project's, "stage 3 CKD" is read by its condition word).
    name: 'wound-stage',
    category: 'condition',
    match(tokens, i) {
      if (!word(tokens[i], ['stage']) || !num(tokens[i + 1], 1, 4) || word(tokens[i + 2], ['of']) || tokens.some((t) => TEACHING_CASES.has(t.key))) return undefined;
      // Within the clause: a dash, a comma or a colon ends the search either way.
      for (let k = i - 1; k >= 0 && k >= i - 3 && !CLAUSE_GAP.test(tokens[k + 1].gap); k--) if (word(tokens[k], PRESSURE_WOUND_WORDS)) return i + 2;
      for (let k = i + 2; k < tokens.length && k <= i + 4 && !CLAUSE_GAP.test(tokens[k].gap); k++) if (word(tokens[k], PRESSURE_WOUND_WORDS)) return i + 2;
      return undefined;
    },
    examples: ['Sunny in 112 - stage 2 R heel, boots on', 'Quispe sacral wound now stage 3, pls consult', 'margarethe ulrich stage 3 coccyx photos'],
    counterExamples: ['Stage 3 rollout - Epic wound care flowsheet', 'stage 2 of the heel cup order', 'Stage 5 build', 'Maria Lopez presents stage 3 heel cases at wound committee'],
  },
  {
    // "2L NC", "3 lpm via NC", "4L nasal cannula": oxygen by its flow in whole litres a minute (1 to 15) through
    // a nasal cannula, what one patient breathes; the cannula says so without "O2" ("NC" alone is a state).
    name: 'cannula-flow',
    category: 'procedure',
    match(tokens, i) {
      if (!num(tokens[i], 1, 15)) return undefined;
      const unit = tokens[i + 1];
      if (!word(unit, ['l', 'lpm']) || !/^ ?$/.test(unit.gap)) return undefined;
      let k = i + 2;
      if (word(tokens[k], ['via', 'by'])) k++;
      if (word(tokens[k], ['nc'])) return k + 1;
      return word(tokens[k], ['nasal']) && word(tokens[k + 1], ['cannula']) ? k + 2 : undefined;
    },
    examples: ['O2 for DC - Virgil Ames 2L NC, qualifying sat attached', 'on 3 lpm via NC overnight', '4L nasal cannula at home'],
    counterExamples: ['2L bottles of saline for NC clinic', '12 NC counties', 'NC 2L'],
  },
  {
    // "14dpo", "12 DPO": days past ovulation, how fertility clinics date an early pregnancy test. 1 to 20 days.
    name: 'days-past-ovulation',
    category: 'condition',
    match(tokens, i) {
      const n = tokens[i];
      return num(n, 1, 20) && word(tokens[i + 1], ['dpo']) && /^ ?$/.test(tokens[i + 1].gap) ? i + 2 : undefined;
    },
    examples: ['Mei Chen beta 14dpo = 212, repeat Wed', 'beta at 12 DPO'],
    counterExamples: ['DPO meeting Tuesday', '30 dpo', 'Data Protection Officer (DPO) 3 items'],
  },
  {
    // "5d pp", "3wk pp", "2 wks postpartum": a mother's day or week after giving birth (0 to 60 days, up to 12 weeks).
    // The unit must stand between: "5 pp" counts pages.
    name: 'postpartum-day',
    category: 'condition',
    match(tokens, i) {
      const n = tokens[i];
      const unit = tokens[i + 1];
      if (n === undefined || n.kind !== 'number' || unit === undefined || !/^ ?$/.test(unit.gap)) return undefined;
      const days = word(unit, ['d', 'day', 'days']) && num(n, 0, 60);
      const weeks = word(unit, ['wk', 'wks', 'w', 'week', 'weeks']) && num(n, 0, 12);
      if (!days && !weeks) return undefined;
      const after = tokens[i + 2];
      if (word(after, ['pp', 'postpartum']) && /^\s$/.test(after.gap)) return i + 3;
      return word(after, ['post']) && word(tokens[i + 3], ['partum']) ? i + 4 : undefined;
    },
    examples: ['visit Fri - Ines Kovac, 6d pp, latch improving', 'add Rosa Lind, 3wk pp, mastitis?', 'Mrs. Abara 2 wks postpartum - BP check'],
    counterExamples: ['see pp 5-9 of the handout', '5 pp attached', 'PP 3 wk rollout'],
  },
  {
    // "6lb 14oz", "5 lbs 3 oz": a weight in pounds and ounces together, 1 to 12 pounds, in a field that speaks of a birth
    // or a baby, is a newborn's birth weight ("14lb 6oz turkey" is a potluck's).
    name: 'birth-weight',
    category: 'test',
    match(tokens, i) {
      const lb = tokens[i + 1];
      const oz = tokens[i + 3];
      if (!num(tokens[i], 1, 12) || !word(lb, ['lb', 'lbs']) || !/^ ?$/.test(lb.gap) || !num(tokens[i + 2], 0, 15) || !word(oz, ['oz']) || !/^ ?$/.test(oz.gap)) return undefined;
      return tokens.some((t) => BIRTH.has(t.key)) ? i + 4 : undefined;
    },
    examples: ['Ana Ruiz delivered 0400: 6lb 14oz boy', 'twins born - Ines Kovac, 5 lb 3 oz and 4 lb 15 oz', 'baby Mateo 6 lbs 9 oz'],
    counterExamples: ['potluck: 14lb 6oz turkey', 'box weighs 7lb 2oz', 'baby shower - 20lb 2oz sheet cake order'],
  },
  {
    // "recheck K+ tonight", "Ca++ and Mg++ pending": an electrolyte written by its chemical symbol and charge is a
    // lab value of one patient (the symbol as chemistry writes it: "NA+" in capitals is something else). Not glued to a
    // number ("401K+ match").
    name: 'electrolyte-charge',
    category: 'test',
    match(tokens, i) {
      const t = tokens[i];
      if (t.kind !== 'word' || !ELECTROLYTES.has(t.text) || (i > 0 && t.gap === '')) return undefined;
      const next = tokens[i + 1];
      return next !== undefined && /^\+{1,2}(?:[\s_]|$)/.test(next.gap) ? i + 1 : undefined;
    },
    examples: ['Re: Faleafa - recheck K+ tonight', 'Ca++ and Mg++ pending for bed 4', 'K+ low again - Mr Ruiz', 'Ruiz_Ana_K+_recheck.pdf'],
    counterExamples: ['401K+ match increase', 'NA+ team lunch', 'K drive mapped for Ca team'],
  },
  {
    // A blood pressure written as one of its parts: systolic or diastolic ("SBP 80s", "sbp 210", "DBP 118") or the
    // mean arterial pressure, in capitals only ("MAP 58"; a "map" is a map), with the reading right after it.
    name: 'pressure-part',
    category: 'test',
    match(tokens, i) {
      const t = tokens[i];
      const value = tokens[i + 1];
      if (t.kind !== 'word' || value === undefined || value.kind !== 'number' || !/^\s?$/.test(value.gap) || !/^\d{2,3}$/.test(value.text)) return undefined;
      const reading = Number(value.text);
      if (!(word(t, ['sbp', 'dbp']) || (t.text === 'MAP' && reading >= 30 && reading <= 160)) || reading < 30 || reading > 300) return undefined;
      // "80s": a range of readings.
      return tokens[i + 2] !== undefined && tokens[i + 2].gap === '' && tokens[i + 2].text === 's' ? i + 3 : i + 2;
    },
    examples: ['Bernadette SBP 80s, MAP 58 - rapid called?', 'Mr Oyelaran sbp 210 after dialysis', 'DBP 118 again for Kealoha'],
    counterExamples: ['MAP 2025 strategy offsite', 'campus map 3 attached', 'SBP budget FY26'],
  },
  {
    // A broken bone: "broke his wrist", "broken leg", "broke her L hip skiing": the bone, read where "broke",
    // "broken" or "fractured" comes before it (at most a possessive and a side between), so that "broke" ties it
    // to the person as a verb of undergoing does. "broke the news", "broken link", "broken arm rest" read otherwise.
    name: 'broken-bone',
    category: 'condition',
    match(tokens, i) {
      if (!word(tokens[i], BONES)) return undefined;
      let k = i - 1;
      if (word(tokens[k], ['left', 'right', 'l', 'r'])) k--;
      if (word(tokens[k], ['his', 'her', 'their', 'my', 'a', 'both'])) k--;
      const after = tokens[i + 1];
      // "broken arm rest", "broken leg of the table": a furniture's part.
      if (!word(tokens[k], ['broke', 'broken', 'fractured']) || (after !== undefined && /^\s$/.test(after.gap) && word(after, ['rest', 'rests', 'of', 'support']))) return undefined;
      return i + 1;
    },
    examples: ['Resident Dr. Marco Bellini - broke wrist skiing, off call 3 wks', 'Mateo broke his arm at recess', 'broken L ankle - Ms. Obi'],
    counterExamples: ['broke the news to the team', 'broken link on intranet', 'broken arm rest in waiting room 2', 'broken leg of the table in conf rm'],
  },
  {
    // "burn forearm", "Delacruz_burn_forearm.jpg", "forearm abrasion": a wound beside the part of the body it is on, in
    // either order (a space or a file name's underscore between), is one person's injury. Not the sides, the back, the
    // head or the face, which have other senses ("burn right away", "back burner"; WOUND_SITES_LEFT_OUT).
    name: 'wound-site',
    category: 'condition',
    match(tokens, i) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (a === undefined || b === undefined || a.kind !== 'word' || b.kind !== 'word' || !/^[\s_]$/.test(b.gap)) return undefined;
      const pair = (WOUNDS.has(a.key) && WOUND_SITES.has(b.key)) || (WOUND_SITES.has(a.key) && WOUNDS.has(b.key));
      return pair ? i + 2 : undefined;
    },
    examples: ['IMG_0412_Delacruz_burn_forearm.jpg', 'Mr. Tafoya - forearm abrasion, cleaned', 'Ana Ruiz burn thigh 2nd degree'],
    counterExamples: ['burn rate forecast Q3', 'burn right away after the audit', 'back burner for the finance project', 'Burn Unit holiday party'],
  },
  {
    // A radiograph of a bone or limb, in either order ("rib xr", "xr clavicle", "wrist films"): the lists hold the common
    // sites ("knee xr"), not every bone; the back, the neck and the nose are left out ("back xr" reads as a reply's).
    name: 'site-radiograph',
    category: 'test',
    match(tokens, i) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (a === undefined || b === undefined || a.kind !== 'word' || b.kind !== 'word' || !/^[\s_-]$/.test(b.gap)) return undefined;
      const pair = (RADIOGRAPH_BONES.has(a.key) && RADIOGRAPHS.has(b.key)) || (RADIOGRAPHS.has(a.key) && b.key !== 'films' && RADIOGRAPH_BONES.has(b.key));
      return pair ? i + 2 : undefined;
    },
    examples: ['Somerville_R_rib_xr.jpg', 'Tevita - xr clavicle, r/o fx', 'Ana Ruiz elbow films reviewed'],
    counterExamples: ['XR room 2 down - use room 4', 'hand hygiene films for orientation', 'XR tech schedule Jan'],
  },
];

/** The words for a plain radiograph. */
const RADIOGRAPHS = new Set(['xr', 'xrs', 'xray', 'xrays', 'films']);

/** Body sites with other senses beside a wound's word: the sides ("burn right away"), the back ("back burner"), the head and
 * the face (a team's head, the face of a campaign). */
const WOUND_SITES_LEFT_OUT = new Set(['l', 'r', 'lt', 'rt', 'left', 'right', 'bilat', 'back', 'head', 'face']);
/** Wounds as staff name them beside a part of the body. */
const WOUNDS = new Set(['burn', 'burns', 'lac', 'laceration', 'abrasion', 'abrasions', 'bruise', 'bruising', 'contusion', 'blister', 'blisters', 'scald', 'avulsion']);
/** The parts of the body a wound is on: BODY_SITES without the sides, the back, the head and the face (WOUND_SITES_LEFT_OUT). */
const WOUND_SITES = new Set(BODY_SITES.filter((s) => !WOUND_SITES_LEFT_OUT.has(s)));

/** Bones and limbs people break, as they name them. */
const BONES = ['wrist', 'wrists', 'arm', 'arms', 'leg', 'legs', 'ankle', 'ankles', 'hip', 'foot', 'feet', 'hand', 'finger', 'fingers', 'toe', 'toes', 'elbow', 'shoulder', 'collarbone', 'clavicle', 'rib', 'ribs', 'nose', 'jaw', 'femur', 'tibia', 'pelvis', 'kneecap', 'back', 'neck', 'thumb'];

/** The bones and limbs a radiograph is named for: BONES without the back, the neck and the nose. */
const RADIOGRAPH_BONES = new Set(BONES.filter((b) => b !== 'back' && b !== 'neck' && b !== 'nose'));

/** Words of a birth or a newborn, which make a weight in pounds and ounces a birth weight. */
const BIRTH = new Set([...BIRTH_WORDS, ...NEWBORN_WORDS]);
/** Electrolytes by their chemical symbols, as written. */
const ELECTROLYTES = new Set(['K', 'Na', 'Ca', 'Mg', 'Cl']);

/** Every shorthand match in a field's tokens, in token order; at most one per starting token. */
export function clinicalShorthand(tokens: readonly Token[]): ShorthandMatch[] {
  const out: ShorthandMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const p of SHORTHAND_PATTERNS) {
      const end = p.match(tokens, i);
      if (end === undefined) continue;
      out.push({ from: i, to: end, category: p.category, phrase: p.name });
      i = end - 1;
      break;
    }
  }
  return out;
}
