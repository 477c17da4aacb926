/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CorpusGraph($first: Int!, $after: String) {\n  declarations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        adoptedOn\n        signatoryCount\n        signatories {\n          code\n          name\n          region\n          subregion\n        }\n        references {\n          ...GraphInstrument\n          supplements {\n            ...GraphInstrument\n          }\n        }\n        organizations {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n}\n\nfragment GraphInstrument on Instrument {\n  id\n  name\n  shortName\n  kind\n}": typeof types.CorpusGraphDocument,
    "query DeclarationDetails($id: ID!) {\n  declaration(id: $id) {\n    id\n    title\n    adoptedOn\n    occasion\n    venue\n    summary\n    signatoryCount\n    partialSignatories\n    group {\n      id\n      name\n    }\n    supports {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    sources {\n      id\n      url\n      publisher\n      publishedOn\n      title\n    }\n  }\n}": typeof types.DeclarationDetailsDocument,
    "query InstrumentDetails($id: ID!) {\n  instrument(id: $id) {\n    id\n    name\n    shortName\n    aliases\n    kind\n    symbol\n    untcReference\n    adoptedOn\n    entryIntoForceOn\n    supplements {\n      id\n      name\n      shortName\n    }\n    supplementedBy {\n      id\n      name\n      shortName\n    }\n    referencedBy {\n      id\n      title\n      adoptedOn\n    }\n    parties {\n      signedOn\n      consentOn\n      withdrawnOn\n      state {\n        code\n      }\n    }\n  }\n}": typeof types.InstrumentDetailsDocument,
    "query StateDetails($code: String!) {\n  state(code: $code) {\n    code\n    name\n    officialName\n    region\n    subregion\n    unMember\n    signed {\n      id\n      title\n      adoptedOn\n    }\n    partyTo {\n      signedOn\n      consentOn\n      consentType\n      withdrawnOn\n      instrument {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}": typeof types.StateDetailsDocument,
};
const documents: Documents = {
    "query CorpusGraph($first: Int!, $after: String) {\n  declarations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        adoptedOn\n        signatoryCount\n        signatories {\n          code\n          name\n          region\n          subregion\n        }\n        references {\n          ...GraphInstrument\n          supplements {\n            ...GraphInstrument\n          }\n        }\n        organizations {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n}\n\nfragment GraphInstrument on Instrument {\n  id\n  name\n  shortName\n  kind\n}": types.CorpusGraphDocument,
    "query DeclarationDetails($id: ID!) {\n  declaration(id: $id) {\n    id\n    title\n    adoptedOn\n    occasion\n    venue\n    summary\n    signatoryCount\n    partialSignatories\n    group {\n      id\n      name\n    }\n    supports {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    sources {\n      id\n      url\n      publisher\n      publishedOn\n      title\n    }\n  }\n}": types.DeclarationDetailsDocument,
    "query InstrumentDetails($id: ID!) {\n  instrument(id: $id) {\n    id\n    name\n    shortName\n    aliases\n    kind\n    symbol\n    untcReference\n    adoptedOn\n    entryIntoForceOn\n    supplements {\n      id\n      name\n      shortName\n    }\n    supplementedBy {\n      id\n      name\n      shortName\n    }\n    referencedBy {\n      id\n      title\n      adoptedOn\n    }\n    parties {\n      signedOn\n      consentOn\n      withdrawnOn\n      state {\n        code\n      }\n    }\n  }\n}": types.InstrumentDetailsDocument,
    "query StateDetails($code: String!) {\n  state(code: $code) {\n    code\n    name\n    officialName\n    region\n    subregion\n    unMember\n    signed {\n      id\n      title\n      adoptedOn\n    }\n    partyTo {\n      signedOn\n      consentOn\n      consentType\n      withdrawnOn\n      instrument {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}": types.StateDetailsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorpusGraph($first: Int!, $after: String) {\n  declarations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        adoptedOn\n        signatoryCount\n        signatories {\n          code\n          name\n          region\n          subregion\n        }\n        references {\n          ...GraphInstrument\n          supplements {\n            ...GraphInstrument\n          }\n        }\n        organizations {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n}\n\nfragment GraphInstrument on Instrument {\n  id\n  name\n  shortName\n  kind\n}"): (typeof documents)["query CorpusGraph($first: Int!, $after: String) {\n  declarations(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        adoptedOn\n        signatoryCount\n        signatories {\n          code\n          name\n          region\n          subregion\n        }\n        references {\n          ...GraphInstrument\n          supplements {\n            ...GraphInstrument\n          }\n        }\n        organizations {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n}\n\nfragment GraphInstrument on Instrument {\n  id\n  name\n  shortName\n  kind\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeclarationDetails($id: ID!) {\n  declaration(id: $id) {\n    id\n    title\n    adoptedOn\n    occasion\n    venue\n    summary\n    signatoryCount\n    partialSignatories\n    group {\n      id\n      name\n    }\n    supports {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    sources {\n      id\n      url\n      publisher\n      publishedOn\n      title\n    }\n  }\n}"): (typeof documents)["query DeclarationDetails($id: ID!) {\n  declaration(id: $id) {\n    id\n    title\n    adoptedOn\n    occasion\n    venue\n    summary\n    signatoryCount\n    partialSignatories\n    group {\n      id\n      name\n    }\n    supports {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n    }\n    sources {\n      id\n      url\n      publisher\n      publishedOn\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentDetails($id: ID!) {\n  instrument(id: $id) {\n    id\n    name\n    shortName\n    aliases\n    kind\n    symbol\n    untcReference\n    adoptedOn\n    entryIntoForceOn\n    supplements {\n      id\n      name\n      shortName\n    }\n    supplementedBy {\n      id\n      name\n      shortName\n    }\n    referencedBy {\n      id\n      title\n      adoptedOn\n    }\n    parties {\n      signedOn\n      consentOn\n      withdrawnOn\n      state {\n        code\n      }\n    }\n  }\n}"): (typeof documents)["query InstrumentDetails($id: ID!) {\n  instrument(id: $id) {\n    id\n    name\n    shortName\n    aliases\n    kind\n    symbol\n    untcReference\n    adoptedOn\n    entryIntoForceOn\n    supplements {\n      id\n      name\n      shortName\n    }\n    supplementedBy {\n      id\n      name\n      shortName\n    }\n    referencedBy {\n      id\n      title\n      adoptedOn\n    }\n    parties {\n      signedOn\n      consentOn\n      withdrawnOn\n      state {\n        code\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StateDetails($code: String!) {\n  state(code: $code) {\n    code\n    name\n    officialName\n    region\n    subregion\n    unMember\n    signed {\n      id\n      title\n      adoptedOn\n    }\n    partyTo {\n      signedOn\n      consentOn\n      consentType\n      withdrawnOn\n      instrument {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}"): (typeof documents)["query StateDetails($code: String!) {\n  state(code: $code) {\n    code\n    name\n    officialName\n    region\n    subregion\n    unMember\n    signed {\n      id\n      title\n      adoptedOn\n    }\n    partyTo {\n      signedOn\n      consentOn\n      consentType\n      withdrawnOn\n      instrument {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;