// The explainer page: the lead first, the other sections on demand, live updates of the sections changed.
import { useMemo, useState } from 'react';
import { useLazyQuery, useQuery, useSubscription } from '@apollo/client/react';
import { explainerLeadQuery, explainerSectionsQuery, sectionsUpdatedSubscription } from './operations';
import { SectionView } from './Section';

export function Explainer({ slug }: { slug: string }) {
  const first = useQuery(explainerLeadQuery, { variables: { slug } });
  const [loadSections, more] = useLazyQuery(explainerSectionsQuery);
  const [updated, setUpdated] = useState<ReadonlySet<string>>(new Set());

  const article = first.data?.article;
  const keys = useMemo(() => article?.toc.map((s) => s.key) ?? [], [article]);
  // One subscription for the whole article: the API sends only the sections a change touched, and the cache
  // replaces them by id, so only those re-render (with their "updated" mark).
  useSubscription(sectionsUpdatedSubscription, {
    variables: { slug, keys },
    skip: keys.length === 0,
    onData: ({ data }) => {
      const changed = data.data?.sectionsUpdated.map((s) => s.key) ?? [];
      setUpdated((prev) => new Set([...prev, ...changed]));
    },
  });

  if (first.error) return <p role="alert">Could not load the explainer: {first.error.message}</p>;
  if (first.loading && !article) return <p aria-busy="true">Loading…</p>;
  if (!article) return <p role="alert">No explainer “{slug}”.</p>;

  const loaded = new Map([...article.lead, ...(more.data?.article?.sections ?? [])].map((s) => [s.key, s]));
  const missing = article.toc.filter((s) => !loaded.has(s.key));

  return (
    <article>
      <header>
        <h1>{article.headline}</h1>
        {article.summary && <p className="dek">{article.summary}</p>}
        {article.eventDate && <time dateTime={article.eventDate}>{article.eventDate}</time>}
      </header>
      {article.toc.map((s) => {
        const section = loaded.get(s.key);
        return section ? <SectionView key={s.key} section={section} updated={updated.has(s.key)} /> : null;
      })}
      {missing.length > 0 && (
        <nav className="more">
          <h2>Also in this explainer</h2>
          <ul>
            {missing.map((s) => (
              <li key={s.key}>{s.heading}</li>
            ))}
          </ul>
          <button
            type="button"
            disabled={more.loading}
            onClick={() => void loadSections({ variables: { slug, keys: missing.map((s) => s.key) } })}
          >
            {more.loading ? 'Loading…' : 'Load more sections'}
          </button>
          {more.error && <p role="alert">{more.error.message}</p>}
        </nav>
      )}
    </article>
  );
}
