// The input types of a section's citations, quotes and reactions are defined by their own features, which sit above
// articles (items -> sections -> articles). SectionInput (createArticle, addSection) nests them, so it names them
// through this registration point: src/schema.ts registers the three before it builds the schema.
import type { ClassType } from 'type-graphql';

export type SectionItemKind = 'citation' | 'quote' | 'reaction';

const registered = new Map<SectionItemKind, ClassType>();

export function registerSectionItemInputs(inputs: Record<SectionItemKind, ClassType>): void {
  for (const [kind, type] of Object.entries(inputs)) registered.set(kind as SectionItemKind, type);
}

/** The registered input type of `kind`; type-graphql asks when it builds the schema. */
export function sectionItemInput(kind: SectionItemKind): ClassType {
  const type = registered.get(kind);
  if (!type) throw new Error(`no ${kind} input type registered: src/schema.ts registers them before building the schema`);
  return type;
}
