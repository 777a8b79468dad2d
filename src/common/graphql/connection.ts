// Relay connection types and the pagination arguments every list takes.
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../sql/json-query';

@ObjectType('PageInfo', { description: 'Where a page of a connection stands (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when there are more edges after this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'True when the page was asked for with `after`.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page; null when the page is empty.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PaginationArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Opaque cursor of the last edge of the previous page.' })
  @IsOptional()
  @MaxLength(2000)
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Makes `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a connection, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this edge.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects (Relay connection).` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The objects of this page, each with its cursor.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to get them.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of objects matching the arguments, over all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}
