/** A link with thousands of bad parameters still gets a short notice. */
const MAX_NOTICES = 5;

/** Says which parts of a shared link were dropped, so a typo never passes silently. */
export function UrlNotices({ notices, onDismiss }: { notices: readonly string[]; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  const hidden = notices.length - MAX_NOTICES;
  return (
    <div className="notice" role="status">
      <p className="notice__title">Part of this link could not be read; the rest of it applies:</p>
      <ul>
        {notices.slice(0, MAX_NOTICES).map((notice, index) => (
          // Isolated, so text from the link cannot run the sentence backwards.
          <li key={index}>
            <bdi>{notice}</bdi>
          </li>
        ))}
        {hidden > 0 && <li>and {hidden} more {hidden === 1 ? 'part' : 'parts'} of the link, also ignored.</li>}
      </ul>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
