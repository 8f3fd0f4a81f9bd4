#!/usr/bin/env node
/**
 * Copies the screenshots the browser tests take (test-artifacts/) into
 * docs/images/, for docs/what-users-see.md. Run after `npm test`.
 */
const { copyFileSync, existsSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const FROM = join(__dirname, '..', 'test-artifacts');
const TO = join(__dirname, '..', 'docs', 'images');
const SHOTS = [
  'simulator-blocked.png',
  'simulator-sent.png',
  'taskpane-findings.png',
  'taskpane-all-clear.png',
  'taskpane-dark.png',
  'settings.png',
  // Issue 17: the pane with three problem fields and the grouped Send dialog, at normal width and at 320 px
  // (test/browser/taskpane.test.ts and test/browser/simulator.test.ts take them).
  'taskpane-three-fields.png',
  'taskpane-three-fields-320.png',
  'simulator-dialog-grouped.png',
  'simulator-dialog-grouped-320.png',
  // The settings rules table and the test bench with an allow entry at work, at normal width and at
  // 320 px (an Outlook task pane): test/browser/settings-admin.test.ts.
  'settings-rules.png',
  'settings-rules-320.png',
  'settings-bench-allow.png',
  'settings-bench-allow-320.png',
];

mkdirSync(TO, { recursive: true });
const missing = SHOTS.filter((f) => !existsSync(join(FROM, f)));
if (missing.length) {
  console.error(`missing in test-artifacts/: ${missing.join(', ')}. Run npm test (with Debian's chromium) first.`);
  process.exit(1);
}
for (const f of SHOTS) copyFileSync(join(FROM, f), join(TO, f));
console.log(`copied ${SHOTS.length} screenshots to docs/images/`);
