import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger';
import { toPublicError } from './public-error';

/**
 * Masks and logs execution errors where the request id is known (yoga's own maskError has no
 * context), so the log line and the client's error carry the same id. Runs before yoga's
 * masking, which then sees only public errors and leaves them alone.
 */
export function useErrorReporting(options: { logger: Logger; isDev: boolean }): Plugin {
  return {
    onExecute({ args }) {
      const requestId = (args.contextValue as { requestId?: string }).requestId;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const errors = result.errors.map((error) => {
            const mapped = toPublicError(error, { requestId, isDev: options.isDev });
            if (mapped.masked !== undefined) {
              options.logger.error(`request ${requestId ?? '?'}: unexpected error`, mapped.masked);
            }
            return mapped.error;
          });
          setResult({ ...(result as ExecutionResult), errors });
        },
      };
    },
  };
}
