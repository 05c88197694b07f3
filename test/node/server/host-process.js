// One host process for the multi-process proofs: partnership-kit/server in a
// plain node:http server over the store the environment names, serving the
// generated members' document. It prints `{"port":N}` once it listens.
//   PK_STORE_FILE  a SQLite file, or
//   PK_STORE_URL   a PostgreSQL connection string
//   PK_PORT        the port (default 0: a free one)
//   PK_MEMBERS     how many members the document has (default 50)
// Requests sign in by the `x-person` header, as in the other server tests.
import { createServer } from 'node:http';
import { membersDocument } from './members.js';

const { createPartnershipServer, sqliteStore, postgresStore } = await import('../../../dist/server.js');
const env = process.env;
const store = env.PK_STORE_FILE
  ? await sqliteStore({ file: env.PK_STORE_FILE })
  : await postgresStore({ connectionString: env.PK_STORE_URL });
const api = await createPartnershipServer({
  document: membersDocument(Number(env.PK_MEMBERS ?? 50)),
  store,
  authenticate: (request) => request.headers['x-person'] ?? null,
  // The tests' and the bench's 50 members each send far more records a minute than a member would.
  maxRecordsPerMinute: Number.POSITIVE_INFINITY,
});
const http = createServer(async (request, response) => {
  if (!(await api.handle(request, response))) response.writeHead(404).end();
});
http.listen(Number(env.PK_PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: http.address().port })}\n`);
});

// The clean stop docs/server.md gives (as demo/server.js does): no new connection; the records being stored are
// stored and answered, and only then the connections cut. Cut first, a vote stored in that moment lost its answer,
// was sent again, and came back 200 as a replay where the move test rightly expects its 201.
process.on('SIGTERM', () => {
  http.close();
  void api.close().finally(() => {
    http.closeAllConnections();
    process.exit(0);
  });
});
