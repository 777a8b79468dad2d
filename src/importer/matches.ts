/**
 * Every match of a global pattern, as `text.matchAll(re)` gives them (from the pattern's `lastIndex`, which is left
 * as it was), found with `exec` on the pattern itself. `matchAll` works on a copy of the pattern made at each call,
 * and in V8 a copy runs in the regexp interpreter, not in the machine code the pattern has earned: on the importer's
 * large patterns (names of every country, every role) that made reading a text three to six times slower
 * (docs/importing.md, "Speed"). The matches are all found before the caller sees the first, so a caller may use the
 * same pattern again while it reads them.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: /${re.source}/${re.flags}`);
  const from = re.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push(m);
      // An empty match moves on by one character (a whole code point under the `u` flag), as matchAll does.
      if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    re.lastIndex = from;
  }
  return found;
}
