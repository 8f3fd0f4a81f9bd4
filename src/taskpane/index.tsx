import { createRoot } from 'react-dom/client';
import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { connectPane } from '../office/pane-host';
import { App } from './App';

const THEMES = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

void connectPane().then((host) => {
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={THEMES[host.theme]} style={{ minHeight: '100vh' }}>
      <App host={host} />
    </FluentProvider>,
  );
});
