/** How a sort key of a keyset cursor is cast back to its SQL type. */
export type SortCast = 'timestamptz' | 'date' | 'text' | 'uuid' | 'int' | 'real';
