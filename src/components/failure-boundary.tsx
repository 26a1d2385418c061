// Keeps a part of a page that failed to load or render inside its own place, showing `fallback` there, so the rest of
// the page stays (React catches render errors only in a class).
import { Component, type ReactNode } from 'react';

type FailureBoundaryProps = { fallback: () => ReactNode; children: ReactNode };

export class FailureBoundary extends Component<FailureBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback() : this.props.children;
  }
}
