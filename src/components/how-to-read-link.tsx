import { HOW_TO_READ_ID } from './section-ids';

/** A link to the method note ("How to read this"), for legends, claim cards and notes. */
export function HowToReadLink({ children = 'How to read this' }: { children?: string }) {
  return (
    <a className="how-to-read-link" href={`#${HOW_TO_READ_ID}`}>
      {children}
    </a>
  );
}
