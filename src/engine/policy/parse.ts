import * as v from 'valibot';
import { defaultPolicy } from './defaults';
import { POLICY_LIMITS, POLICY_SCHEMA_VERSION, PatternCheck, Policy, PolicyError, PolicySchema, policySchema } from './schema';
import { checkSafePattern, compileOrgPattern } from './safe-pattern';

export type ParseResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Objects merge key by key; arrays and scalars in the file replace the
 * default. Keys are copied as own properties, "__proto__" included (plain
 * assignment would set the prototype instead, and the key would vanish), so
 * the schema sees every key the file has and refuses the unknown ones.
 */
function mergeOver(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = {};
  const put = (k: string, value: unknown) => Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
  for (const k of Object.keys(base)) put(k, base[k]);
  for (const k of Object.keys(patch)) put(k, own(base, k) ? mergeOver(base[k], patch[k]) : patch[k]);
  return out;
}

/** The schema for a pattern check other than the on-send one (authoring.ts), built once. */
let checkedWith: { check: PatternCheck; schema: typeof PolicySchema } | undefined;
function schemaFor(check: PatternCheck): typeof PolicySchema {
  if (check === checkSafePattern) return PolicySchema;
  if (!checkedWith || checkedWith.check !== check) checkedWith = { check, schema: policySchema(check) };
  return checkedWith.schema;
}

/**
 * Validates a policy file's content (parsed JSON). Options the file leaves out
 * come from the default policy; everything it says is checked, and nothing is
 * half-applied: either the whole policy is valid or the errors say why not.
 */
export function parsePolicy(input: unknown, checkPattern: PatternCheck = checkSafePattern): ParseResult {
  if (!isPlainObject(input)) return { ok: false, errors: [{ path: '', message: 'a policy must be a JSON object' }] };
  const version = input.schemaVersion;
  if (version === undefined) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: `missing; this version of PHI Guard reads schemaVersion ${POLICY_SCHEMA_VERSION}` }] };
  }
  if (typeof version === 'number' && version > POLICY_SCHEMA_VERSION) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: `${version} is newer than this PHI Guard understands (${POLICY_SCHEMA_VERSION}); update the add-in` }] };
  }
  const merged = mergeOver(defaultPolicy(), input);
  const result = v.safeParse(schemaFor(checkPattern), merged);
  const errors: PolicyError[] = [];
  if (!result.success) {
    for (const issue of result.issues) errors.push({ path: v.getDotPath(issue) ?? '', message: issue.message });
    return { ok: false, errors };
  }
  // Unknown and context-only rules are refused by the schema (strict objects).
  const policy = result.output;
  policy.org.mrnFormats.forEach((f, i) => {
    const re = compileOrgPattern(f.pattern);
    (f.examples ?? []).forEach((ex, k) => {
      re.lastIndex = 0;
      if (!re.test(ex)) errors.push({ path: `org.mrnFormats.${i}.examples.${k}`, message: 'this example does not match the pattern' });
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, policy };
}

/**
 * Parses JSON text; syntax errors are reported like schema errors. The plain
 * "not valid JSON" serves the on-send handler, which only asks whether a file
 * is usable; the CLI and the settings pane pass `describeSyntaxError`
 * (json-position.ts: the line and column, never the text), which then stays
 * out of the handler bundle.
 */
export function parsePolicyJson(text: string, checkPattern: PatternCheck = checkSafePattern, syntaxError: (text: string) => string = () => 'not valid JSON'): ParseResult {
  if (text.length > POLICY_LIMITS.fileCharacters) {
    return { ok: false, errors: [{ path: '', message: `the file is larger than ${POLICY_LIMITS.fileCharacters} characters` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the error: never pass it on.
    return { ok: false, errors: [{ path: '', message: syntaxError(text) }] };
  }
  return parsePolicy(data, checkPattern);
}
