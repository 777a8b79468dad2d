// The API marks search matches with <mark>…</mark> inside plain text; render them as elements, never as HTML.
export function Highlight({ text }: { text: string }) {
  const parts = text.split(/<mark>(.*?)<\/mark>/gs);
  // split with one capture group: even indexes are plain text, odd ones the marked words.
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : p))}</>;
}
