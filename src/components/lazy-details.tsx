import { useState, type ReactNode } from 'react';

/**
 * A <details> whose contents are drawn only while it is open: a closed table of thousands of rows costs nothing
 * on every filter change.
 */
export function LazyDetails({ className, summary, children }: { className?: string; summary: ReactNode; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
