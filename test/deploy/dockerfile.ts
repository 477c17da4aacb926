import { readFileSync } from 'node:fs';
import { ROOT } from './compose-config';

/** The Dockerfile's HEALTHCHECK command, exec form, as the image would run it. */
export function dockerfileHealthcheck(): string[] {
  const text = readFileSync(`${ROOT}/Dockerfile`, 'utf8').replace(/\\\n/g, ' ');
  const command = /^HEALTHCHECK .*?\bCMD (\[.*\])$/m.exec(text)?.[1];
  if (command === undefined) throw new Error('the Dockerfile has no exec-form HEALTHCHECK');
  return JSON.parse(command) as string[];
}
