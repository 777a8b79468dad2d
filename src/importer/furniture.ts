// Page furniture of text pasted from a news site: lines that are neither content nor a heading (photo credits,
// captions, "READ MORE" teasers, share buttons, navigation, separators, image file names). The layout moves them
// into the draft's metadata (credits) so that they never become a heading, a section or a paragraph.
// (Every expression here is anchored or starts on a literal word, so that no start position rescans a run: the
// regex audit measures each on adversarial lines.)

import { OUTLET_SPELLINGS } from './lexicon';

/** Lines of page furniture: reading time, teasers, photo/video credits, ad slots, navigation. */
export const NOISE =
  /^(?:\d{1,3}\s+(?:min(?:ute)?s?|mn)(?:\s+read)?|advertisement(?:\s*[-–—:]\s*scroll to continue(?: reading)?)?|(?:full article\s+)?\d{1,5}\s+comments?|no caption|camera ?icon.{0,400}|(?:read|see|watch) (?:more|also)\b.{0,200}|(?:photos?|images?|pictures?|videos?|file photo)(?:\s+credit)?\s*[:|].{0,200}|(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*\d.{0,30}|text size(?:\s+aa)*|[^|]{1,80}\/\s*(?:AFP|Reuters|AP|Getty Images|EPA)\s*\|.{0,400}|\(?(?:photo|image|video)\s*:?\s*(?:AFP|Reuters|AP|Getty Images|EPA)[^)]{0,80}\)?|(?:video|audio) (?:player|placeholder).{0,80}|(?:share|subscribe|sign up)(?: on \w+| to our newsletter)?|(?:subscribe|sign up) (?:to|for) .{1,100}|read(?:(?::|\b) ?\S.{0,200})?|story continues (?:below|after).{0,40}|posted (?:at|on))$/i;

/** Wires and picture agencies whose name alone on a line is a photo credit ("Reuters" under a caption). */
const AGENCY = String.raw`(?:Reuters|AFP|AP|Associated Press|The Associated Press|Getty Images|Getty|EPA|EPA-EFE|Xinhua|Anadolu(?: Agency)?|PA(?: Media| Wire)?|Shutterstock|Bloomberg|Reuters TV|AFP via Getty Images|USA TODAY Sports|Imagn Images)`;
/**
 * Agencies that only sell pictures: a line "Name | Getty Images" is a credit, "Headline | Reuters" a page's title (and
 * "EPA" alone is as often the US Environmental Protection Agency: "Velmark coal rules | EPA").
 */
const PICTURE_AGENCY = String.raw`(?:Getty Images|Getty|Shutterstock|EPA-EFE|NurPhoto|Imagn Images|AFP via Getty Images)`;
export const AGENCY_ONLY = new RegExp(String.raw`^\(?${AGENCY}\)?$`, 'i');
/** A wire's credit with its bureau: "Agence France-Presse, Brussels", "Reuters, London". */
export const AGENCY_BUREAU = new RegExp(String.raw`^(?:${AGENCY}|Agence France-Presse),\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$`, 'u');
/**
 * "French Pool via Reuters Tv", "Jane Doe/Reuters", "Credit: Peter Summers / Stringer / Getty", "Kirby Lee-USA TODAY
 * Sports", "Jane Doe | NurPhoto | Getty Images Entertainment" (a picture agency's, any three words at most after it,
 * its desk; not a page title's "… | AP News").
 */
export const CREDIT_LINE = new RegExp(
  String.raw`^(?:(?:photo |image |picture )?credits?\s*:.{0,200}|[^.!?:"“]{1,60}\s(?:via|for)\s${AGENCY}|[^.!?:"“/]{1,60}\/\s?${AGENCY}|[^.!?:"“/|]{1,60}\s\|\s(?:[^.!?:"“/|]{1,30}\s\|\s)?${PICTURE_AGENCY}(?:\s[a-z]+){0,3}|[^.!?:"“/]{1,60}-\s?(?:USA TODAY Sports|Imagn Images))$`,
  'i',
);
/** A short line that is only a separator or punctuation ("|", "___", "* * *"). */
const SEPARATOR = /^[\s|_\-–—*•·=~#]{1,80}$/;
/** "Skip to main content", "Click to follow", a lone "• Published", "Image caption,": the page's controls and labels. */
const CONTROL =
  /^(?:skip to (?:main )?content\b.{0,80}|(?:hide|skip|close) ad|sponsored(?: content)?|accessibility links|breaking news|caption|your (?:web )?browser is (?:no longer |not )supported\b.{0,120}|(?:\S+\s){1,5}logo|more: .{1,200}|click to follow|follow us\b.{0,80}|(?:•\s*)?(?:published|updated):?|view(?: comments)?|download(?: now| the app)?|get the app|most (?:read|popular|viewed)(?: this week| today| now)?|send in e-?mail(?:send in e-?mail)?|follow (?:the )?(?:latest|live)(?: updates)? on .{1,80}|live reporting|related(?: articles| stories| content| coverage| news| posts| topics| tags\b.{0,160})?|i agree|i accept|accept(?: all)?(?: cookies)?|(?:new )?(?:\S+\s){0,3}newsletter:.{1,80}|date|powered by .{1,60}|(?:are you getting|get|sign up for) our (?:free )?newsletter\??|(?:photo |image )?source:\s?(?:AFP|Reuters|AP|Getty Images|EPA|Shutterstock|Supplied)\b.{0,60}|time:\s?\d{4}-\d{2}-\d{2}.{0,120}|image caption,?|media caption,?|toggle caption|hide caption|enlarge this image|listen to (?:this )?article\b.{0,40}|copy link|(?:new,?\s)?comments?|watch(?: \S+){0,3} live|live tv|all news|latest news|log ?in|sign in|contact(?: us)?|support|sections|menu|directory of sites|featured|top stories|trending(?: now)?|more from this section|also read\b.{0,200}|>>\s*read more\b.{0,200}|leave a (?:reply|comment)|more stories|share this (?:article|story|page|post)|e-?mail\s*print|print\s*e-?mail|recommended(?: videos| stories| articles| reading| for you)?|media playback is (?:unsupported|not supported) on your device|change location|developing(?:…|\.\.\.)?|share(?: it| this)?|more to read|(?:\S+\s){1,2}bureau|\S{0,40}created with sketch\..{0,400})$/i;
/** A credit line after a dash, no one's signature: "— With files from Ann Velden", "-- Reporting by Ann Velden". */
export const CREDIT_AFTER_DASH = /^(?:[–—]|--?)\s*(?:with|from|by|reporting|editing|writing|compiled|additional|photos?|video|files|source)\b/iu;

/** A wire's sign-off anywhere: "(Reporting by ...; Editing by ...)". */
export const SIGN_OFF = /^\(?\s*(?:reporting|writing|editing|additional reporting|compiled|edited)\s+by\b.{0,300}$/i;
/** A staff byline without "By": "Reuters Staff", "Harbour Staff Reporter" ("By Staff Writer" is the byline). */
export const STAFF_LINE = /^(?!By\s)(?:\p{Lu}[\p{L}.&'’-]*\s){1,4}(?:Staff|Staff Reporter|Staff Writer|News Desk|Web Desk|Newsroom)$/u;
/** Outlets by name and alias: a line that is only an outlet's name is its credit ("CGTN" under the title). */
const OUTLET_LINE = new Set(OUTLET_SPELLINGS);
/** A live blog's or a page's time stamp alone on a line ("10:32 GMT", "2 hours ago"). */
const TIME_ONLY = /^(?:\d{1,2}[:.]\d{2}(?:[ ]?[ap]\.?m\.?)?(?:[ ]?[A-Z]{2,4})?|\d{1,3}[ ]?(?:m|mins?|minutes?|h|hrs?|hours?|days?)[ ]ago)$/i;
/** An image's file name or alt text pasted as a line: lower-case words and a long number ("boris johnson 1188198531"), or a file name ("AU bank.jpg"). */
const IMAGE_NAME = /^(?:[a-z][a-z ]{0,120}\s\d{6,}|[^\s/]{1,60}(?: [^\s/]{1,30}){0,4}\.(?:jpe?g|png|gif|webp|avif))$/i;
/** "Kaya Selby, RNZ Journalist": a reporter's name and job under the title, the byline. */
const REPORTER_LINE =
  /^(?:\p{Lu}[\p{L}'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}&]*\s+){0,3}(?:Journalist|Reporter|Correspondent|Editor|Writer|Producer)$/u;
/** BBC-style "<caption>Image source, AFP/Getty": the picture's source glued to its caption. */
const IMAGE_SOURCE = /\bImage source,\s?\S.{0,80}$/;

/** Whether a line alone in its block is page furniture. */
export function isFurniture(line: string): boolean {
  return (
    NOISE.test(line) ||
    AGENCY_ONLY.test(line) ||
    AGENCY_BUREAU.test(line) ||
    CREDIT_LINE.test(line) ||
    SEPARATOR.test(line) ||
    CONTROL.test(line) ||
    IMAGE_NAME.test(line) ||
    REPORTER_LINE.test(line) ||
    TIME_ONLY.test(line) ||
    IMAGE_SOURCE.test(line) ||
    SIGN_OFF.test(line) ||
    STAFF_LINE.test(line) ||
    OUTLET_LINE.has(line) ||
    // "0 : 0": a counter, a short line without a letter.
    (line.length <= 20 && !/\p{L}/u.test(line))
  );
}

/** The label under which the next line is a picture's caption ("Image caption,"). */
export function opensCaption(line: string): boolean {
  return /^(?:image|media) caption,?$/i.test(line);
}

// A caption ends with the picture's credit: "... in Jerusalem, January 14. Photo: GI/Xinhua", "... last Saturday.
// (Juan Gonzalez/Reuters)", "... leaving scores dead [EPA]". "(Via Getty Images)" closing a body paragraph is a
// credit inside a paragraph (and "(Via Al Jazeera)" a citation): no caption.
const PHOTO_TAIL = /(?:^|[\s.])(?:Photo|Image|Picture|Photograph)(?: credit)?:\s?[^\s.:][^.:]{0,60}$/;
const SLASH_TAIL = /\((?:Photo:\s?)?([^()/]{1,60})\/\s?[^()]{1,60}\)$/;
export const BRACKET_TAIL = new RegExp(String.raw`\[${AGENCY}\]$`, 'i');

/** Whether a line is a picture's caption: it ends with the picture's credit. */
export function isCaption(line: string): boolean {
  const tail = line.length > 160 ? line.slice(-160) : line;
  // "(Juan Gonzalez/Reuters)": a photographer's name before the slash, not "(Reuters/Ipsos)" closing a poll's figure.
  const slash = tail.match(SLASH_TAIL);
  return PHOTO_TAIL.test(tail) || (slash !== null && slash[1].trim().includes(' ')) || BRACKET_TAIL.test(tail);
}
