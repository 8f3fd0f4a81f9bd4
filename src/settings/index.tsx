import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SettingsApp } from './SettingsApp';

// Works standalone in a browser (admins prepare policies outside Outlook) and as
// a pane from the ribbon; it needs nothing from Office, so it does not wait for it.
const el = document.getElementById('root');
if (el) {
  createRoot(el).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <SettingsApp />
    </FluentProvider>,
  );
}
