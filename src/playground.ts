// The offline GraphQL IDE: GraphiQL with every asset inlined from an installed package (no CDN).
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export const EXAMPLE_QUERY = `# The seed explainer, two chosen sections only.
query TwoSections {
  article(slug: "armenia-azerbaijan-border-clashes-2022") {
    headline
    eventDate
    sections(keys: ["lead", "how-have-world-leaders-reacted"]) {
      key
      heading
      body
      reactions { stance summary actor { name title } source { name } }
    }
  }
}
`;

let html: string | undefined;

export function playgroundHtml(): string {
  html ??= renderGraphiQL({ title: 'explainer-api', endpoint: '/graphql', defaultQuery: EXAMPLE_QUERY });
  return html;
}
