/**
 * PHI Guard rule engine. Pure TypeScript: no Office.js, DOM or Node built-ins,
 * so it runs in Outlook's JavaScript-only runtime, the panes and Node alike.
 */
export * from './types';
export { scanMessage, analyzeField } from './scan';
export { DETECTORS, DETECTORS_BY_ID } from './detectors';
export type { Detector, DetectorMeta, Signal, FieldContext, FieldKind } from './detectors';
export { MASS_DISCLOSURE_META } from './detectors/mass-disclosure';
export * from './policy';
export { COMBINATION_ID, explain, ruleWords, placeholderFor, FIELD_NAMES } from './messages';
export { prepareText } from './text/normalize';
export { tokenize } from './text/tokenize';
export { toOriginal } from './text/mapped-text';
