/**
 * The graph's data version: a node every import rewrites inside its own write transaction,
 * so any number of API processes key their caches by it and see an import once it commits.
 * A fresh random token rather than a counter: a restored dump brings back the token its data
 * was served under.
 */
export const markDataChangedCypher =
  "MERGE (v:DataVersion {id: 'graph'}) SET v.version = randomUUID(), v.changedAt = datetime()";

/**
 * The version as one string ('' before any import). Every DataVersion node counts, in case
 * two first imports raced to create one: any write still changes the result.
 */
export const dataVersionCypher =
  'MATCH (v:DataVersion) WITH v.version AS version ORDER BY version ' +
  "RETURN reduce(all = '', part IN collect(version) | all + part) AS version";
