// Proves the claim of docs/design.md ("Architecture") that our subgraphs compose under an off-the-shelf Federation 2
// router: Apollo Gateway introspects both services (_service { sdl }), composes the supergraph,
// and answers a query that needs both (a venture's stakes, each partner resolved through
// partners-service's _entities). The caller's token is forwarded to both services, which check it
// themselves, so a partner user sees only its own partner's ventures here too.
//
//   VENTURES_URL=http://127.0.0.1:8081/graphql PARTNERS_URL=http://127.0.0.1:8082/graphql \
//   TOKEN=<access token of realm jv> npm run check
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';

const token = process.env.TOKEN;
if (!token) {
  console.error('TOKEN is missing: an access token of realm jv (see the README)');
  process.exit(2);
}
const authorization = `Bearer ${token}`;
const gateway = new ApolloGateway({
  supergraphSdl: new IntrospectAndCompose({
    subgraphs: [
      { name: 'ventures', url: process.env.VENTURES_URL ?? 'http://127.0.0.1:8081/graphql' },
      { name: 'partners', url: process.env.PARTNERS_URL ?? 'http://127.0.0.1:8082/graphql' },
    ],
    // The services show their schema (_service { sdl }) only to a caller with a valid token.
    introspectionHeaders: { authorization },
  }),
  buildService: ({ url }) => new RemoteGraphQLDataSource({
    url,
    willSendRequest({ request }) {
      request.http.headers.set('authorization', authorization);
    },
  }),
});
const server = new ApolloServer({ gateway });
await server.start();
const response = await server.executeOperation({
  query: '{ ventures(limit: 20) { totalCount items { name ownership { stakes { percentage partner { name country kind } } } } } }',
});
await server.stop();
const result = response.body.singleResult;
console.log(JSON.stringify(result, null, 2));
process.exit(result.errors ? 1 : 0);
