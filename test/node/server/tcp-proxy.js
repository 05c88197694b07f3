// A TCP proxy between a host process and PostgreSQL, for the tests of a
// connection the network or the database lost: its connections open now can
// be made silent (a firewall's idle timeout: no FIN, no reset, no data), or
// one cut as it sends a given query (a restart or pg_terminate_backend
// reaching a decision under way). New connections get through, unless the
// proxy is stalled: then they are taken and never answered (a failover's
// address that has no database behind it yet). It also counts the round
// trips clients make: each query waits for its answer before the next.
import { createServer, connect } from 'node:net';

/** A proxy to the PostgreSQL of `url`; resolves with `via` (the same URL through the proxy) and what it can do. */
export async function postgresProxy(url) {
  const target = new URL(url);
  const pairs = new Set();
  const silenced = [];
  /** The text whose sending ends its connection, once. */
  let cutting;
  let stalled = false;
  let roundTrips = 0;
  const proxy = createServer((inbound) => {
    if (stalled) {
      silenced.push(inbound.pause());
      return;
    }
    const outbound = connect(Number(target.port), target.hostname);
    const pair = { inbound, outbound, silent: false };
    const countRoundTrips = roundTripCounter(() => (roundTrips += 1));
    inbound.on('data', (chunk) => {
      if (pair.silent) return;
      countRoundTrips(chunk);
      if (cutting !== undefined && chunk.includes(cutting)) {
        cutting = undefined;
        return drop();
      }
      outbound.write(chunk);
    });
    outbound.pipe(inbound);
    pairs.add(pair);
    const drop = () => (inbound.destroy(), outbound.destroy(), pairs.delete(pair));
    inbound.on('error', drop).on('close', drop);
    outbound.on('error', drop).on('close', drop);
  });
  await new Promise((done) => proxy.listen(0, '127.0.0.1', done));
  const via = new URL(target);
  via.hostname = '127.0.0.1';
  via.port = String(proxy.address().port);
  return {
    via: via.href,
    /** Nothing more passes either way on the connections open now, and neither end is told. */
    silence() {
      for (const pair of pairs) {
        pair.silent = true;
        pair.outbound.unpipe(pair.inbound);
        pair.inbound.pause();
        pair.outbound.pause();
        silenced.push(pair.inbound, pair.outbound);
      }
      pairs.clear();
    },
    /** The connections open now end at once, and new ones are taken and never answered until `flow()`. */
    stall() {
      stalled = true;
      for (const { inbound, outbound } of pairs) {
        inbound.destroy();
        outbound.destroy();
      }
    },
    /** New connections get through again. */
    flow() {
      stalled = false;
    },
    /** How many round trips the clients have made: queries each answered before the next is sent. */
    roundTrips: () => roundTrips,
    /** The next connection to send `text` (a query's SQL) ends there, the query unforwarded. */
    cutAt(text) {
      cutting = text;
    },
    close() {
      proxy.close();
      const open = [...pairs].flatMap(({ inbound, outbound }) => [inbound, outbound]);
      for (const socket of [...open, ...silenced]) socket.destroy();
    },
  };
}

/**
 * Calls `counted` for each message a client sends that asks for an answer: a simple query ('Q'), or the Sync ('S')
 * that ends an extended query's Parse, Bind and Execute. The first message (startup) has no type byte.
 */
function roundTripCounter(counted) {
  let pending = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      const head = started ? 1 : 0;
      if (pending.length < head + 4) return;
      const length = head + pending.readInt32BE(head);
      if (pending.length < length) return;
      if (started && (pending[0] === 0x51 || pending[0] === 0x53)) counted();
      started = true;
      pending = pending.subarray(length);
    }
  };
}
