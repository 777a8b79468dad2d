// Quoted words blanked out (same length, marks kept), so that what a sentence's own prose says is read apart from
// the words it quotes: positions stay those of the sentence. Used by the citation and quote readers alike.
/** The sentence with the words inside quotation marks blanked out (same length, same offsets). */
export function maskQuotes(s: string): string {
  return s.replace(
    /“[^“”"]*(?:[”"]|$)|"(?:[^"“”']|'(?!'))*''|"[^"“”]*(?:"|$)|(?<=^|[\s(—–-])‘(?!n[’\s])(?:[^‘’]|’(?=\p{L})|(?<=\s)‘n’?(?=\s))*’(?=[\s,.;:!?)—–-]|$)|(?<=^|[\s(—–])'(?=\p{Lu})(?:[^'"“”]|'(?=\p{L}))+'(?=[\s,.;:!?)—–]|$)|``(?:[^`']|'(?!'))*(?:''|$)|«[^«»]*(?:»|$)/gu,
    (m) => m[0] + ' '.repeat(Math.max(0, m.length - 2)) + (m.length > 1 ? m[m.length - 1] : ''),
  );
}
