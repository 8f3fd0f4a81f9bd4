import { Policy, defaultPolicy } from '../engine';
import type { Baseline, SettingsState } from './state';

/**
 * The draft kept in this browser (localStorage), so a reload or a closed
 * pane loses no work. It holds the policy being edited and the file it is
 * compared with; never message text (the test bench is not kept).
 */
export const DRAFT_KEY = 'phiGuard.settings.draft.v1';

interface Stored {
  version: 1;
  draft: Policy;
  baseline: Baseline;
  savedAt: string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): boolean => Array.isArray(x) && x.every((s) => typeof s === 'string');
const objectsWith = (x: unknown, key: string): boolean => Array.isArray(x) && x.every((o) => isObject(o) && typeof o[key] === 'string');
/** Lists whose items are objects, by the string key each item must have. */
const ITEMS: Record<string, string> = { mrnFormats: 'pattern', allow: 'text' };
const RECORDS = ['rules', 'extraKeywords'];

/**
 * Whether a stored value has the shape of a policy (every option of the
 * default there, of the same kind), so the pane can render it; its content
 * is then checked like any draft.
 */
export function policyShaped(x: unknown, like: unknown = defaultPolicy()): boolean {
  if (Array.isArray(like)) return strings(x);
  if (!isObject(like)) return typeof x === typeof like;
  if (!isObject(x)) return false;
  return Object.keys(like).every((k) => {
    if (k === 'name') return x.name === undefined || typeof x.name === 'string';
    if (k in ITEMS) return objectsWith(x[k], ITEMS[k]);
    return RECORDS.indexOf(k) >= 0 ? isObject(x[k]) : policyShaped(x[k], like[k]);
  });
}

export type Restored = { state: SettingsState; savedAt: string } | 'none' | 'unreadable';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled (a sandboxed frame, a privacy setting)
  }
}

export function restoreDraft(): Restored {
  const text = storage()?.getItem(DRAFT_KEY);
  if (!text) return 'none';
  try {
    const s = JSON.parse(text) as Stored;
    const baselineKinds = ['default', 'exported', 'imported'];
    if (s.version !== 1 || !policyShaped(s.draft) || !isObject(s.baseline) || baselineKinds.indexOf(s.baseline.kind) < 0 || !policyShaped(s.baseline.policy)) return 'unreadable';
    return { state: { draft: s.draft, baseline: s.baseline }, savedAt: s.savedAt };
  } catch {
    return 'unreadable';
  }
}

/** Keeps the state; false when this browser would not (storage disabled or full). */
export function saveDraft(state: SettingsState): boolean {
  const s = storage();
  if (!s) return false;
  try {
    const stored: Stored = { version: 1, draft: state.draft, baseline: state.baseline, savedAt: new Date().toISOString() };
    s.setItem(DRAFT_KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function forgetDraft(): void {
  try {
    storage()?.removeItem(DRAFT_KEY);
  } catch {
    // nothing kept, nothing to forget
  }
}

/** Whether this browser keeps a draft at all (asked once, when the pane opens). */
export function storageWorks(): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(`${DRAFT_KEY}.probe`, '1');
    s.removeItem(`${DRAFT_KEY}.probe`);
    return true;
  } catch {
    return false;
  }
}
