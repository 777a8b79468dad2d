import { useQuery } from '@apollo/client/react';
import { latestQuery } from './operations';

export function Latest() {
  const { data, error } = useQuery(latestQuery);
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  return (
    <ul className="latest">
      {data.articles.edges.map(({ node }) => (
        <li key={node.id}>
          <a href={`?article=${encodeURIComponent(node.slug)}`}>{node.headline}</a>
          {node.summary && <p>{node.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
