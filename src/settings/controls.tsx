import * as React from 'react';
import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import type { FieldGroup, Level } from '../engine';
import { lines } from './lines';

export const GROUPS: readonly FieldGroup[] = ['subject', 'recipients', 'attachments'];
/** Column heads, and the words that finish a control's accessible name ("Medical record number, in the subject"). */
export const GROUP_TITLES: Record<FieldGroup, string> = { subject: 'Subject', recipients: 'Recipients', attachments: 'Attachment names' };
export const GROUP_WORDS: Record<FieldGroup, string> = { subject: 'in the subject', recipients: 'in recipients', attachments: 'in attachment names' };

export function LevelSelect(props: { label: string; value: Level; onChange: (v: Level) => void }): React.ReactElement {
  return (
    <Select aria-label={props.label} value={props.value} onChange={(_, d) => props.onChange(d.value as Level)}>
      <option value="off">Off</option>
      <option value="warn">Warn</option>
      <option value="block">Block</option>
    </Select>
  );
}

/** Lists longer than this show a "Show all" button; the full list then shows without scrolling inside the box. */
const FOLDED_ROWS = 6;

/** A list edited one entry per line; what is typed is kept (blank lines while typing), the policy gets the cleaned list. */
export function ListField(props: { label: string; value: string[]; error?: string; onChange: (v: string[]) => void; hint?: string }): React.ReactElement {
  const { value } = props;
  const [text, setText] = React.useState(value.join('\n'));
  const [open, setOpen] = React.useState(false);
  // An outside change (import, reset, discard) replaces the text; typing that cleans to the same list keeps it.
  const cleaned = lines(value.join('\n')).join('\n');
  if (lines(text).join('\n') !== cleaned) setText(cleaned);
  const count = text.split('\n').length;
  const folded = count > FOLDED_ROWS && !open;
  const rows = folded ? FOLDED_ROWS : Math.max(3, count + 1);
  return (
    <div>
      <Field label={props.label} hint={`${props.hint ? `${props.hint} ` : ''}One per line; ${value.length} now.`} validationMessage={props.error}>
        <Textarea
          value={text}
          rows={rows}
          // Fluent caps a textarea's height; shown in full, the whole list is on the page.
          textarea={{ style: { maxHeight: folded ? undefined : 'none' } }}
          resize="vertical"
          onChange={(_, d) => {
            setText(d.value);
            props.onChange(lines(d.value));
          }}
        />
      </Field>
      {count > FOLDED_ROWS && (
        <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show fewer lines' : `Show all ${value.length} lines of ${props.label.replace(/ \(.*$/, '').toLowerCase()}`}
        </Button>
      )}
    </div>
  );
}
