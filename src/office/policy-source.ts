import { Policy, defaultPolicy, parsePolicyJson } from '../engine';
import type { HostEnv } from './host';

export const POLICY_CACHE_KEY = 'phiGuard.policy.v1';
export const POLICY_FETCH_TIMEOUT_MS = 3000;

export interface LoadedPolicy {
  policy: Policy;
  /** Where it came from: the org file (fresh or cached) or the built-in default. */
  source: 'org' | 'default';
  /** Shown in the x-phi-guard header: "default" or the org file's name/version. */
  version: string;
}

function describe(policy: Policy, source: 'org' | 'default'): LoadedPolicy {
  return { policy, source, version: source === 'default' ? 'default' : (policy.name ?? 'org').replace(/[^\w.-]+/g, '-').slice(0, 40) };
}

/** The built-in default policy, as the send path reports it. */
export function defaultLoadedPolicy(): LoadedPolicy {
  return describe(defaultPolicy(), 'default');
}

/**
 * The policy for the send path: the cached org policy if there is a valid
 * one, otherwise the built-in default. Never touches the network.
 */
export async function cachedPolicy(env: HostEnv): Promise<LoadedPolicy> {
  if (!env.storage) return describe(defaultPolicy(), 'default');
  try {
    const text = await env.storage.getItem(POLICY_CACHE_KEY);
    if (text) {
      const parsed = parsePolicyJson(text);
      if (parsed.ok) return describe(parsed.policy, 'org');
    }
  } catch {
    // storage unavailable: fall through to the default
  }
  return describe(defaultPolicy(), 'default');
}

export type RefreshOutcome = 'updated' | 'unchanged' | 'absent' | 'invalid' | 'unreachable' | 'no-storage';

/**
 * Fetches policy.json from the add-in's own origin with a short timeout and
 * caches it when valid. A missing file (404) means "use the default": the
 * cache is cleared so an administrator can roll back by deleting the file.
 * An invalid file or an unreachable host keeps the previous good policy.
 */
export async function refreshPolicy(env: HostEnv): Promise<RefreshOutcome> {
  if (!env.fetch) return 'unreachable';
  if (!env.storage) return 'no-storage';
  const url = `${env.origin}/policy.json`;
  let status: number;
  let text = '';
  try {
    const response = await withTimeout(env, env.fetch(url), POLICY_FETCH_TIMEOUT_MS);
    status = response.status;
    if (response.ok) text = await withTimeout(env, response.text(), POLICY_FETCH_TIMEOUT_MS);
  } catch {
    return 'unreachable';
  }
  try {
    if (status === 404) {
      await env.storage.setItem(POLICY_CACHE_KEY, '');
      return 'absent';
    }
    if (status < 200 || status >= 300) return 'unreachable';
    if (!parsePolicyJson(text).ok) return 'invalid';
    const previous = await env.storage.getItem(POLICY_CACHE_KEY);
    if (previous === text) return 'unchanged';
    await env.storage.setItem(POLICY_CACHE_KEY, text);
    return 'updated';
  } catch {
    return 'no-storage';
  }
}

function withTimeout<T>(env: HostEnv, p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = env.setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        env.clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        env.clearTimeout(timer);
        reject(e);
      },
    );
  });
}
