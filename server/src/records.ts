/**
 * Shapes of the rows the cypher layer returns: node properties exactly as stored (the importer
 * validated them against @treatygraph/schema), optional ones absent rather than null.
 */
export type StateRecord = {
  code: string;
  name: string;
  officialName?: string;
  aliases?: string[];
  region?: string;
  subregion?: string;
  unMember?: string;
  latitude?: number;
  longitude?: number;
};

export type DeclarationRecord = {
  id: string;
  title: string;
  adoptedOn?: string;
  occasion?: string;
  venue?: string;
  summary?: string;
  partialSignatories?: string;
};

export type InstrumentRecord = {
  id: string;
  name: string;
  shortName?: string;
  aliases?: string[];
  kind: string;
  adoptedOn?: string;
  entryIntoForceOn?: string;
  untcReference?: string;
  symbol?: string;
  /** `scheme:value` strings. */
  identifiers?: string[];
};

export type OrganizationRecord = { id: string; name: string; acronym?: string; aliases?: string[] };

export type GroupRecord = { id: string; name: string; aliases?: string[] };

export type SourceRecord = {
  id: string;
  url?: string;
  title?: string;
  publisher?: string;
  publishedOn?: string;
  retrievedOn?: string;
  licence?: string;
  citation?: string;
  precedence?: number;
};

export type RollCallRecord = {
  id: string;
  date: string;
  session?: number;
  symbol?: string;
  title?: string;
  description?: string;
  issues?: string[];
  amendment?: boolean;
  paragraph?: boolean;
  important?: boolean;
};

/** Properties of a relationship as stored, provenance included. */
export type RelationshipRecord = Record<string, unknown>;

/** One node reached from a key over a relationship, with that relationship's properties. */
export type RelatedRow<TNode> = { key: string; node: TNode; rel: RelationshipRecord };
