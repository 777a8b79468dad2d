/** A `Date` scalar value (graphql-scalars gives a Date at UTC midnight) as YYYY-MM-DD, whatever the process time zone. */
export function isoDay(value: string | Date | null | undefined): string | null {
  if (value == null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
