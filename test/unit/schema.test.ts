import fs from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema, printSortedSchema } from '../../src/schema';

/** Every named type, field, argument, input field and enum value of the schema that has no description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    // The root types are named by the spec; their fields carry the documentation.
    const root = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type as never);
    if (!root) need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

describe('schema/schema.graphql', () => {
  it('is the SDL the code emits (run `npm run schema:emit` after changing the API)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printSortedSchema());
  });

  it('describes every type, field, argument, input field and enum value (codegen and the IDE docs show them)', () => {
    expect(undocumented(buildSchema())).toEqual([]);
  });

  it('finds an undocumented field (the check above can fail)', () => {
    const { buildSchema: fromSdl } = jest.requireActual('graphql') as typeof import('graphql');
    const sdl = '"""Q"""\ntype Query { """a""" a: Int b: String }\n"""T"""\nenum T { """x""" X Y }';
    expect(undocumented(fromSdl(sdl))).toEqual(['Query.b', 'T.Y']);
  });
});

describe('buildSchema', () => {
  it('builds once: later calls return the same schema with the same field resolvers (none wrapped again)', () => {
    const first = buildSchema();
    const citations = (first.getType('Section') as GraphQLObjectType).getFields().citations.resolve;
    expect(citations).toBeDefined();
    const again = buildSchema();
    expect(again).toBe(first);
    expect((again.getType('Section') as GraphQLObjectType).getFields().citations.resolve).toBe(citations);
  });
});
