// Lingering close (as nginx's `lingering_close`): a request refused before its body was read (413) is answered
// at once, but a client that does not wait for `100 Continue` (Node's fetch, Python's urllib) is still sending
// the body. Closing the socket then makes the kernel answer the unread bytes with a reset, and the client sees
// EPIPE / ECONNRESET instead of the 413. So the answer is sent and the write side shut (FIN), and the rest of the
// body is read and dropped until the client has sent it all and closes, or up to a bound of bytes or time.
import type http from 'node:http';
import type net from 'node:net';

export interface LingerLimits {
  /** Bytes read and dropped after the answer, at most (beyond: the socket is destroyed). */
  maxBytes: number;
  /** Longest the socket lingers after the answer. */
  maxMs: number;
}

const lingering = new WeakSet<net.Socket>();

/**
 * Makes the answer to `req` close its connection with a lingering close. Call it before the answer is sent; the
 * answer must close the connection (`connection: close`): Node's server then ends the socket with `destroySoon()`,
 * which this replaces for this socket.
 */
export function lingerAfterAnswer(req: http.IncomingMessage, limits: LingerLimits): void {
  const socket = req.socket as net.Socket & { destroySoon?: () => void };
  if (lingering.has(socket)) return;
  lingering.add(socket);
  // Whatever the request's handlers do with it, its bytes are pulled off the wire (and dropped).
  req.resume();
  socket.destroySoon = () => {
    const startBytes = socket.bytesRead;
    // Declared before close() reads them; set below, once the socket is ending.
    // eslint-disable-next-line prefer-const
    let poll: NodeJS.Timeout | undefined;
    // eslint-disable-next-line prefer-const
    let timer: NodeJS.Timeout | undefined;
    const close = () => {
      clearInterval(poll);
      clearTimeout(timer);
      socket.destroy();
    };
    // The answer goes out, then FIN: the client reads it once it has finished sending (or stops sending).
    socket.end();
    socket.once('end', close);
    socket.once('error', close);
    timer = setTimeout(close, limits.maxMs).unref();
    poll = setInterval(() => socket.bytesRead - startBytes > limits.maxBytes && close(), 25).unref();
    socket.resume();
  };
}
