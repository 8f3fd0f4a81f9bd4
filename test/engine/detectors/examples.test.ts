import { DETECTORS, FieldKind, analyzeField, defaultPolicy } from '../../../src/engine';
import { DEFAULT_OPTIONS } from '../../support/detectors';

/**
 * Every detector's meta.example (shown in the settings pane, the CLI and the
 * docs) is reported by that detector: one generic test, as gitleaks checks
 * each rule's own samples.
 */
function fieldOf(example: string): { value: string; kind: FieldKind } {
  // "Name <address>": a recipient's display name.
  const m = /^(.*) <[^>]+>$/.exec(example);
  if (m) return { value: m[1], kind: 'displayName' };
  return { value: example, kind: /\.[a-z]{3,4}$/i.test(example) ? 'attachment' : 'subject' };
}

test.each(DETECTORS.map((d) => [d.meta.id, d] as const))('%s reports its own example', (id, d) => {
  const { value, kind } = fieldOf(d.meta.example);
  const { signals } = analyzeField(value, kind, { ...DEFAULT_OPTIONS, personalDomains: defaultPolicy().org.personalDomains });
  expect(signals.filter((s) => s.detectorId === id).length).toBeGreaterThan(0);
});
