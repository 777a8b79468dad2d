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

/** Synchronous (no promise) when there is nothing to check: a scalar argument, or a class without constraints. */
export function validateArgs(argValue: unknown): Promise<void> | undefined {
  if (argValue === null || typeof argValue !== 'object') return undefined;
  const items = Array.isArray(argValue) ? argValue.filter(needsCheck) : needsCheck(argValue) ? [argValue] : [];
  if (items.length === 0) return undefined;
  return Promise.all(items.map((item) => validateOrReject(item, OPTIONS))).then(
    () => undefined,
    (err: unknown) => {
      throw new ArgumentValidationError(err as never);
    },
  );
}

/** A resolver parameter as type-graphql's metadata describes it (the parts read here). */
interface ParamInfo {
  kind: string;
  getType?: () => unknown;
  validateSettings?: unknown;
  validateFn?: unknown;
}

/**
 * Whether validateArgs can never refuse what these parameters receive: every argument is a scalar, an enum or a
 * class without constraints, and none has validation settings of its own. A field resolver whose parameters are
 * all like that validates nothing per call.
 */
export function argumentsNeverChecked(params: ParamInfo[]): boolean {
  return params.every((p) => {
    if (p.kind === 'custom') return false;
    if (p.kind !== 'arg' && p.kind !== 'args') return true;
    if (p.validateFn !== undefined || p.validateSettings !== undefined) return false;
    const type = p.getType?.();
    if (typeof type !== 'function') return true; // an enum object or a scalar instance
    return getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length === 0;
  });
}
