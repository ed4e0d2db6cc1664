import type { ReactNode } from 'react';

/** A wide table's box: it scrolls sideways on a phone, so it can take the focus and is named for the keyboard. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="data-table__scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
