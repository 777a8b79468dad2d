// Argument validation for type-graphql (buildSchema's validateFn): class-validator, with the options type-graphql
// used (skipMissingProperties, no forbidUnknownValues), for argument objects whose class declares constraints.
// type-graphql's own path asked class-validator for every argument object of every resolver call, and
// class-validator looks a class's constraints up by walking all registered classes each time: ~5% of an explainer
// request's CPU in the bench profile, for root-field argument classes that declare none. Constraints are
// registered by decorators at load time, so whether a class has any is known once.
import { getMetadataStorage, validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const constrained = new WeakMap<object, boolean>();

function hasConstraints(value: object): boolean {
  const type = value.constructor;
  if (typeof type !== 'function' || type === Object) return false; // a plain object: class-validator finds nothing either
  let known = constrained.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    constrained.set(type, known);
  }
  return known;
}

const needsCheck = (v: unknown): v is object => v !== null && typeof v === 'object' && hasConstraints(v);

export async function validateArgs(argValue: unknown): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const items = Array.isArray(argValue) ? argValue.filter(needsCheck) : needsCheck(argValue) ? [argValue] : [];
  if (items.length === 0) return;
  try {
    await Promise.all(items.map((item) => validateOrReject(item, OPTIONS)));
  } catch (err) {
    throw new ArgumentValidationError(err as never);
  }
}
