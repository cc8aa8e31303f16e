import { Component, type ErrorInfo, type ReactNode } from 'react';
import { retryFailedDownloads } from '../ui/lazyWithPreload';

interface Props {
  name: string;
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
    console.warn(`The ${this.props.name} pane failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="pane pane--failed" aria-label={this.props.name}>
        <div role="alert" className="alert">
          <p>
            <strong>The {this.props.name.toLowerCase()} view stopped working.</strong> <bdi>{this.state.error.message}</bdi>
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
