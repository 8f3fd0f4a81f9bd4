import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

/** Below this width the pane is one column and tables stack (an Outlook task pane is 320 px wide). */
export const NARROW_QUERY = '(max-width: 759px)';

/** Whether the pane is narrow now; follows resizes (a task pane's width changes as the user drags it). */
export function useNarrow(): boolean {
  const subscribe = React.useCallback((onChange: () => void) => {
    const mq = window.matchMedia(NARROW_QUERY);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return React.useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches);
}

export const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(280px, 2fr)', gap: '20px', padding: '16px 20px 40px', alignItems: 'start' },
  column: { display: 'flex', flexDirection: 'column', gap: '16px', padding: '12px', minWidth: 0 },
  section: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 14px', display: 'flex', flexDirection: 'column', gap: '10px', minWidth: 0 },
  h1: { margin: 0, fontSize: tokens.fontSizeBase600, color: tokens.colorBrandForeground1 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'end' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { padding: '4px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', textAlign: 'left' },
  stacked: { display: 'flex', flexDirection: 'column', gap: '6px', paddingBottom: '10px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  hint: { color: tokens.colorNeutralForeground2 },
  sticky: { position: 'sticky', top: '12px', display: 'flex', flexDirection: 'column', gap: '16px', minWidth: 0 },
  mark: { background: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '20px', overflowWrap: 'anywhere' },
  links: { display: 'flex', flexWrap: 'wrap', gap: '12px' },
});
