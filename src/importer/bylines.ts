// Contributors named by an explainer's byline ("By A and B") and its credit lines ("(Reporting by C; Editing
// by D)"): the names the importer keeps, in byline order, matched to contributors by the slug of the name.

import { allMatches } from './matches';

/** A contributor as the text names it. */
export interface BylineName {
  name: string;
}

// Text after the names: a place ("By Claire Dubois, Paris" is caught below), an outlet or desk after a bar or dash.
// (Patterns written so that no start position rescans a run: the regex audit measures each on adversarial lines.)
const TAIL = /(?:\||\s[-–—]\s)[^]*$/;
/** " in Paris" (a place) and where it can start: after a non-space, so a run of spaces is scanned once. */
const IN_PLACE = /(?<!\s)\s+in\s+\p{Lu}/gu;
const PLACE_CHAR = /[\p{L}' -]/u;
const NAME_SEPARATOR = /(?<!\s)\s*[,&]\s*|(?<!\s)\s+and\s+/;

/** The part without a trailing " in <Place>" (the place: a capital, then letters, spaces, apostrophes, hyphens). */
function withoutPlace(part: string): string {
  let tail = part.length; // where the run of place characters that ends the part begins
  while (tail > 0 && PLACE_CHAR.test(part[tail - 1])) tail--;
  for (const m of allMatches(part, IN_PLACE)) {
    if (m.index + m[0].length - 1 >= tail) return part.slice(0, m.index);
  }
  return part;
}
/** Generic bylines that name no one. */
const NOBODY = /^(?:staff(?: writer| reporter)?s?|(?:the )?editors?|editorial (?:board|team)|agencies|news desk|wires?|reuters|ap|afp)$/i;
// Credit roles that write the piece; editors and producers are not authors of the byline.
const WRITING_ROLES = /\b(?:reporting|writing|additional reporting|compiled)\s+by\s+([^;)]+)/gi;

/** A person's name: one to five capitalised words (initials, particles such as "de", "van" allowed). */
function isName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  return /^\p{Lu}/u.test(words[0]) && words.every((w) => /^(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|der|al|el|bin|le|la|di)$/u.test(w));
}

function splitNames(list: string): string[] {
  return list
    .split(NAME_SEPARATOR)
    .map((s) => withoutPlace(s).trim())
    .filter(Boolean);
}

/**
 * The names of a byline line and credit lines, in order, each once. A byline's last comma part that is a single
 * word after a full name is a place ("By Claire Dubois, Paris"), not a person.
 */
export function namesFromByline(byline: string | null, credits: string[] = []): BylineName[] {
  const names: string[] = [];
  if (byline) {
    const body = byline
      .replace(/^by\s+/i, '')
      .replace(TAIL, '')
      .trim();
    const parts = splitNames(body);
    if (parts.length === 2 && !/\s/.test(parts[1]) && /\s/.test(parts[0]) && !/\band\b|&/.test(body)) parts.pop();
    names.push(...parts.filter((p) => isName(p) && !NOBODY.test(p)));
  }
  for (const line of credits) {
    for (const m of allMatches(line, WRITING_ROLES)) names.push(...splitNames(m[1].trim()).filter((p) => isName(p) && !NOBODY.test(p)));
  }
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && Boolean(seen.add(n.toLowerCase()))).map((name) => ({ name }));
}
