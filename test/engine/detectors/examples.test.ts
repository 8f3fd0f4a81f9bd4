import { DETECTORS, FieldKind, analyzeField, defaultPolicy } from '../../../src/engine';
import { DEFAULT_OPTIONS } from '../../support/detectors';
import { DETECTOR_DOCS } from '../../../src/engine/detectors/detector-docs';
import { MASS_DISCLOSURE_META } from '../../../src/engine/detectors/mass-disclosure';

/**
 * Every detector's example (detector-docs.ts; shown in the settings pane, the CLI and the
 * docs) is reported by that detector: one generic test, as gitleaks checks
 * each rule's own samples.
 */
function fieldOf(example: string): { value: string; kind: FieldKind } {
  // "Name <address>": a recipient's display name.
  const m = /^(.*) <[^>]+>$/.exec(example);
  if (m) return { value: m[1], kind: 'displayName' };
  return { value: example, kind: /\.[a-z]{3,4}$/i.test(example) ? 'attachment' : 'subject' };
}

test.each(DETECTORS.map((d) => d.meta.id))('%s reports its own example', (id) => {
  const { value, kind } = fieldOf(DETECTOR_DOCS[id].example);
  const { signals } = analyzeField(value, kind, { ...DEFAULT_OPTIONS, personalDomains: defaultPolicy().org.personalDomains });
  expect(signals.filter((s) => s.detectorId === id).length).toBeGreaterThan(0);
});

test('every detector and the mass-disclosure rule have a description and an example, and nothing else has', () => {
  const ids = [...DETECTORS.map((d) => d.meta.id), MASS_DISCLOSURE_META.id].sort();
  expect(Object.keys(DETECTOR_DOCS).sort()).toEqual(ids);
  for (const id of ids) expect(DETECTOR_DOCS[id].description.length).toBeGreaterThan(10);
});
