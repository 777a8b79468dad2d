// `_service { sdl }` prints the whole subgraph schema, admin mutations included: it is introspection by another
// name. Where introspection is off (production's default), only an ADMIN key gets it (a supergraph's composition
// step runs with one); anyone else is refused before execution.
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';

function asksForService(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field: (field) => {
      if (field.name.value !== '_service') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

export function serviceSdlGuard(opts: { introspection: boolean }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (opts.introspection) return {};
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.viewer.role === 'ADMIN' || !asksForService(document)) return;
          throw new GraphQLError('_service: the subgraph schema is served to ADMIN keys only while introspection is off', {
            extensions: { code: 'FORBIDDEN', requiredRole: 'ADMIN', http: { status: 403 } },
          });
        },
      };
    },
  };
}
