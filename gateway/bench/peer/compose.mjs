// Composes the supergraph the peer serves from the two subgraphs' own SDL (`_service { sdl }`,
// fetched by compare.sh with a token), so the peer routes exactly the schema the services expose.
//
//   node compose.mjs ventures=<url>=<sdl file> partners=<url>=<sdl file> > supergraph.graphql
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices, compositionHasErrors } from '@theguild/federation-composition';

const services = process.argv.slice(2).map((arg) => {
  const [name, url, file] = arg.split('=');
  return { name, url, typeDefs: parse(readFileSync(file, 'utf8')) };
});
const result = composeServices(services);
if (compositionHasErrors(result)) {
  for (const error of result.errors) console.error(error.message);
  process.exit(1);
}
process.stdout.write(result.supergraphSdl);
