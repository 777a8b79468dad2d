// Operation costs are remembered per parsed document; what may change a cost (the variables of `first` and of
// directives, the operation, the list-size guess) must still change it.
import 'reflect-metadata';
import { parse } from 'graphql';
import { buildSchema } from '../../src/schema';
import { loadConfig } from '../../src/config';
import { operationCost } from '../../src/common/limits';

const schema = buildSchema();
const limits = loadConfig({ NODE_ENV: 'test' }).limits;

describe('operation cost', () => {
  it('depends on `first` and directive variables, not on the others, for one document object', () => {
    const doc = parse(`query Page($first: Int, $slug: String!, $withSections: Boolean!) {
      article(slug: $slug) { headline }
      articles(first: $first) { edges { node { headline sections @include(if: $withSections) { key } } } }
    }`);
    const cost = (v: Record<string, unknown>, l = limits) => operationCost(schema, doc, undefined, v, l);
    const base = cost({ first: 2, slug: 'a', withSections: false })!;
    expect(cost({ first: 2, slug: 'b', withSections: false })).toBe(base);
    const more = cost({ first: 40, slug: 'a', withSections: false })!;
    expect(more).toBeGreaterThan(base);
    expect(cost({ first: 2, slug: 'a', withSections: true })).toBeGreaterThan(base);
    expect(cost({ first: 2, slug: 'a', withSections: false })).toBe(base);
    // the guess for lists without `first` is part of what a cost was computed with
    const guessed = cost({ first: 2, slug: 'a', withSections: true }, { ...limits, costListSize: 50 })!;
    expect(guessed).toBeGreaterThan(cost({ first: 2, slug: 'a', withSections: true })!);
  });

  it('tells operations of one document apart', () => {
    const doc = parse(`query One { article(slug: "x") { headline } } query Many { articles(first: 30) { edges { node { headline } } } }`);
    expect(operationCost(schema, doc, 'Many', {}, limits)).toBeGreaterThan(operationCost(schema, doc, 'One', {}, limits)!);
  });
});
