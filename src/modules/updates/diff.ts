// The diff lives with the revisions it compares (revisions/diff.ts); re-exported for the updates feature.
export * from '../revisions/diff';
