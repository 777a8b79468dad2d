export declare const FLOOR: Record<'Explainer' | 'ExplainerBefore' | 'TwoSections' | 'DayPage' | 'Search', string>;
export declare const FLOOR_WRITE: Record<'UpdateSection' | 'CreateArticle', string>;
export declare const PEER_SQL: string;
