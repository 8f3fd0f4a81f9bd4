import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Simulator } from './Simulator';

/** Entry of the compose simulator page (bundled by scripts/serve.js --demo). */
async function policyName(): Promise<string | null> {
  try {
    const r = await fetch('/__sim/info.json', { cache: 'no-store' });
    return ((await r.json()) as { policy: string | null }).policy;
  } catch {
    return null;
  }
}

void policyName().then((name) => {
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <Simulator policyName={name} />
    </FluentProvider>,
  );
});
