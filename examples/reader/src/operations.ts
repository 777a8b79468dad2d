// Every operation of the app; `npm run codegen` types them from the API's schema (src/gql/).
import { graphql } from './gql';

/** What a section shows; the subscription asks for the same, so an update replaces the section in the cache. */
export const sectionFields = graphql(`
  fragment SectionFields on Section {
    id
    key
    heading
    body
    updatedAt
    citations { id excerpt source { id name } }
    quotes { id text speaker { id name title } source { id name } }
    reactions { id stance summary actor { id name title } source { id name } }
    contestedFigures {
      id
      claim
      claims { id value unit excerpt claimant { id name } statedBy { id name } source { id name } }
    }
  }
`);

/** First paint: the headline, the table of contents and the lead only. */
export const explainerLeadQuery = graphql(`
  query ExplainerLead($slug: String!) {
    article(slug: $slug) {
      id
      slug
      headline
      summary
      eventDate
      toc: sections { id key heading }
      lead: sections(keys: ["lead"]) { ...SectionFields }
    }
  }
`);

/** The sections not shown yet, on demand. */
export const explainerSectionsQuery = graphql(`
  query ExplainerSections($slug: String!, $keys: [String!]!) {
    article(slug: $slug) {
      id
      sections(keys: $keys) { ...SectionFields }
    }
  }
`);

/** Only the sections a change touched, with their new content. */
export const sectionsUpdatedSubscription = graphql(`
  subscription SectionsUpdated($slug: String!, $keys: [String!]!) {
    sectionsUpdated(articleSlug: $slug, keys: $keys) { ...SectionFields }
  }
`);

export const latestQuery = graphql(`
  query Latest {
    articles(first: 10) { edges { node { id slug headline summary } } }
  }
`);

export const searchQuery = graphql(`
  query Search($query: String!, $first: Int!, $after: String) {
    search(query: $query, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          headlineHighlight
          summaryHighlight
          article { id slug }
          matches { key heading highlight }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
