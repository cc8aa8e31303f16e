import { Component, type ErrorInfo, type ReactNode } from 'react';
import { retryFailedDownloads } from '../ui/lazyWithPreload';
import type { Pane } from '../ui/panes';

interface Props {
  pane: Pane;
  children: ReactNode;
}
interface State {
  error?: Error;
}

/** Catches a view's crash so the other panes keep working, and offers to try again. */
export class PaneBoundary extends Component<Props, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`The ${this.props.pane.label} pane failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="pane pane--failed" id={this.props.pane.id} aria-label={this.props.pane.label}>
        <div role="alert" className="alert">
          <p>
            <strong>The {this.props.pane.label.toLowerCase()} view stopped working.</strong>{' '}
            <bdi>{this.state.error.message}</bdi>
          </p>
          <button
            type="button"
            onClick={() => {
              retryFailedDownloads();
              this.setState({ error: undefined });
            }}
          >
            Try again
          </button>
        </div>
      </section>
    );
  }
}
