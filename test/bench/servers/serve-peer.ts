import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { announce, neo4jUriFromEnv } from './announce';
import { PEER_TYPE_DEFS } from './peer-type-defs';

// The peer: @neo4j/graphql's generated schema over the same database, served by the same
// graphql-yoga over node:http, alone in this process like ours.
const driver = neo4j.driver(neo4jUriFromEnv());
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  logging: false,
});
const server = createServer(yoga);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
announce(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
