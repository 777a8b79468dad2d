// Input of the image writes. Alt text may wait while the article is a draft; publishing needs it.
import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';

/**
 * A relative path on the image CDN: segments without `/`, `\`, `?`, `#` or control characters (each is URL-encoded
 * into the template), no empty, `.` or `..` segment, no leading slash.
 */
// eslint-disable-next-line no-control-regex
export const IMAGE_PATH = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[^/\\?#\x00-\x1f\x7f]+(?:\/[^/\\?#\x00-\x1f\x7f]+)*$/;

@InputType('ImageInput', { description: 'An image on the image CDN; its URLs are built from IMAGE_URL_TEMPLATE.' })
export class ImageInput {
  @Field(() => String, { description: 'Path of the original on the image CDN, e.g. `2022/09/border-post.jpg`.' })
  @Length(1, 500)
  @Matches(IMAGE_PATH, { message: 'path must be a relative path: no leading slash, no empty, . or .. segment, no \\ ? # or control characters' })
  path: string;

  @Field(() => String, { nullable: true, description: 'Text alternative; required before the article is published.' })
  @IsOptional()
  @MaxLength(1000)
  alt?: string | null;

  @Field(() => String, { nullable: true, description: 'Caption shown under the image.' })
  @IsOptional()
  @MaxLength(2000)
  caption?: string | null;

  @Field(() => String, { nullable: true, description: 'Who made or owns the image.' })
  @IsOptional()
  @MaxLength(300)
  credit?: string | null;

  @Field(() => Int, { description: 'Width of the original in pixels.' })
  @Min(1)
  @Max(100_000)
  width: number;

  @Field(() => Int, { description: 'Height of the original in pixels.' })
  @Min(1)
  @Max(100_000)
  height: number;
}
