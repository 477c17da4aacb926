import { z } from 'zod';

/** ISO calendar date, the one date format of the model and the API. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a real calendar date',
  );

export type PropertyFlags = {
  /** Must be present in every import row. */
  required?: boolean;
  /** Backed by a uniqueness constraint (the node key). */
  unique?: boolean;
  /** Backed by a range index, for filters and sorting. */
  indexed?: boolean;
  /** Part of the shared full-text index over names, aliases and titles. */
  fulltext?: boolean;
};

export type PropertySpec<T extends z.ZodType = z.ZodType> = PropertyFlags & {
  description: string;
  type: T;
};

function spec<T extends z.ZodType>(type: T) {
  return (description: string, flags: PropertyFlags = {}): PropertySpec<T> => ({
    ...flags,
    description,
    type,
  });
}

/** Property constructors: each pairs a zod type with a description and storage flags. */
export const prop = {
  string: spec(z.string().trim().min(1)),
  text: spec(z.string().trim().min(1).max(20_000)),
  url: spec(z.url()),
  date: spec(isoDate),
  int: spec(z.number().int()),
  number: spec(z.number().finite()),
  boolean: spec(z.boolean()),
  strings: spec(z.array(z.string().trim().min(1))),
  enumOf: <const TValues extends readonly [string, ...string[]]>(values: TValues) =>
    spec(z.enum(values)),
  pattern: (re: RegExp, hint: string) => spec(z.string().regex(re, hint)),
};
