import { open, readFile } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

/** Last `maxLines` lines written to `path` after byte `fromOffset`, for error messages. */
export async function readLogTail(options: {
  path: string;
  fromOffset?: number;
  maxLines?: number;
}): Promise<string> {
  let text: string;
  try {
    text = (await readFile(options.path)).subarray(options.fromOffset ?? 0).toString('utf8');
  } catch {
    return '(no log written)';
  }
  const lines = text.trimEnd().split('\n');
  return lines.slice(-(options.maxLines ?? 40)).join('\n');
}

export interface FileFollower {
  /** Reads what is left, then stops polling. */
  stop(): Promise<void>;
}

/**
 * Polls a file the JVM writes to directly and hands each new complete line to `onLine`.
 * The JVM gets a file descriptor rather than a pipe so that its output never depends on this
 * Node process staying alive.
 */
export function followFile(options: {
  path: string;
  fromOffset: number;
  onLine: (line: string) => void;
  intervalMs?: number;
}): FileFollower {
  let offset = options.fromOffset;
  let pending = '';
  // Keeps a multi-byte character split across two reads intact.
  const decoder = new StringDecoder('utf8');
  let reading: Promise<void> = Promise.resolve();

  const readNew = async (): Promise<void> => {
    const handle = await open(options.path, 'r').catch(() => undefined);
    if (!handle) return;
    try {
      const buffer = Buffer.alloc(64 * 1024);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
        pending += decoder.write(buffer.subarray(0, bytesRead));
      }
    } finally {
      await handle.close();
    }
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine(line);
  };

  const timer = setInterval(() => {
    reading = reading.then(readNew).catch(() => undefined);
  }, options.intervalMs ?? 250);
  timer.unref();

  return {
    async stop() {
      clearInterval(timer);
      await reading;
      await readNew().catch(() => undefined);
      if (pending !== '') options.onLine(pending);
      pending = '';
    },
  };
}
