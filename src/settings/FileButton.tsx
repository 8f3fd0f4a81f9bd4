import * as React from 'react';
import { Button } from '@fluentui/react-components';

/** A button that opens the file picker for one kind of file and hands the chosen file on (once per choice). */
export function FileButton(props: { label: string; accept: string; ariaLabel: string; testId: string; onFile: (file: File) => void }): React.ReactElement {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>{props.label}</Button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        hidden
        aria-label={props.ariaLabel}
        data-testid={props.testId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) props.onFile(file);
          // The same file chosen again is a new choice.
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}
