import { isoDate, relationshipKinds } from '@treatygraph/schema';
import type { RelationshipType } from '@treatygraph/schema';
import { z } from 'zod';
import { AppError } from './errors';
import type { GraphViewOptions } from './loaders/graph-view';

export const DEFAULT_DEPTH = 1;
export const MAX_DEPTH = 3;
export const DEFAULT_NODE_LIMIT = 300;
export const MAX_NODE_LIMIT = 2_000;
export const MAX_FOCUS = 100;

const relationshipTypes = Object.keys(relationshipKinds) as [
  RelationshipType,
  ...RelationshipType[],
];

/**
 * Every relationship but REPORTED_IN and COVERS (sources are the evidence behind a view, not
 * part of it) and VOTED (a state has thousands of votes: the Votes view and its fields show them).
 */
export const DEFAULT_VIEW_KINDS = relationshipTypes.filter(
  (type) => type !== 'REPORTED_IN' && type !== 'COVERS' && type !== 'VOTED',
);

const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).nullish();

const inputSchema = z.strictObject({
  focus: list(z.string().trim().min(1).max(200), MAX_FOCUS),
  kinds: list(z.enum(relationshipTypes), relationshipTypes.length),
  depth: z.number().int().min(0).max(MAX_DEPTH).nullish(),
  from: isoDate.nullish(),
  to: isoDate.nullish(),
  regions: list(z.string().trim().min(1).max(100), 30),
  nodeLimit: z.number().int().min(1).max(MAX_NODE_LIMIT).nullish(),
});

/** A view request as clients send it (GraphQL's GraphViewInput, or the export URL's JSON). */
export type GraphViewInput = z.input<typeof inputSchema>;

/**
 * Validates a view request and applies defaults: depth 1, 300 nodes, every relationship but
 * REPORTED_IN. Throws BAD_USER_INPUT listing every problem, one `field: message` each.
 * @example parseGraphViewInput({ focus: ['LAO'], depth: 2 })
 */
export function parseGraphViewInput(value: unknown): GraphViewOptions {
  const parsed = inputSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'view'}: ${issue.message}`,
    );
    throw new AppError('BAD_USER_INPUT', `Invalid graph view: ${issues.join('; ')}`, {
      details: { issues },
    });
  }
  const input = parsed.data;
  if (input.from && input.to && input.from > input.to) {
    throw new AppError('BAD_USER_INPUT', 'Invalid graph view: from: must not be after to', {
      details: { issues: ['from: must not be after to'] },
    });
  }
  return {
    focus: [...new Set(input.focus ?? [])],
    kinds: input.kinds?.length ? [...new Set(input.kinds)] : DEFAULT_VIEW_KINDS,
    depth: input.depth ?? DEFAULT_DEPTH,
    from: input.from ?? null,
    to: input.to ?? null,
    regions: input.regions?.length ? input.regions.map((r) => r.toLowerCase()) : null,
    nodeLimit: input.nodeLimit ?? DEFAULT_NODE_LIMIT,
  };
}
