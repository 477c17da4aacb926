import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ImportError } from '../errors';

/**
 * Reads and validates one bundled table in import/reference. A failure is the project's bug,
 * not the user's, so it names the table and every bad field at once.
 */
export function loadReference<TSchema extends z.ZodType>(
  name: string,
  schema: TSchema,
): z.infer<TSchema> {
  const path = fileURLToPath(new URL(`../../reference/${name}`, import.meta.url));
  const result = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (result.success) return result.data;
  throw new ImportError({
    code: 'INVALID_REFERENCE_DATA',
    message: `import/reference/${name} is malformed`,
    details: result.error.issues.map((issue) => ({
      code: 'SCHEMA' as const,
      message: issue.message,
      file: `import/reference/${name}`,
      field: issue.path.join('.'),
    })),
  });
}
