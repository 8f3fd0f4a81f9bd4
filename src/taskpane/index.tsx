import { createRoot } from 'react-dom/client';
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { connectPane } from '../office/pane-host';
import { App } from './App';

const THEMES = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

void connectPane().then((host) => {
  const el = document.getElementById('root');
  if (!el) return;
  const root = createRoot(el);
  root.render(
    <FluentProvider theme={THEMES[host.theme]} style={{ minHeight: '100vh' }}>
      <App host={host} />
    </FluentProvider>,
  );
  // The pane is closing (or its frame is replaced): unmount, so its item event handlers are removed.
  window.addEventListener('pagehide', () => root.unmount(), { once: true });
});
