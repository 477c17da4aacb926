import type { ReactNode } from 'react';
import { RequestError } from '../api/errors';

type Props =
  | { kind: 'loading'; text: string }
  | { kind: 'error'; error: Error; onRetry?: () => void }
  | { kind: 'empty'; text: string; children?: ReactNode };

/** Loading, error and empty notices, announced to screen readers. */
export default function StatusMessage(props: Props) {
  if (props.kind === 'loading') {
    return (
      <p className="status status--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {props.text}
      </p>
    );
  }
  if (props.kind === 'empty') {
    return (
      <div className="status status--empty" role="status">
        <p>{props.text}</p>
        {props.children}
      </div>
    );
  }
  return (
    <div className="status status--error" role="alert">
      <p className="status__title">{describe(props.error)}</p>
      <p className="status__detail">{props.error.message}</p>
      {props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

function describe(error: Error): string {
  if (!(error instanceof RequestError)) return 'Something went wrong.';
  switch (error.code) {
    case 'NETWORK':
      return 'The treatygraph server could not be reached.';
    case 'HTTP':
    case 'BAD_RESPONSE':
      return 'The server gave an answer the explorer cannot read.';
    case 'GRAPHQL':
      return 'The server could not answer the query.';
  }
}
