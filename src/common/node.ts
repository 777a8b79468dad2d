// Relay Global Object Identification: every object type implements Node with an opaque id.
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id; fetch any of them with `node(id:)`.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;
}

export const NODE_TYPES = [
  'Article',
  'Section',
  'Source',
  'Citation',
  'Actor',
  'Quote',
  'Reaction',
  'ContestedFigure',
  'FigureClaim',
  'Contributor',
  'Topic',
  'TopicEvent',
  'TimelineCitation',
  'Image',
  'Correction',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** A UUID as PostgreSQL prints it (lower case). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

/** Returns null for anything that is not an id this API issued. */
export function fromGlobalId(globalId: string): { type: NodeType; id: string } | null {
  if (globalId.length > 100 || !/^[A-Za-z0-9+/]+={0,2}$/.test(globalId)) return null;
  const text = Buffer.from(globalId, 'base64').toString('utf8');
  const i = text.indexOf(':');
  if (i < 0) return null;
  const type = text.slice(0, i) as NodeType;
  const id = text.slice(i + 1);
  if (!NODE_TYPES.includes(type) || !UUID.test(id)) return null;
  return { type, id };
}
