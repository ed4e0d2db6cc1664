import { Component, type ErrorInfo, type ReactNode } from 'react';

declare global {
  interface Window {
    /** Test hook: the parts named here throw while rendering, so a test can see one part fail and the rest work. */
    __DASHBOARD_FAULTS__?: readonly string[];
  }
}

/** Throws when a test has asked this part to fail (window.__DASHBOARD_FAULTS__); renders nothing otherwise. */
function FaultProbe({ part }: { part: string }) {
  if (typeof window !== 'undefined' && window.__DASHBOARD_FAULTS__?.includes(part)) {
    throw new Error(`a fault injected for a test into “${part}”`);
  }
  return null;
}

interface ErrorBoundaryProps {
  /** What the part is, in words, for the message: "The China exposure view", "The filters". */
  label: string;
  /** The part's name for the test hook (window.__DASHBOARD_FAULTS__). */
  part: string;
  /** A class for the message, so it keeps the part's place in the layout. */
  className?: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * One part of the page that fails while drawing says so in words, offers "Try again", and leaves every other part
 * working. React needs a class for this.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the page says it in words.
    console.error(`${this.props.label} failed:`, error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (error) {
      const reason = error.message.trim().replace(/\.+$/, '') || 'no reason was given';
      return (
        <div className={`panel part-error ${this.props.className ?? ''}`.trim()} role="alert">
          <p>
            <strong>{this.props.label} could not be shown</strong>: {reason}.
          </p>
          <p>The rest of the page still works.</p>
          <button type="button" className="outline-button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return (
      <>
        <FaultProbe part={this.props.part} />
        {this.props.children}
      </>
    );
  }
}
