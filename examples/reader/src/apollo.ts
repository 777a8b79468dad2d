// The Apollo Client: queries as persisted-query GETs (CDN-cacheable), subscriptions over graphql-ws.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

/** The SHA-256 the API checks the query text against (Web Crypto: https pages and localhost). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createApolloClient(origin: string = window.location.origin): ApolloClient {
  const http = new HttpLink({
    uri: `${origin}/graphql`,
    // The API's CSRF protection wants this header on GETs; a CDN must forward it.
    headers: { 'apollo-require-preflight': 'true' },
  });
  // The hash alone as a GET; the first time the API answers PERSISTED_QUERY_NOT_FOUND and the link sends the
  // query once (POST), after which every reader's GET of the same operation and variables is one cacheable URL.
  const persisted = new PersistedQueryLink({ sha256, useGETForHashedQueries: true });
  const ws = new GraphQLWsLink(createClient({ url: `${origin.replace(/^http/, 'ws')}/graphql` }));

  return new ApolloClient({
    link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), ws, persisted.concat(http)),
    cache: new InMemoryCache({
      typePolicies: {
        // Search pages are merged by their cursors; one list per query text.
        Query: { fields: { search: relayStylePagination(['query']) } },
      },
    }),
  });
}
