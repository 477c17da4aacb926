import { Component, type ErrorInfo, type ReactNode } from 'react';
import StatusMessage from './StatusMessage';

type Props = { children: ReactNode };
type State = { error: Error | null };

/** Shows a crash as a notice with a way back, instead of a blank page. */
export default class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('treatygraph: the view crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <main className="app__message">
        <StatusMessage
          kind="error"
          error={this.state.error}
          onRetry={() => this.setState({ error: null })}
        />
      </main>
    );
  }
}
