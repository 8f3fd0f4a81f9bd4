import * as v from 'valibot';
import { DETECTORS_BY_ID } from '../detectors';
import { defaultPolicy } from './defaults';
import { POLICY_SCHEMA_VERSION, Policy, PolicyError, PolicySchema } from './schema';
import { compileOrgPattern } from './safe-pattern';

export type ParseResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Objects merge key by key; arrays and scalars in the file replace the default. */
function mergeOver(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const k of Object.keys(patch)) out[k] = k in base ? mergeOver(base[k], patch[k]) : patch[k];
  return out;
}

/**
 * Validates a policy file's content (parsed JSON). Options the file leaves out
 * come from the default policy; everything it says is checked, and nothing is
 * half-applied: either the whole policy is valid or the errors say why not.
 */
export function parsePolicy(input: unknown): ParseResult {
  if (!isPlainObject(input)) return { ok: false, errors: [{ path: '', message: 'a policy must be a JSON object' }] };
  const version = input.schemaVersion;
  if (version === undefined) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: `missing; this version of PHI Guard reads schemaVersion ${POLICY_SCHEMA_VERSION}` }] };
  }
  if (typeof version === 'number' && version > POLICY_SCHEMA_VERSION) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: `${version} is newer than this PHI Guard understands (${POLICY_SCHEMA_VERSION}); update the add-in` }] };
  }
  const merged = mergeOver(defaultPolicy(), input);
  const result = v.safeParse(PolicySchema, merged);
  const errors: PolicyError[] = [];
  if (!result.success) {
    for (const issue of result.issues) errors.push({ path: v.getDotPath(issue) ?? '', message: issue.message });
    return { ok: false, errors };
  }
  const policy = result.output;
  for (const id of Object.keys(policy.rules)) {
    const d = DETECTORS_BY_ID.get(id);
    if (!d) errors.push({ path: `rules.${id}`, message: `unknown rule; known rules: ${[...DETECTORS_BY_ID.values()].filter((x) => x.meta.role === 'identifier').map((x) => x.meta.id).join(', ')}` });
    else if (d.meta.role !== 'identifier') errors.push({ path: `rules.${id}`, message: 'this detector is context only; set combinations.identityWithHealth instead' });
  }
  policy.org.mrnFormats.forEach((f, i) => {
    const re = compileOrgPattern(f.pattern);
    (f.examples ?? []).forEach((ex, k) => {
      re.lastIndex = 0;
      if (!re.test(ex)) errors.push({ path: `org.mrnFormats.${i}.examples.${k}`, message: 'this example does not match the pattern' });
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, policy };
}

/** Parses JSON text; syntax errors are reported like schema errors. */
export function parsePolicyJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return parsePolicy(data);
}
