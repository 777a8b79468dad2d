// The distribution settings in force (canonical URLs, image CDN, publisher): taken from the config by the
// composition root (src/http/server.ts) before the server answers; the defaults of src/config.ts until then.
import { loadConfig, type DistributionConfig } from '../../config';
import { BadUserInputError } from '../../common/errors';

let settings: DistributionConfig | undefined;

export function useDistributionConfig(config: DistributionConfig): void {
  settings = config;
}

export function distributionConfig(): DistributionConfig {
  // An empty environment: the documented defaults, never the process's own variables.
  return (settings ??= loadConfig({}).distribution);
}

/** The canonical URL of the explainer with this slug (PUBLIC_URL_TEMPLATE); slugs are URL-safe by validation. */
export function articleUrl(slug: string): string {
  return distributionConfig().publicUrlTemplate.replaceAll('{slug}', encodeURIComponent(slug));
}

/** The URL of the image at `path` at `width` pixels (IMAGE_URL_TEMPLATE); each path segment is URL-encoded. */
export function imageUrl(path: string, width: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return distributionConfig().imageUrlTemplate.replaceAll('{path}', encoded).replaceAll('{width}', String(width));
}

/** What the read path holds of an image to build its URLs. */
export interface ImageSource {
  path: string;
  width: number;
  height: number;
}

export const MIN_RENDITION_WIDTH = 16;
export const MAX_RENDITION_WIDTH = 8192;
export const MAX_RENDITIONS = 10;

export interface Rendition {
  url: string;
  width: number;
  height: number;
}

/**
 * The image at each of `widths` (default IMAGE_RENDITION_WIDTHS), narrowest first. A width over the original's is
 * served at the original's width (the CDN does not enlarge); duplicates are given once.
 */
export function renditionsOf(image: ImageSource, widths?: number[] | null, argument = 'widths'): Rendition[] {
  const asked = widths ?? distributionConfig().renditionWidths;
  if (asked.length === 0 || asked.length > MAX_RENDITIONS) {
    throw new BadUserInputError(`${argument}: give 1 to ${MAX_RENDITIONS} widths`, { argument });
  }
  for (const w of asked) {
    if (!Number.isInteger(w) || w < MIN_RENDITION_WIDTH || w > MAX_RENDITION_WIDTH) {
      throw new BadUserInputError(`${argument}: each width must be a whole number of pixels from ${MIN_RENDITION_WIDTH} to ${MAX_RENDITION_WIDTH}`, {
        argument,
      });
    }
  }
  const served = [...new Set(asked.map((w) => Math.min(w, image.width)))].sort((a, b) => a - b);
  return served.map((width) => ({ url: imageUrl(image.path, width), width, height: Math.max(1, Math.round((image.height * width) / image.width)) }));
}
