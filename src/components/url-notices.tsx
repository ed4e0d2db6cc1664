import { useState } from 'react';

/** Says which parts of a shared link were dropped, so a typo never passes silently. */
export function UrlNotices({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (notices.length === 0 || dismissed) return null;
  return (
    <div className="notice" role="status">
      <p className="notice__title">Part of this link could not be read; the rest of it applies:</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
