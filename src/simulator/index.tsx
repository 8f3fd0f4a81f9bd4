import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SimPolicy, Simulator } from './Simulator';

/** Entry of the compose simulator page (bundled by scripts/serve.js --demo). */
async function policyInfo(): Promise<SimPolicy> {
  try {
    const r = await fetch('/__sim/info.json', { cache: 'no-store' });
    const info = (await r.json()) as Partial<SimPolicy>;
    return { policy: info.policy ?? null, name: info.name ?? null };
  } catch {
    return { policy: null, name: null };
  }
}

void policyInfo().then((info) => {
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <Simulator policy={info} />
    </FluentProvider>,
  );
});
