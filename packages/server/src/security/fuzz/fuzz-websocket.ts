import WebSocket from 'ws';
import { findLeak } from './find-leak.js';
import { websocketFrames, type WebSocketFrame } from './websocket-frames.js';

/** Options of {@link fuzzWebSocket}. */
export interface WebSocketFuzzOptions {
  /** Random frames to send, on top of the fixed edge cases. Default 300. */
  readonly messages?: number;
  /** Seed of the random frames. Default 42. */
  readonly seed?: number;
  /** Subprotocols to offer, e.g. `['goldensignals.v1', 'bearer.<token>']` to connect authenticated. */
  readonly protocols?: readonly string[];
  /** Headers of the upgrade request (e.g. `authorization`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** How long to wait for the answer to a frame (or the close it causes). Default 2 s. */
  readonly answerTimeoutMs?: number;
}

/** What {@link fuzzWebSocket} sent and what the server did. */
export interface WebSocketFuzzReport {
  /** Connections opened (the server closing one for abuse means a new one). */
  readonly connections: number;
  /** Connections that could not be opened. */
  readonly failedConnections: number;
  readonly framesSent: number;
  readonly framesByKind: Record<string, number>;
  /** Server messages by `type` (`welcome`, `error`, `pong`, `subscribed`, ...). */
  readonly answersByType: Record<string, number>;
  /** `error` messages by `code`. */
  readonly errorsByCode: Record<string, number>;
  /** Closes the server started, by close code (`4002` abuse, `1009` frame too big, `1007` not UTF-8, ...). */
  readonly closesByCode: Record<string, number>;
  /** Frames (or floods) that got neither an answer nor a close within the timeout. */
  readonly unanswered: number;
  /** Socket errors seen by the client, by message (a reset after the server cut an oversized frame, ...). */
  readonly clientErrors: Record<string, number>;
  /** Server messages that were not JSON objects with a `type`, first 500 characters each (at most 20 kept). */
  readonly malformedAnswers: readonly string[];
  /** Server messages showing internals (see `findLeak`), first 500 characters each (at most 20 kept). */
  readonly leaks: readonly string[];
}

const KEPT = 20;
const CLIENT_CLOSE = 1000;

function count(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

function keep(list: string[], text: string): void {
  if (list.length < KEPT) list.push(text.slice(0, 500));
}

type Outcome = 'answer' | 'closed' | 'timeout';

/** One client connection: counts what arrives into the report and lets the fuzzer wait for the next answer. */
class Probe {
  readonly socket: WebSocket;
  closed = false;
  #closingOurselves = false;
  #waiters: ((outcome: Outcome) => void)[] = [];
  #pendingAnswers = 0;
  #lastSent = '';

  constructor(url: string, options: WebSocketFuzzOptions, private readonly report: MutableReport) {
    this.socket = new WebSocket(url, options.protocols === undefined ? undefined : [...options.protocols], { headers: options.headers === undefined ? undefined : { ...options.headers } });
    this.socket.on('message', (data, isBinary) => this.#receive(data, isBinary));
    this.socket.on('close', (code) => {
      this.closed = true;
      if (!this.#closingOurselves) count(report.closesByCode, String(code));
      this.#settle('closed', true);
    });
    this.socket.on('error', (error) => count(report.clientErrors, error.message.slice(0, 120)));
  }

  /** Resolves once the socket is open and the welcome (or a refusal) came, false when it could not connect. */
  async opened(timeoutMs: number): Promise<boolean> {
    const open = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.socket.once('open', () => {
        clearTimeout(timer);
        resolve(true);
      });
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve(false);
      });
      this.socket.once('unexpected-response', () => {
        clearTimeout(timer);
        this.socket.terminate();
        resolve(false);
      });
    });
    return open && (await this.next(timeoutMs)) === 'answer';
  }

  send(frame: WebSocketFrame): void {
    this.#lastSent = typeof frame.data === 'string' ? frame.data : frame.data.toString('utf8');
    for (let index = 0; index < frame.repeat && this.socket.readyState === WebSocket.OPEN; index++) {
      this.socket.send(frame.data, { binary: frame.binary }, (error) => {
        if (error) count(this.report.clientErrors, error.message.slice(0, 120));
      });
    }
  }

  /** The next answer (heartbeats do not count) or the close, or 'timeout'. */
  next(timeoutMs: number): Promise<Outcome> {
    if (this.#pendingAnswers > 0) {
      this.#pendingAnswers--;
      return Promise.resolve('answer');
    }
    if (this.closed) return Promise.resolve('closed');
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== settle);
        resolve('timeout');
      }, timeoutMs);
      const settle = (outcome: Outcome): void => {
        clearTimeout(timer);
        resolve(outcome);
      };
      this.#waiters.push(settle);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.#closingOurselves = true;
    const done = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
    this.socket.close(CLIENT_CLOSE, 'fuzzing done');
    const timer = setTimeout(() => this.socket.terminate(), 2_000);
    await done;
    clearTimeout(timer);
  }

  #receive(data: WebSocket.RawData, isBinary: boolean): void {
    const raw = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
    const textOf = raw.toString('utf8');
    let type: string | undefined;
    try {
      const value: unknown = JSON.parse(textOf);
      if (typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string') {
        type = value.type;
        if (type === 'error') count(this.report.errorsByCode, 'code' in value && typeof value.code === 'string' ? value.code : '(no code)');
      }
    } catch {
      type = undefined;
    }
    if (type === undefined || isBinary) keep(this.report.malformedAnswers, `${isBinary ? '(binary) ' : ''}${textOf}`);
    count(this.report.answersByType, type ?? '(malformed)');
    const leak = findLeak(textOf, this.#lastSent);
    if (leak !== undefined) keep(this.report.leaks, `${leak} in ${textOf}`);
    if (type !== 'heartbeat') this.#settle('answer', false);
  }

  #settle(outcome: Outcome, all: boolean): void {
    if (this.#waiters.length === 0) {
      if (outcome === 'answer') this.#pendingAnswers++;
      return;
    }
    for (const waiter of all ? this.#waiters.splice(0) : this.#waiters.splice(0, 1)) waiter(outcome);
  }
}

type MutableReport = { -readonly [K in keyof WebSocketFuzzReport]: WebSocketFuzzReport[K] } & { malformedAnswers: string[]; leaks: string[] };

/**
 * Opens real connections to a GoldenSignals WebSocket endpoint (`ws://host:port/ws`) and sends hostile frames one
 * at a time, waiting for each answer: invalid JSON, messages over the size limit and frames over the frame limit
 * (up to 1 MB), binary frames, text that is not UTF-8, JSON 8,000 levels deep, unknown types, hostile channel
 * names and ids, a subscribe with 10,000 channels, floods of pings. When the server closes a connection (4002 for
 * too many bad messages is expected) it counts the close and reconnects. It asserts nothing: the report says what
 * came back, for the caller to judge.
 */
export async function fuzzWebSocket(url: string, options: WebSocketFuzzOptions = {}): Promise<WebSocketFuzzReport> {
  const timeoutMs = options.answerTimeoutMs ?? 2_000;
  const report: MutableReport = {
    connections: 0,
    failedConnections: 0,
    framesSent: 0,
    framesByKind: {},
    answersByType: {},
    errorsByCode: {},
    closesByCode: {},
    unanswered: 0,
    clientErrors: {},
    malformedAnswers: [],
    leaks: [],
  };
  let probe: Probe | undefined;
  const connect = async (): Promise<Probe | undefined> => {
    // A few tries: a refused connection is reported, but a server that keeps refusing ends the run.
    for (let attempt = 0; attempt < 3; attempt++) {
      const next = new Probe(url, options, report);
      if (await next.opened(timeoutMs)) {
        report.connections++;
        return next;
      }
      report.failedConnections++;
      next.socket.terminate();
    }
    return undefined;
  };
  for (const frame of websocketFrames(options.messages ?? 300, options.seed ?? 42)) {
    if (probe === undefined || probe.closed || probe.socket.readyState !== WebSocket.OPEN) {
      if (probe !== undefined && !probe.closed) await probe.next(timeoutMs);
      probe = await connect();
      if (probe === undefined) break;
    }
    probe.send(frame);
    report.framesSent += frame.repeat;
    count(report.framesByKind, frame.kind, frame.repeat);
    for (let answers = 0; answers < frame.repeat; answers++) {
      const outcome = await probe.next(timeoutMs);
      if (outcome === 'timeout') report.unanswered++;
      if (outcome !== 'answer') break;
    }
  }
  await probe?.close();
  return report;
}
