/** Consumer mail providers: an address there belongs to a private person. */
export const DEFAULT_PERSONAL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
  'aol.com', 'icloud.com', 'me.com', 'mac.com', 'protonmail.com', 'proton.me', 'pm.me', 'att.net', 'sbcglobal.net',
  'bellsouth.net', 'comcast.net', 'verizon.net', 'cox.net', 'charter.net', 'spectrum.net', 'earthlink.net',
  'mail.com', 'gmx.com', 'gmx.net', 'zoho.com', 'yandex.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com',
  'optonline.net', 'frontier.com', 'windstream.net', 'rocketmail.com', 'tutanota.com', 'fastmail.com',
  'web.de', 't-online.de', 'free.fr', 'wp.pl', 'o2.pl', 'sky.com', 'tin.it', 'home.nl', 'planet.nl', 'rr.com', 'ig.com.br',
  // More consumer providers and home internet providers, in the US and where patients in the US write from:
  // only domains the providers' customers write from, not the providers' own staff (rogers.com, globo.com).
  'juno.com', 'netzero.net', 'netzero.com', 'prodigy.net', 'netscape.net', 'excite.com', 'lycos.com', 'centurylink.net',
  'q.com', 'roadrunner.com', 'suddenlink.net', 'cableone.net', 'wowway.com', 'rcn.com', 'hughes.net',
  'mediacombb.net', 'frontiernet.net', 'aim.com', 'orange.fr', 'wanadoo.fr', 'laposte.net', 'sfr.fr', 'neuf.fr',
  'bbox.fr', 'club-internet.fr', 'alice.it', 'tiscali.it', 'bol.com.br',
  'globomail.com', 'r7.com', 'sapo.pt', 'ukr.net', 'i.ua', 'meta.ua', 'bigmir.net', 'bk.ru', 'list.ru',
  'mail.ru', 'tut.by', 'yeah.net', '139.com', '189.cn', '21cn.com', 'tom.com', 'nate.com', 'walla.co.il',
  'bezeqint.net', 'netvision.net.il', 'prodigy.net.mx', 'vsnl.net', 'shaw.ca',
  'sympatico.ca', 'videotron.ca', 'telus.net', 'bigpond.com', 'optusnet.com.au', 'xtra.co.nz', 'ntlworld.com',
  'virginmedia.com', 'talktalk.net', 'blueyonder.co.uk', 'eircom.net', 'telenet.be', 'skynet.be', 'ziggo.nl',
  'kpnmail.nl', 'bluewin.ch', 'freenet.de', 'arcor.de', 'chello.at', 'aon.at', 'centrum.cz', 'atlas.cz', 'azet.sk',
  'abv.bg', 'mail.bg', 'yahoo.com.vn', 'vnn.vn', 'pldtdsl.net',
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

/**
 * Webmail services by name, under any country's domain ("yahoo.co.uk", "hotmail.fr", "gmx.de"), with the
 * national webmail of the countries patients in the US write from (Italy's libero and virgilio, Korea's
 * naver and daum, China's qq and 163, Brazil's uol...). Internet providers are not here: their staff write
 * from the same name under ".com" (a telecom's reps); their customers' domains are in the domain list.
 */
const PROVIDER_NAMES = new Set(
  `gmail googlemail yahoo ymail hotmail outlook msn aol icloud protonmail tutanota gmx yandex rambler libero virgilio
  hispavista uol naver daum hanmail kakao qq 163 126 sina sohu foxmail aliyun rediffmail seznam onet interia abv
  freemail citromail`.split(/\s+/),
);

/** A personal address: a listed provider, a provider by name under any country's domain, or a domain named as a mail service. */
export function isPersonalDomain(domain: string, list: readonly string[]): boolean {
  const name = domainName(domain);
  return domainMatches(domain, list) || PROVIDER_NAMES.has(name) || MAIL_PROVIDER_NAME.test(name);
}

/** Second-level labels under which a country registers names ("co.uk", "com.br", "org.np", "ne.jp"). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ne', 'or', 'ac', 'gov', 'gob', 'edu', 'nhs']);

/**
 * The name an organisation chose for its domain: the label before the top level ("ironwoodkidney" in
 * "mail.ironwoodkidney.com"), or before a country's second level ("himalsewa" in "himalsewa.org.np").
 */
export function domainName(domain: string): string {
  const labels = domain.toLowerCase().split('.');
  const n = labels.length;
  if (n >= 3 && labels[n - 1].length === 2 && SECOND_LEVEL.has(labels[n - 2])) return labels[n - 3];
  return n >= 2 ? labels[n - 2] : '';
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
