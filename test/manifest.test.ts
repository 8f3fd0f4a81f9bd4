import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createFakeOffice } from './support/fake-office';
import { msg } from './support/messages';

/**
 * Structural checks of manifest.xml. Microsoft publishes no XSDs in a package
 * (`npm run validate` posts the file to Microsoft's service and needs the
 * network), so these are the offline checks.
 */
const ROOT = join(__dirname, '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: () => false });
const doc = parser.parse(xml);

/** Every element (depth-first) with its name, as [name, node] pairs. */
function walk(node: unknown, name = '', out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(node)) for (const n of node) walk(n, name, out);
  else if (node && typeof node === 'object') {
    out.push([name, node as Record<string, unknown>]);
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('@')) walk(v, k, out);
  }
  return out;
}
const all = walk(doc);
const attr = (name: string, key: string) => all.filter(([n]) => n === name).map(([, v]) => v[`@${key}`] as string).filter(Boolean);

test('is well-formed XML for a mail add-in', () => {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(doc.OfficeApp['@type']).toBe('MailApp');
  expect(doc.OfficeApp.Permissions).toBe('ReadWriteItem');
  expect(doc.OfficeApp.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
});

test('VersionOverrides V1_0 wraps V1_1, which requires Mailbox 1.12', () => {
  const outer = doc.OfficeApp.VersionOverrides;
  expect(outer['@type']).toBe('VersionOverridesV1_0');
  expect(outer.VersionOverrides['@type']).toBe('VersionOverridesV1_1');
  expect(outer.VersionOverrides.Requirements.Sets['@DefaultMinVersion']).toBe('1.12');
  expect(outer.VersionOverrides.Requirements.Sets.Set['@Name']).toBe('Mailbox');
});

test('every resid resolves to a resource, and every resid has at most 32 characters', () => {
  const defined = new Set([...attr('Image', 'id'), ...attr('Url', 'id'), ...attr('String', 'id')]);
  const refs = all.flatMap(([, v]) => (typeof v['@resid'] === 'string' ? [v['@resid'] as string] : []));
  expect(refs.length).toBeGreaterThan(10);
  for (const r of refs) expect(defined).toContain(r);
  for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
});

test('one Runtime: the HTML page, with a javascript override; LaunchEvent uses the same resid', () => {
  const runtime = doc.OfficeApp.VersionOverrides.VersionOverrides.Hosts.Host.Runtimes.Runtime;
  expect(runtime['@resid']).toBe('Runtime.Url');
  expect(runtime.Override).toMatchObject({ '@type': 'javascript', '@resid': 'RuntimeJs.Url' });
  const launch = all.find(([n, v]) => n === 'ExtensionPoint' && v['@type'] === 'LaunchEvent')![1];
  expect((launch.SourceLocation as Record<string, string>)['@resid']).toBe('Runtime.Url');
  const urls = Object.fromEntries(all.filter(([n]) => n === 'Url').map(([, v]) => [v['@id'], v['@DefaultValue']]));
  expect(urls['Runtime.Url']).toMatch(/\/commands\.html$/);
  expect(urls['RuntimeJs.Url']).toMatch(/\/commands\.js$/);
});

test('launch events: send (SoftBlock), recipients, attachments, new compose; no legacy ItemSend', () => {
  const events = all.filter(([n]) => n === 'LaunchEvent').map(([, v]) => [v['@Type'], v['@FunctionName'], v['@SendMode']]);
  expect(events).toEqual([
    ['OnNewMessageCompose', 'onNewMessageComposeHandler', undefined],
    ['OnMessageRecipientsChanged', 'onMessageRecipientsChangedHandler', undefined],
    ['OnMessageAttachmentsChanged', 'onMessageAttachmentsChangedHandler', undefined],
    ['OnMessageSend', 'onMessageSendHandler', 'SoftBlock'],
  ]);
  // The legacy on-send event is <Event Type="ItemSend">; Smart Alerts replaces it.
  expect(xml).not.toMatch(/<Event\s[^>]*Type="ItemSend"/);
});

test('every FunctionName is registered by the built handler bundle', () => {
  const bundle = join(ROOT, 'dist', 'web', 'commands.js');
  expect(existsSync(bundle)).toBe(true);
  const fake = createFakeOffice({ message: msg() });
  vm.runInContext(readFileSync(bundle, 'utf8'), vm.createContext({ ...fake.globals }));
  for (const name of attr('LaunchEvent', 'FunctionName')) expect(fake.handlers.has(name)).toBe(true);
});

test('the compose ribbon has the task pane button that Smart Alerts opens, and the settings button', () => {
  const surface = all.find(([n, v]) => n === 'ExtensionPoint' && v['@type'] === 'MessageComposeCommandSurface')![1];
  const ids = walk(surface).filter(([n]) => n === 'Control').map(([, v]) => v['@id']);
  expect(ids).toEqual(['phiGuardPaneButton', 'phiGuardSettingsButton']);
  const plan = readFileSync(join(ROOT, 'src', 'office', 'send-plan.ts'), 'utf8');
  expect(plan).toContain("PANE_COMMAND_ID = 'phiGuardPaneButton'");
});

test('every URL is HTTPS on one host; icons exist at 16/32/64/80/128', () => {
  const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(8);
  const hosts = new Set(urls.map((u) => new URL(u).origin));
  expect([...hosts]).toEqual(['https://localhost:3000']);
  for (const size of [16, 32, 64, 80, 128]) {
    const png = readFileSync(join(ROOT, 'assets', `icon-${size}.png`));
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  }
});

test('the build lists the handler file for the JavaScript-only runtime\'s requests (well-known URI)', () => {
  const file = join(ROOT, 'dist', 'web', '.well-known', 'microsoft-officeaddins-allowed.json');
  const urls = Object.fromEntries(all.filter(([n]) => n === 'Url').map(([, v]) => [v['@id'], v['@DefaultValue']]));
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ allowed: [urls['RuntimeJs.Url']] });
});

describe('npm run build:manifest', () => {
  const script = join(ROOT, 'scripts', 'build-manifest.js');
  // Web files built for the production host (only the file build-manifest reads the host from).
  const web = join(mkdtempSync(join(tmpdir(), 'web-')), 'web');
  mkdirSync(join(web, '.well-known'), { recursive: true });
  writeFileSync(join(web, '.well-known', 'microsoft-officeaddins-allowed.json'), JSON.stringify({ allowed: ['https://phi-guard.example.org/commands.js'] }));
  test('moves every URL to the production host, sets the version and the send mode', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
    execFileSync(process.execPath, [script, '--web', web, '--host', 'https://phi-guard.example.org', '--version', '1.2.0.0', '--send-mode', 'Block', '--out', out]);
    const built = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(built)).toBe(true);
    expect(built).not.toContain('localhost');
    expect(built).toContain('<Version>1.2.0.0</Version>');
    expect(built).toMatch(/Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="Block"/);
    expect(built).toContain('<bt:Url id="RuntimeJs.Url" DefaultValue="https://phi-guard.example.org/commands.js"/>');
  });
  test('without --version it bumps the last number of manifest.xml\'s version', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
    execFileSync(process.execPath, [script, '--web', web, '--host', 'https://phi-guard.example.org', '--out', out]);
    const [a, b, c, d] = (doc.OfficeApp.Version as string).split('.').map(Number);
    expect(readFileSync(out, 'utf8')).toContain(`<Version>${a}.${b}.${c}.${d + 1}</Version>`);
    expect(readFileSync(out, 'utf8')).toMatch(/SendMode="SoftBlock"/);
  });
  test.each([
    [['--host', 'http://insecure.example.org'], /https/],
    [['--host', 'https://ok.example.org', '--send-mode', 'Hard'], /SoftBlock or Block/],
    [['--host', 'https://ok.example.org', '--version', '1.2'], /four numbers/],
  ])('rejects %j', (args, why) => {
    const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(why);
  });
});
