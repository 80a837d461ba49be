// Back-pressure for the HTTP server: a request on a connection that has as much in hand as
// it may (PIPELINED_MAX answers its client has not read, or UNREAD_MAX bytes) waits without
// being answered, so it holds no memory, and the connection is read no further, until the
// client reads; a connection that does not drain within the stall timeout is closed. A
// client that pipelines and never reads holds a bounded amount of the hub, for a bounded time.
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Answers a connection may have in hand (made, not yet read by its client) before its next requests wait. */
export const PIPELINED_MAX = 8;
/** Bytes of answers a client may leave unread before its next requests wait. */
export const UNREAD_MAX = 4 * 1024 * 1024;

export class BackPressure {
  /** Connections read no further until they drain, each with the timer that closes it if it never does. */
  private readonly stalled = new WeakMap<Socket, NodeJS.Timeout>();
  private readonly watched = new WeakSet<Socket>();
  /** Per connection: answers made and not yet finished, and requests waiting their turn. */
  private readonly answered = new WeakMap<Socket, number>();
  private readonly waiting = new WeakMap<Socket, (() => void)[]>();

  constructor(private readonly stallMs: number) {}

  /** Whether a connection has as much in hand as it may. */
  private backlogged(socket: Socket): boolean {
    return (this.answered.get(socket) ?? 0) >= PIPELINED_MAX || socket.writableLength > UNREAD_MAX;
  }

  /** Runs `go` (which answers `res`) now, or once the connection has room for it. */
  inTurn(socket: Socket, res: ServerResponse, go: () => void): void {
    const run = () => {
      this.answered.set(socket, (this.answered.get(socket) ?? 0) + 1);
      res.once('close', () => {
        this.answered.set(socket, (this.answered.get(socket) ?? 1) - 1);
        this.release(socket);
      });
      go();
    };
    const queue = this.waiting.get(socket) ?? [];
    if (queue.length === 0 && !this.backlogged(socket)) {
      run();
      return;
    }
    queue.push(run);
    this.waiting.set(socket, queue);
    if (!this.stalled.has(socket)) {
      socket.pause();
      const timer = setTimeout(() => socket.destroy(), this.stallMs);
      timer.unref();
      this.stalled.set(socket, timer);
    }
    if (!this.watched.has(socket)) {
      this.watched.add(socket);
      socket.once('close', () => clearTimeout(this.stalled.get(socket)));
      socket.on('drain', () => this.release(socket));
    }
  }

  /** Answers the requests that waited, as the connection drains; reads it again once nothing waits. */
  private release(socket: Socket): void {
    const queue = this.waiting.get(socket);
    while (queue && queue.length > 0 && !this.backlogged(socket)) queue.shift()!();
    if (queue && queue.length > 0) return;
    const timer = this.stalled.get(socket);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.stalled.delete(socket);
    socket.resume();
  }
}
