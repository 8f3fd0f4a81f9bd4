import { CONTEXT_ONLY, DIGIT, Detector, FieldContext, LETTER, Signal, bounded, oneOf, signalAt } from './detector';
import { isPersonalDomain } from './domains';

/**
 * Phone and fax numbers, and personal e-mail addresses, typed into a subject
 * or file name. They point at a person (identity) and are flagged only with
 * health context: "Call me at 614-555-0100 re: contract" is not ePHI.
 */
const PHONE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}/g;
const DIGIT_OR_DASH = oneOf('-', DIGIT);
/**
 * A seven-digit local number after a word of calling, maybe in brackets: "at", "from", "call", "call back", "cb",
 * "callback", "cell", "VM" (and Spanish "cel", "celular", "móvil", "llamó", "al" as "at", Portuguese "ligou", Vietnamese "gọi
 * lại" and "số", a number, Haitian Creole "rele", Tagalog "tawag", Russian "звонил", "перезвонить"; a comma may follow the
 * word: "dad called, 555-0188"), also in a file name
 * ("Voicemail_555-0139_..."); right after a patient word ("Pt 555-0168 call back", "Пациентка 555-0181"); not "phone"
 * alone: "intake phone 555-0102" is a desk, "pt phone 555-0134" (a patient's, a home's or a family's phone) is a person's.
 */
const LOCAL_PHONE =
  /(?:call(?:[\s-]?back|ed|er)?(?: pt| patient)?|cb|cell|cel|celular|m[oó]vil|(?:pt|patient|home|family)\s(?:phone|ph|tel)|pt|patient|paciente|пациент(?:к[аи]|[аув])?|vm|voicemail|at|al|from|reach(?:ed)?|llam[oó]|ligou|g[oọ]i l[aạ]i|s[oố]|rele|tawag|звонил[аи]?|перезвонит[еь])[\s:#_(,]{1,3}(\d{3}[.-]\d{4})(?![\d-]|\.\d)/gi;
/**
 * A seven-digit number a person's own line follows, with its owner: "555-0146 is her cell", "555-0150 (pt's home)",
 * "555-0171 is the daughter's cell"; the line closes its phrase ("555-0170 mobile crisis team" is a service's).
 */
const LOCAL_PHONE_OWNED =
  /(\d{3}[.-]\d{4})(?=\s\(?(?:is\s)?(?:the\s)?(?:his|her|their|pt|patient|mom|dad|son|daughter|wife|husband|family)(?:['\u2019]s)?\s(?:cell|mobile|home)(?:\s?(?:phone|line|number|[#,;.)!?\u2013\u2014-])|$))/gi;
const TOLL_FREE = /^(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\b/;
const LOCAL_CHAR = /[\w.+-]/;
const DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}$/i;
const DOMAIN_CHAR = /[a-z0-9.-]/i;

/**
 * E-mail addresses in a text, found from each "@" outwards: linear in the
 * text (a regex that starts at every word character and runs up to 64
 * characters before failing is not, on a long run of letters).
 */
function* emailAddresses(t: string): Generator<{ start: number; end: number; domain: string }> {
  let at = t.indexOf('@');
  while (at >= 0) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(t[start - 1])) start--;
    let end = at + 1;
    while (end < t.length && end - at <= 320 && DOMAIN_CHAR.test(t[end])) end++;
    // A trailing dot ends the sentence, not the domain.
    while (end > at + 1 && t[end - 1] === '.') end--;
    const domain = t.slice(at + 1, end);
    const boundedLeft = start === 0 || !LOCAL_CHAR.test(t[start - 1]);
    if (start < at && boundedLeft && DOMAIN.test(domain)) yield { start, end, domain };
    at = t.indexOf('@', at + 1);
  }
}

/**
 * Words that make a number an organisation's line: "scheduling line", "fax", "main number", "front desk", "Call Billing Ops at";
 * a fax and a line in the patients' languages too ("faks" in Haitian Creole and Polish, "línea", "ligne", "linha").
 */
const DEPARTMENT_LINE_BEFORE = /\b(?:fax|faks|line|linea|línea|ligne|linha|desk|hotline|helpline|switchboard|office|main number|main|extension|ext|pager|scheduling|dept|department|billing|ops|operations|services|support|center|centre|registration)\b[^,;|:\u2013\u2014]{0,30}(?::\s*)?$/i;
/** A person's own line right before the number: "pt cell", "mobile", "home #". */
const PERSONAL_LINE_BEFORE = /\b(?:cell|mobile|home|pt|patient|cel|celular|m[oó]vil)[\s#:.-]{0,4}$/i;
/**
 * After the number: an option or an extension, or the office it rings in brackets ("555-0110 (NBS office)", "(front
 * desk)"); not a person's own office or line ("(her office)", "(dad's line)", "(home line)", "(work line)").
 */
const DEPARTMENT_LINE_AFTER = /^\s*(?:opt(?:ion)?\.?\s*\d|ext\.?\s*\d|x\d|\((?![^()]*(?:['\u2019]s\b|\b(?:his|her|their|my|your|home|cell|mobile|work|pt|patient|mom|mother|dad|father|wife|husband|son|daughter|sister|brother|family|parent)\b))(?:[^()]{0,24}\s)?(?:office|desk|line|dept|department|hotline|helpline|switchboard)\))/i;
/** The clinic, the pharmacy or the lab reached "at" the number: "Call the Derm clinic at 555-0187 to reschedule". */
const PLACE_AT_BEFORE = /\b(?:the|our)\s(?:[a-z-]+\s){0,2}(?:clinic|pharmacy|lab|laboratory|practice)\s(?:at|on)\s$/i;
/**
 * A number the writer's organisation gives its readers: "call us at 555-0100", "llámenos al", "llame al", or a
 * number to call for appointments or questions ("call 555-0100 for vaccine appointments", "llamar al 555-0100
 * para citas").
 * "call pt at 555-0100 re labs" is a patient's.
 */
const CALL_US_BEFORE = /\b(?:(?:call|contact|text|reach)\s+us|ll[aá]m(?:enos|anos)|cont[aá]ctenos)\b[^,;|]{0,6}$|\b(?:llame|marque|comun[ií]quese)\s+al\s*$/i;
/**
 * A request to call, in a field addressed to its reader ("Your TB blood test result needs follow-up - please call
 * 555-0101"): the number the writer's office gives, as "call us". Without "your" the same request may give a
 * patient's number to a colleague ("Ada Quill MRI - pls call 555-0142", "Can you please call 555-0142 re her biopsy").
 */
const PLEASE_CALL_BEFORE = /\b(?:please|pls|kindly)\s+(?:call|contact|text)\s?(?:at\s)?$/i;
const ADDRESSED_TO_READER = /\b(?:your|you(?:'|\u2019)re|you are|you have)\b/i;
/** A caller's words right before the number: then a number "for scheduling" is the caller's ("VM from 555-0147 for scheduling her colonoscopy"). */
const CALLER_BEFORE = /\b(?:(?:vm|voicemail|msg|message|call|called|pt|patient)\s+from|cb|vm|voicemail|call(?:ed|back|er)|llam[oó]|ligou)[\s:#_(]{0,3}$/i;
const FOR_THE_PUBLIC_AFTER = /^\s*(?:for|para|pour)\s+(?:\w+\s+){0,2}(?:appointments?|appts?|scheduling|questions|info(?:rmation)?|citas?|informaci[oó]n|preguntas|rendez-vous)\b/i;

/** A phone number that the text presents as a department's or an office's line, not a person's. */
function isDepartmentNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // "pt cell 555-0102": a person's own line, whatever department words came before it.
  if (PERSONAL_LINE_BEFORE.test(before)) return false;
  const after = text.slice(end, end + 40);
  if (PLEASE_CALL_BEFORE.test(before) && ADDRESSED_TO_READER.test(text)) return true;
  return DEPARTMENT_LINE_BEFORE.test(before) || PLACE_AT_BEFORE.test(before) || DEPARTMENT_LINE_AFTER.test(after) || CALL_US_BEFORE.test(before) || (FOR_THE_PUBLIC_AFTER.test(after) && !CALLER_BEFORE.test(before));
}

/**
 * A phone system names a voicemail's file after the caller's number, its digits run together: "VM_5550139_...wav",
 * "Voicemail_6145550173_refill.m4a". Only after the voicemail word, and shaped as a North American number (no area
 * code or exchange starting 0 or 1: "VM_1712345678" is a time stamp): seven or ten digits elsewhere are any number.
 */
const VOICEMAIL_FILE_PHONE = /(?:vm|voicemail)[_\s-]{1,3}((?:1?[2-9]\d{2})?[2-9]\d{6})(?!\d)/gi;

export const phone: Detector = {
  meta: {
    id: 'phone',
    role: 'identity',
    defaultLevels: CONTEXT_ONLY,
    messages: { found: 'a phone number' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.kind === 'emailAddress' || ctx.text.digits < 7) return [];
    const n = ctx.text.normalized;
    // Toll-free numbers belong to organisations (an EAP line, a pharmacy), not to a patient; so do
    // numbers introduced as a line, fax, desk or office ("Cardiology fax is now (612) 555-0147").
    const out = [...bounded(PHONE, n.text, DIGIT_OR_DASH, DIGIT_OR_DASH)]
      .filter((m) => !TOLL_FREE.test(m[0]) && !isDepartmentNumber(n.text, m.index, m.index + m[0].length))
      .map((m) => signalAt(n, m.index, m.index + m[0].length, 'phone', 'identity', 'found', { evidence: 'phone.number', strength: 'medium' }));
    // "Left VM for pt at 555-0172", "VM from 555-0119 - caller says...": a local number after a word of
    // calling is a caller's phone.
    // The number is the expression's group, at the end of its match; one not already read is a caller's.
    const callers = (pattern: RegExp, department: boolean): void => {
      for (const m of bounded(pattern, n.text, LETTER, DIGIT_OR_DASH)) {
        const start = m.index + m[0].length - m[1].length;
        // "PT" in capitals is physical therapy, a department ("Eastside PT 555-0132"), not a patient.
        if (m[0].startsWith('PT')) continue;
        if ((department && isDepartmentNumber(n.text, start, start + m[1].length)) || out.some((o) => o.start <= start && start < o.end)) continue;
        out.push(signalAt(n, start, start + m[1].length, 'phone', 'identity', 'found', { evidence: 'phone.local', strength: 'medium' }));
      }
    };
    callers(LOCAL_PHONE, true);
    callers(LOCAL_PHONE_OWNED, true);
    if (ctx.kind === 'attachment') callers(VOICEMAIL_FILE_PHONE, false);
    return out;
  },
};

export const personalEmail: Detector = {
  meta: {
    id: 'personal-email',
    role: 'identity',
    defaultLevels: CONTEXT_ONLY,
    messages: { found: 'a personal e-mail address' },
  },
  find(ctx: FieldContext): Signal[] {
    if (ctx.kind === 'emailAddress' || ctx.kind === 'displayName' || ctx.text.normalized.text.indexOf('@') < 0) return [];
    const n = ctx.text.normalized;
    const out: Signal[] = [];
    for (const e of emailAddresses(n.text)) {
      if (isPersonalDomain(e.domain, ctx.options.personalDomains)) out.push(signalAt(n, e.start, e.end, 'personal-email', 'identity', 'found', { evidence: 'personal-email.address', strength: 'medium' }));
    }
    return out;
  },
};
