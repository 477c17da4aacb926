/**
 * The graph's data version: a node every import rewrites inside its own write transaction,
 * so any number of API processes key their caches by it and see an import once it commits.
 * A fresh random token rather than a counter: a restored dump brings back the token its data
 * was served under.
 */
export const markDataChangedCypher =
  "MERGE (v:DataVersion {id: 'graph'}) SET v.version = randomUUID(), v.changedAt = toString(datetime())";

/** The version as one row `{ version }` ('' before any import). */
export const dataVersionCypher =
  "OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN coalesce(v.version, '') AS version";

/** One version node even when two first imports run at once: MERGE locks on the constraint. */
export const dataVersionConstraint = {
  name: 'data_version_id_unique',
  cypher:
    'CREATE CONSTRAINT data_version_id_unique IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE',
};
