// The peer of the benchmark: Hive Gateway with the Hive Router runtime (the Rust query planner and
// its executor) over the supergraph compose.mjs wrote. Set so that it does the same work as our
// gateway for every request: no in-flight deduplication of subgraph calls (otherwise 50 clients
// asking the same dashboard at once would cost one subgraph call), and the client's token sent on
// to both services, which check it themselves.
import { defineConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

export const gatewayConfig = defineConfig({
  unifiedGraphHandler,
  transportEntries: {
    '*.http': { options: { deduplicateInflightRequests: false } },
  },
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
});
