// One section as a reader sees it: body, attributed sentences, quotes, reactions by stance, contested figures.
import type { SectionFieldsFragment, Stance } from './gql/graphql';

const STANCES: Record<Stance, string> = {
  CONDEMNATION: 'Condemned',
  CONCERN: 'Expressed concern',
  CALL_FOR_CEASEFIRE: 'Called for a ceasefire',
  MEDIATION_OFFER: 'Offered to mediate',
  SUPPORT: 'Supported a side',
  CLAIM: 'Claimed',
  OTHER: 'Other reactions',
};

type Reactions = SectionFieldsFragment['reactions'];

function byStance(reactions: Reactions): [Stance, Reactions][] {
  const groups = new Map<Stance, Reactions>();
  for (const r of reactions) groups.set(r.stance, [...(groups.get(r.stance) ?? []), r]);
  return [...groups];
}

export function SectionView({ section, updated }: { section: SectionFieldsFragment; updated: boolean }) {
  return (
    <section data-section-key={section.key} className={updated ? 'section updated' : 'section'}>
      {section.heading && <h2>{section.heading}</h2>}
      {updated && (
        <p className="updated-mark" role="status">
          updated
        </p>
      )}
      {section.body.split(/\n\n+/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}

      {section.citations.length > 0 && (
        <aside className="citations">
          <h3>Attributed</h3>
          <ul>
            {section.citations.map((c) => (
              <li key={c.id}>
                <q>{c.excerpt}</q> <cite>({c.source.name})</cite>
              </li>
            ))}
          </ul>
        </aside>
      )}

      {section.quotes.map((q) => (
        <figure key={q.id} className="quote">
          <blockquote>{q.text}</blockquote>
          <figcaption>
            {q.speaker ? q.speaker.name : 'Unnamed speaker'}
            {q.speaker?.title && `, ${q.speaker.title}`}
            {q.source && (
              <>
                {' '}
                — via <cite>{q.source.name}</cite>
              </>
            )}
          </figcaption>
        </figure>
      ))}

      {section.reactions.length > 0 && (
        <div className="reactions">
          {byStance(section.reactions).map(([stance, rs]) => (
            <div key={stance} data-stance={stance}>
              <h3>{STANCES[stance]}</h3>
              <ul>
                {rs.map((r) => (
                  <li key={r.id}>
                    <strong>{r.actor.name}</strong>
                    {r.actor.title && `, ${r.actor.title}`}: {r.summary}
                    {r.source && <cite> ({r.source.name})</cite>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}

      {section.contestedFigures.map((f) => (
        <table key={f.id} className="contested">
          <caption>Disputed: {f.claim}</caption>
          <thead>
            <tr>
              {f.claims.map((c) => (
                <th key={c.id} scope="col">
                  {c.claimant.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {f.claims.map((c) => (
                <td key={c.id}>
                  <strong>
                    {c.value.toLocaleString('en')} {c.unit}
                  </strong>
                </td>
              ))}
            </tr>
            <tr>
              {f.claims.map((c) => (
                <td key={c.id}>
                  <q>{c.excerpt}</q>
                  {(c.statedBy || c.source) && (
                    <small>
                      {' '}
                      {[c.statedBy?.name, c.source && `via ${c.source.name}`].filter(Boolean).join(', ')}
                    </small>
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      ))}
    </section>
  );
}
