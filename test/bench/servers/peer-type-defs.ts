/**
 * Type definitions for `@neo4j/graphql` over the same labels, properties and relationships the
 * project's model writes, so its generated schema answers from the same database. Dates are
 * stored as ISO strings, so they are Strings here too. Co-signatories need an aggregation the
 * generated schema has no field for: the peer's own answer to that is a `@cypher` field.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type State
    @node
    @fulltext(
      indexes: [
        { indexName: "entity_names_fulltext", queryName: "statesFulltext", fields: ["name"] }
      ]
    ) {
    code: ID!
    name: String!
    region: String
    subregion: String
    signed: [Declaration!]! @relationship(type: "SIGNED", direction: OUT)
    partyTo: [Instrument!]!
      @relationship(type: "PARTY_TO", direction: OUT, properties: "Participation")
    coSignatories: [CoSignatory!]!
      @cypher(
        statement: """
        MATCH (this)-[:SIGNED]->(d:Declaration)<-[:SIGNED]-(o:State)
        WHERE o <> this
        WITH o, count(DISTINCT d) AS shared
        ORDER BY shared DESC, o.name
        LIMIT 10
        RETURN { code: o.code, name: o.name, sharedCount: shared } AS result
        """
        columnName: "result"
      )
  }

  type CoSignatory {
    code: ID!
    name: String!
    sharedCount: Int!
  }

  type Declaration
    @node
    @fulltext(
      indexes: [
        {
          indexName: "entity_names_fulltext"
          queryName: "declarationsFulltext"
          fields: ["title", "summary"]
        }
      ]
    ) {
    id: ID!
    title: String!
    adoptedOn: String
    occasion: String
    summary: String
    signatories: [State!]! @relationship(type: "SIGNED", direction: IN)
  }

  type Instrument
    @node
    @fulltext(
      indexes: [
        {
          indexName: "entity_names_fulltext"
          queryName: "instrumentsFulltext"
          fields: ["name", "shortName"]
        }
      ]
    ) {
    id: ID!
    name: String!
    shortName: String
    kind: String!
    adoptedOn: String
    parties: [State!]! @relationship(type: "PARTY_TO", direction: IN, properties: "Participation")
  }

  type Participation @relationshipProperties {
    signedOn: String
    consentOn: String
    consentType: String
    withdrawnOn: String
  }
`;
