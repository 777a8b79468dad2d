// Search results with the API's highlighted matches, one page at a time through the connection's cursors.
import { useQuery } from '@apollo/client/react';
import { Highlight } from './Highlight';
import { searchQuery } from './operations';

export function Search({ query, pageSize }: { query: string; pageSize: number }) {
  const { data, error, loading, fetchMore } = useQuery(searchQuery, { variables: { query, first: pageSize } });
  if (error) return <p role="alert">Search failed: {error.message}</p>;
  if (!data) return <p aria-busy="true">Searching…</p>;
  const { edges, pageInfo, totalCount } = data.search;
  return (
    <section className="search-results">
      <p>
        {totalCount} {totalCount === 1 ? 'explainer matches' : 'explainers match'} “{query}”
      </p>
      <ol>
        {edges.map(({ cursor, node }) => (
          <li key={cursor}>
            <h2>
              <a href={`?article=${encodeURIComponent(node.article.slug)}`}>
                <Highlight text={node.headlineHighlight} />
              </a>
            </h2>
            {node.summaryHighlight && (
              <p>
                <Highlight text={node.summaryHighlight} />
              </p>
            )}
            <ul>
              {node.matches.map((m) => (
                <li key={m.key}>
                  <strong>{m.heading ?? 'Lead'}:</strong> <Highlight text={m.highlight} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {pageInfo.hasNextPage && (
        <button type="button" disabled={loading} onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}>
          More results
        </button>
      )}
    </section>
  );
}
