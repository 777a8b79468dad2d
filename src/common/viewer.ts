// Who asks: the role a request runs with and what it may see. Authentication (modules/auth) makes one from an API
// key; the SQL compiler reads `canSeeDrafts` to hide drafts from readers.
export interface Viewer {
  /** READER: no key. EDITOR and ADMIN come with an API key. */
  role: 'READER' | 'EDITOR' | 'ADMIN';
  /** Editors see drafts and archived articles; public readers see PUBLISHED ones only. */
  canSeeDrafts: boolean;
  keyId?: string;
  keyName?: string;
  /**
   * A reader with a preview token (modules/preview): besides what readers see, the one article with this id, in
   * its pending version where it has one. Never answered from or stored in the response cache.
   */
  previewArticleId?: string;
  /**
   * The key was taken from this instance's cache of recent keys (modules/auth/key-cache.ts), not looked up: the
   * request checks it is not revoked before anything runs (http/idempotency.ts).
   */
  keyUnchecked?: boolean;
}

/** A request without an API key. */
export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'READER' as const, canSeeDrafts: false });
