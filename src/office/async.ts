import type { Callback, HostEnv } from './host';

/** Each Office call gets this long before it counts as failed. */
export const OFFICE_CALL_TIMEOUT_MS = 2000;

/** A result instead of an exception: every Office failure becomes data the caller must look at. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Calls an Office `*Async` API and resolves exactly once: with its value, with
 * its failure, with the exception it threw, or with "timeout" when it never
 * calls back (which happens: the handler must still finish).
 */
export function callAsync<T>(env: Pick<HostEnv, 'setTimeout' | 'clearTimeout'>, what: string, invoke: (cb: Callback<T>) => void, timeoutMs: number): Promise<Result<T>> {
  return new Promise<Result<T>>((resolve) => {
    let done = false;
    const finish = (r: Result<T>): void => {
      if (done) return;
      done = true;
      env.clearTimeout(timer);
      resolve(r);
    };
    const timer = env.setTimeout(() => finish({ ok: false, error: `${what}: no answer within ${timeoutMs} ms` }), timeoutMs);
    try {
      invoke((r) => {
        if (r && r.status === 'succeeded') finish({ ok: true, value: r.value });
        else finish({ ok: false, error: `${what}: ${(r && r.error && (r.error.message || r.error.name)) || 'failed'}` });
      });
    } catch (e) {
      finish({ ok: false, error: `${what}: ${(e as Error)?.message ?? 'threw'}` });
    }
  });
}
