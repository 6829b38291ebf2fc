import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight.js';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SingleFlight', () => {
  it('runs work once for concurrent callers of one key, and again once it has finished', async () => {
    const flights = new SingleFlight<number>();
    let runs = 0;
    const gate = deferred<number>();
    const work = () => {
      runs += 1;
      return gate.promise;
    };
    const first = flights.run('AAPL', work);
    const second = flights.run('AAPL', work);
    const other = flights.run('MSFT', async () => 7);
    gate.resolve(42);
    expect(await Promise.all([first, second, other])).toEqual([42, 42, 7]);
    expect(runs).toBe(1);
    expect(flights.size).toBe(0);
    await flights.run('AAPL', async () => {
      runs += 1;
      return 1;
    });
    expect(runs).toBe(2);
  });

  it('hands a failure to every waiting caller and forgets the key', async () => {
    const flights = new SingleFlight<number>();
    const gate = deferred<number>();
    const callers = [flights.run('AAPL', () => gate.promise), flights.run('AAPL', () => gate.promise)];
    gate.reject(new Error('every provider failed'));
    const outcomes = await Promise.allSettled(callers);
    expect(outcomes.map((outcome) => outcome.status === 'rejected' && String(outcome.reason))).toEqual(['Error: every provider failed', 'Error: every provider failed']);
    expect(flights.size).toBe(0);
  });

  it('lets one caller stop waiting without cancelling the work for the others', async () => {
    const flights = new SingleFlight<string>();
    const gate = deferred<string>();
    const controller = new AbortController();
    const impatient = flights.run('AAPL', () => gate.promise, controller.signal);
    const patient = flights.run('AAPL', () => gate.promise);
    controller.abort(new Error('client disconnected'));
    await expect(impatient).rejects.toThrow('client disconnected');
    gate.resolve('bars');
    expect(await patient).toBe('bars');
  });
});
