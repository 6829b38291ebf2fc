import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { signInAsFirstAccount } from './sign-in.js';
import type { SteppedClockReply, SteppedClockRequest } from './stepped-clock-messages.js';

/** A server process on a clock the bench moves (see `stepped-clock-server.ts`). */
export interface SteppedClockServer {
  readonly url: string;
  /** Headers authenticating as the server's first (admin) account, created at start. */
  readonly headers: Record<string, string>;
  /** Moves the server's clock forward by `ms`; resolves once it has. */
  step(ms: number): Promise<void>;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./stepped-clock-server.js', import.meta.url));

function nextReply(child: ChildProcess): Promise<SteppedClockReply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null): void => reject(new Error(`the stepped-clock server exited (${code}) before answering`));
    child.once('exit', onExit);
    child.once('message', (message: SteppedClockReply) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });
}

/** Starts the server with its clock at `startMs` and resolves once it listens. */
export async function startSteppedClockServer(startMs: number): Promise<SteppedClockServer> {
  const child = fork(SCRIPT, [String(startMs)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const listening = await nextReply(child);
  if (listening.type !== 'listening') throw new Error(`the stepped-clock server answered ${JSON.stringify(listening)}`);
  const send = (request: SteppedClockRequest): void => {
    child.send(request);
  };
  const headers = await signInAsFirstAccount(listening.url);
  return {
    url: listening.url,
    headers,
    async step(ms) {
      const answer = nextReply(child);
      send({ type: 'step', ms });
      if ((await answer).type !== 'stepped') throw new Error('the stepped-clock server did not step');
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      send({ type: 'stop' });
      await exited;
      rmSync(listening.dataDir, { recursive: true, force: true });
    },
  };
}
