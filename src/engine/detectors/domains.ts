/** Consumer mail providers: an address there belongs to a private person. */
export const DEFAULT_PERSONAL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
  'aol.com', 'icloud.com', 'me.com', 'mac.com', 'protonmail.com', 'proton.me', 'pm.me', 'att.net', 'sbcglobal.net',
  'bellsouth.net', 'comcast.net', 'verizon.net', 'cox.net', 'charter.net', 'spectrum.net', 'earthlink.net',
  'mail.com', 'gmx.com', 'gmx.net', 'zoho.com', 'yandex.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com',
  'optonline.net', 'frontier.com', 'windstream.net', 'rocketmail.com', 'tutanota.com', 'fastmail.com',
];

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).trim().toLowerCase();
}

/**
 * A consumer mail provider no list holds: its name says it is a mail service, in English or in the
 * languages of US patients ("kitemail.com", "inboxbay.net", "webpost.example", "correo-rapido.com",
 * "poczta.example", "hopthu-viet.com"). Organisations rarely name their own domain after mail; a
 * newspaper ending in "post" is the exception this accepts (mass disclosure only warns).
 */
const MAIL_PROVIDER_NAME = /mail|inbox|correo|courriel|posta|poczta|pochta|hopthu|^post|post$/;

/** A personal address: a listed provider, or a domain named as a mail service. */
export function isPersonalDomain(domain: string, list: readonly string[]): boolean {
  return domainMatches(domain, list) || MAIL_PROVIDER_NAME.test(domainName(domain));
}

/** The name an organisation chose for its domain: the label before the top level ("ironwoodkidney" in "mail.ironwoodkidney.com"). */
export function domainName(domain: string): string {
  const labels = domain.toLowerCase().split('.');
  return labels.length >= 2 ? labels[labels.length - 2] : '';
}

const lowered = new WeakMap<readonly string[], Set<string>>();

/** True for the domain itself or any subdomain of a listed domain. */
export function domainMatches(domain: string, list: readonly string[]): boolean {
  let set = lowered.get(list);
  if (!set) {
    set = new Set(list.map((e) => e.toLowerCase()));
    lowered.set(list, set);
  }
  // example.org, then its parents: a.b.example.org -> b.example.org -> example.org -> org
  let d = domain.toLowerCase();
  for (;;) {
    if (set.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) return false;
    d = d.slice(dot + 1);
  }
}
