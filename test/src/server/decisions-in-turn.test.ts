/**
 * decisionsInTurn, the queue a PostgreSQL store's decisions take their turn in within one process. Its refusal of
 * a decision that waited too long lost its only test when votes sent together came to be decided together (the
 * host's own votes no longer queue here), yet a portal calling `store.append` several times at once still reaches
 * it. Pure: tested here with decisions the test holds and frees itself, no database and no race against a clock.
 */
import { expect } from '@open-wc/testing';
import { decisionsInTurn } from '../../../src/server/decisions-in-turn.js';

/** A decision that runs until the test frees it; `started` says whether it has had its turn. */
function held(log: string[], name: string) {
  let free!: () => void;
  const done = new Promise<string>((resolve) => (free = () => resolve(name)));
  const decision = { started: false, free, decide: () => ((decision.started = true), log.push(name), done) };
  return decision;
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('decisionsInTurn', () => {
  it('runs as many at once as it is told, the others in the order they came', async () => {
    const inTurn = decisionsInTurn(2, 0);
    const log: string[] = [];
    const [a, b, c, d] = [held(log, 'a'), held(log, 'b'), held(log, 'c'), held(log, 'd')];
    const answers = [a, b, c, d].map((decision) => inTurn(decision.decide));
    await turn();
    expect(log).to.deep.equal(['a', 'b']);
    b.free();
    await turn();
    expect(log).to.deep.equal(['a', 'b', 'c']);
    a.free();
    c.free();
    await turn();
    d.free();
    expect(await Promise.all(answers)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('refuses one that waited longer than its wait, says why, and the next in line takes the turn', async () => {
    const inTurn = decisionsInTurn(1, 30);
    const log: string[] = [];
    const [first, second] = [held(log, 'first'), held(log, 'second')];
    const running = inTurn(first.decide);
    const refused = inTurn(second.decide).then(
      () => undefined,
      (error: Error) => error.message,
    );
    // Held past the wait: the second is refused while the first still runs, and never runs.
    const message = await refused;
    expect(message).to.match(/^The PostgreSQL store is busy: a decision waited 30 ms behind this process's others/);
    expect(message).to.include("The record stays on the member's device, which sends it again.");
    expect(second.started).to.equal(false);
    const third = held(log, 'third');
    const after = inTurn(third.decide);
    first.free();
    expect(await running).to.equal('first');
    await turn();
    expect(log).to.deep.equal(['first', 'third']);
    third.free();
    expect(await after).to.equal('third');
  });

  it('frees the turn when a decision fails, for the next to take', async () => {
    const inTurn = decisionsInTurn(1, 0);
    const failed = inTurn(() => Promise.reject(new Error('the connection was lost')));
    const next = inTurn(() => Promise.resolve('stored'));
    expect(await failed.then(String, (error: Error) => error.message)).to.equal('the connection was lost');
    expect(await next).to.equal('stored');
  });
});
