import { useRef, useState } from 'react';

/** A command in a `<pre>`, with a button that copies it (or, where the browser does not allow that, selects it). */
export function CopyableCommand({ command, buttonLabel = 'Copy command' }: { command: string; buttonLabel?: string }) {
  const preRef = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'selected'>('idle');

  const selectCommand = () => {
    const pre = preRef.current;
    const selection = window.getSelection();
    if (!pre || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(pre);
    selection.removeAllRanges();
    selection.addRange(range);
    setCopied('selected');
  };

  const copy = () => {
    if (!navigator.clipboard) {
      selectCommand();
      return;
    }
    navigator.clipboard.writeText(command).then(() => setCopied('copied'), selectCommand);
  };

  return (
    <div className="command">
      <pre ref={preRef} className="command-text">
        {command}
      </pre>
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" onClick={copy}>
          {buttonLabel}
        </button>
        <span role="status" className="muted">
          {copied === 'copied'
            ? 'Copied to the clipboard.'
            : copied === 'selected'
              ? 'Selected: press Ctrl+C (⌘C on a Mac) to copy.'
              : ''}
        </span>
      </div>
    </div>
  );
}
