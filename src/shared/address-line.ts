import type { Recipient } from '../engine';

/**
 * The simulator's To/Cc/Bcc boxes: "Name <address>; address; ..." as Outlook
 * shows them. Semicolons and line breaks separate entries; a comma separates
 * too unless it sits inside a display name ("Marsh, Lena <l.marsh@...>").
 */
export function parseAddressLine(line: string): Recipient[] {
  const out: Recipient[] = [];
  for (const part of splitEntries(line)) {
    const entry = part.trim();
    if (!entry) continue;
    const open = entry.lastIndexOf('<');
    const close = entry.lastIndexOf('>');
    if (open >= 0 && close > open) {
      const name = entry.slice(0, open).trim().replace(/^"(.*)"$/, '$1');
      out.push({ displayName: name, emailAddress: entry.slice(open + 1, close).trim() });
    } else {
      out.push({ displayName: '', emailAddress: entry });
    }
  }
  return out;
}

function splitEntries(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inAngle = false;
  let inQuote = false;
  for (const ch of line) {
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '<') inAngle = true;
    else if (ch === '>') inAngle = false;
    const separator = ch === ';' || ch === '\n' || (ch === ',' && !inQuote && !inAngle && (current.includes('@') || current.includes('>')));
    if (separator && !inQuote && !inAngle) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

export function formatAddressLine(list: Recipient[]): string {
  return list.map((r) => (r.displayName && r.displayName !== r.emailAddress ? `${r.displayName} <${r.emailAddress}>` : r.emailAddress)).join('; ');
}
