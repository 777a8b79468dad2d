export declare const FLOOR: Record<'Explainer' | 'TwoSections' | 'DayPage' | 'Search', string>;
export declare const PEER_SQL: string;
