import type { FieldContext } from '../detectors/detector';
import { foldChars } from '../text/language-keywords';

/**
 * The field's normalized text folded one character for one (marks removed, lower case: see
 * text/language-keywords.ts), where the patients' languages' keywords are looked for. Computed once
 * per field; offsets are those of `ctx.text.normalized`.
 */
export function charFoldedOf(ctx: FieldContext): string {
  if (ctx.memo.charFolded === undefined) ctx.memo.charFolded = foldChars(ctx.text.normalized.text);
  return ctx.memo.charFolded;
}
