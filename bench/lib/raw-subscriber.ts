// One graphql-transport-ws subscriber with its own socket, for the live fan-out benchmark: a message's arrival is
// timed as soon as its frame is read, before anything parses it. graphql-ws's client parses and checks every message
// before handing it on, so with 1,000 subscribers in this one process the last message's time held the parsing of
// the 999 before it (~28 ms of this process's CPU per write): the figure measured this process, not the server.
// Event messages are parsed (and checked for errors) only after the write's messages are all in.
import WebSocket from 'ws';

export class RawSubscriber {
  /** When each event ('next') message arrived (performance.now()), and its text. */
  readonly arrivals: number[] = [];
  private readonly texts: string[] = [];
  acknowledged = false;
  failure: unknown;
  private readonly ws: WebSocket;

  constructor(url: string, query: string, variables: Record<string, unknown>) {
    this.ws = new WebSocket(url, 'graphql-transport-ws');
    this.ws.on('open', () => this.ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    this.ws.on('error', (err) => (this.failure ??= err));
    this.ws.on('close', (code, reason) => {
      if (!this.closing) this.failure ??= new Error(`socket closed: ${code} ${reason.toString()}`);
    });
    this.ws.on('message', (data: Buffer) => {
      const at = performance.now();
      // An event starts with its id and type (the server writes `{"id":"1","type":"next",...`): no parsing needed.
      if (data.subarray(0, 48).includes('"type":"next"')) {
        this.arrivals.push(at);
        this.texts.push(data.toString('utf8'));
        return;
      }
      const m = JSON.parse(data.toString('utf8')) as { type: string; payload?: unknown };
      if (m.type === 'connection_ack') {
        this.acknowledged = true;
        this.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
      } else if (m.type === 'ping') {
        this.ws.send(JSON.stringify({ type: 'pong' }));
      } else if (m.type === 'error' || m.type === 'complete') {
        this.failure ??= new Error(`subscription ended: ${JSON.stringify(m)}`);
      }
    });
  }

  private closing = false;

  /** The `n`th event's payload, parsed now; throws when it carries errors or is not an event. */
  event(n: number): { data?: unknown } {
    const m = JSON.parse(this.texts[n]) as { id: string; type: string; payload: { data?: unknown; errors?: unknown } };
    if (m.type !== 'next' || m.id !== '1') throw new Error(`not an event of subscription 1: ${this.texts[n].slice(0, 200)}`);
    if (m.payload.errors) throw new Error(`event with errors: ${JSON.stringify(m.payload.errors)}`);
    return m.payload;
  }

  close(): void {
    this.closing = true;
    this.ws.close();
  }
}
