// Puts the GraphQL operation's name (and type) into the request scope, for the request log line and the metrics labels.
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestScope } from '../common/request-scope';

export const ANONYMOUS_OPERATION = '(anonymous)';
export const INVALID_OPERATION = '(invalid)';

export const operationNamePlugin: ApolloServerPlugin<{ scope?: RequestScope }> = {
  async requestDidStart({ contextValue }) {
    const scope = contextValue.scope;
    // Until the document parses, validates and names one operation (the name cannot be trusted before).
    if (scope) scope.operation = INVALID_OPERATION;
    return {
      async didResolveOperation({ operationName, operation }) {
        if (scope) {
          scope.operation = operationName ?? ANONYMOUS_OPERATION;
          scope.operationType = operation?.operation;
        }
      },
    };
  },
};
