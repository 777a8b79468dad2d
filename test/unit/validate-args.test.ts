// Argument validation (common/graphql/validate-args.ts): what is checked, what is answered without a promise, and
// which resolver parameters can never be refused (src/schema.ts reads such relation fields straight from the JSON).
import 'reflect-metadata';
import { IsOptional, MaxLength } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { argumentsNeverChecked, validateArgs } from '../../src/common/graphql/validate-args';

class Constrained {
  @IsOptional()
  @MaxLength(3)
  key?: string;
}

class Plain {
  key?: string;
}

const arg = (getType: () => unknown, extra: object = {}) => ({ kind: 'arg', getType, validateSettings: undefined, validateFn: undefined, ...extra });

describe('validateArgs', () => {
  it('answers scalars, null and classes without constraints at once, without a promise', () => {
    expect(validateArgs('lead')).toBeUndefined();
    expect(validateArgs(null)).toBeUndefined();
    expect(validateArgs(Object.assign(new Plain(), { key: 'too long' }))).toBeUndefined();
    expect(validateArgs([1, 2])).toBeUndefined();
  });

  it('checks a class with constraints, alone or in a list', async () => {
    await expect(validateArgs(Object.assign(new Constrained(), { key: 'abc' }))).resolves.toBeUndefined();
    await expect(validateArgs(Object.assign(new Constrained(), { key: 'abcd' }))).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validateArgs([Object.assign(new Constrained(), { key: 'abcd' })])).rejects.toBeInstanceOf(ArgumentValidationError);
  });
});

describe('argumentsNeverChecked', () => {
  it('holds for scalars, enums, classes without constraints and non-argument parameters', () => {
    expect(argumentsNeverChecked([{ kind: 'root' }, arg(() => String), { kind: 'context' }, { kind: 'info' }])).toBe(true);
    expect(argumentsNeverChecked([arg(() => ({ A: 'A' }))])).toBe(true);
    expect(argumentsNeverChecked([{ ...arg(() => Plain), kind: 'args' }])).toBe(true);
  });

  it('fails for a class with constraints, own validation settings or a custom parameter', () => {
    expect(argumentsNeverChecked([{ ...arg(() => Constrained), kind: 'args' }])).toBe(false);
    expect(argumentsNeverChecked([arg(() => Constrained)])).toBe(false);
    expect(argumentsNeverChecked([arg(() => String, { validateSettings: { skipMissingProperties: false } })])).toBe(false);
    expect(argumentsNeverChecked([arg(() => String, { validateFn: () => undefined })])).toBe(false);
    expect(argumentsNeverChecked([{ kind: 'custom' }])).toBe(false);
  });
});
