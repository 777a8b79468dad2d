import { EventEmitter } from 'node:events';
import { exitAfterOutput, stopQuietlyOnClosedPipe, type OutputStream } from '../../src/cli/io';

// How the bin ends: after stdout and stderr have taken what was written, and quietly when the reader of a pipe
// stopped early ("| head"). Streams here are stand-ins that call back when told to.
class Stream extends EventEmitter implements OutputStream {
  pending: (() => void)[] = [];
  write(_chunk: string, done: () => void): boolean {
    this.pending.push(done);
    return false;
  }
  drain(): void {
    for (const done of this.pending.splice(0)) done();
  }
}

describe('the bin ends', () => {
  it('exits with the code only once every stream has taken its output', () => {
    const [out, err] = [new Stream(), new Stream()];
    const exits: number[] = [];
    exitAfterOutput(3, [out, err], (code) => exits.push(code));
    expect(exits).toEqual([]);
    out.drain();
    expect(exits).toEqual([]);
    err.drain();
    expect(exits).toEqual([3]);
  });

  it('exits 0 without a trace when the reader closed the pipe, and throws any other stream error', () => {
    const out = new Stream();
    const exits: number[] = [];
    stopQuietlyOnClosedPipe([out], (code) => exits.push(code));
    out.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exits).toEqual([0]);
    expect(() => out.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' }))).toThrow('write EIO');
  });
});
