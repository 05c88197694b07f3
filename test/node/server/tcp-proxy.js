// A TCP proxy between a host process and PostgreSQL, for the tests of a
// connection the network or the database lost: its connections open now can
// be made silent (a firewall's idle timeout: no FIN, no reset, no data), or
// one cut as it sends a given query (a restart or pg_terminate_backend
// reaching a decision under way). New connections get through, unless the
// proxy is stalled: then they are taken and never answered (a failover's
// address that has no database behind it yet).
import { createServer, connect } from 'node:net';

/** A proxy to the PostgreSQL of `url`; resolves with `via` (the same URL through the proxy) and what it can do. */
export async function postgresProxy(url) {
  const target = new URL(url);
  const pairs = new Set();
  const silenced = [];
  /** The text whose sending ends its connection, once. */
  let cutting;
  let stalled = false;
  const proxy = createServer((inbound) => {
    if (stalled) {
      silenced.push(inbound.pause());
      return;
    }
    const outbound = connect(Number(target.port), target.hostname);
    const pair = { inbound, outbound, silent: false };
    inbound.on('data', (chunk) => {
      if (pair.silent) return;
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
