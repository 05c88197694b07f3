// A tiny live host for tests of live documents (DESIGN.md, "Live"): a document
// whose response names its Server-Sent Events channel, the channel itself, and
// a way for a test to publish on it. Also a refusal that names the record it
// refuses, as partnership-kit/server's do.
//
//   PUT  /__events/document?channel=<name>   body: the document JSON
//   GET  /__events/document?channel=<name>   the document, with
//        Link: </__events/stream?channel=<name>>; rel="partnership-events"
//   GET  /__events/stream?channel=<name>[&after=<id>]   the channel: `retry: 3000`, then each
//        event published, with ids; Last-Event-ID (or `after`) replays what was missed
//   POST /__events/send?channel=<name>&event=<type>   body: the event's data (JSON)
//   GET  /__events/state?channel=<name>      {"fetches": n, "listeners": n, "connections": n}
//   POST /__events/refuse?status=422&error=<text>&reason=<code>
//        answers { error, reason, record: <the Idempotency-Key> } with that status
//   POST /__events/drop?channel=<name>       ends every open stream: the browser reconnects
//        (after `retry`) with Last-Event-ID
//   GET  /__events/ping                      {"ok": true}: the plugin is there
//   GET  /__events/closed-port               {"port": n}: a port on 127.0.0.1 that nothing listens at (one was
//        opened there and closed again), for a channel whose host cannot be reached
//
// Register it in web-test-runner.config.js: plugins: [..., eventsPlugin()].

import { freePort } from '../../scripts/free-port.js';

const channels = new Map();

function channelNamed(name) {
  let channel = channels.get(name);
  if (!channel) {
    channel = { document: undefined, events: [], listeners: new Set(), fetches: 0, connections: 0, seq: 0 };
    channels.set(name, channel);
  }
  return channel;
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

function answer(context, status, body, headers = {}) {
  context.status = status;
  context.type = 'application/json';
  context.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) context.set(name, value);
  context.body = typeof body === 'string' ? body : JSON.stringify(body);
}

function write(response, event) {
  response.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${event.data}\n\n`);
}

/** Holds the response open as an event stream; Koa is told not to answer it. */
function stream(context, channel) {
  context.respond = false;
  const { req: request, res: response } = context;
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write('retry: 3000\n\n');
  channel.connections += 1;
  channel.listeners.add(response);
  request.on('close', () => channel.listeners.delete(response));
  // The browser's own reconnect names the last record it had; a new stream may name it in its URL, as
  // partnership-kit/server's `?after=` does.
  const after = Number(request.headers['last-event-id'] ?? context.query.after);
  if (Number.isSafeInteger(after)) for (const event of channel.events) if (event.id > after) write(response, event);
}

export function eventsPlugin() {
  return {
    name: 'partnership-kit-events',
    async serve(context) {
      if (!context.path.startsWith('/__events/')) return undefined;
      const route = context.path.slice('/__events/'.length);
      const params = context.URL.searchParams;
      const channel = channelNamed(params.get('channel') ?? '');
      const name = encodeURIComponent(params.get('channel') ?? '');
      if (route === 'ping') answer(context, 200, { ok: true });
      else if (route === 'closed-port') answer(context, 200, { port: await freePort() });
      else if (route === 'document' && context.method === 'PUT') {
        channel.document = await readBody(context.req);
        answer(context, 200, { ok: true });
      } else if (route === 'document') {
        channel.fetches += 1;
        const link = `</__events/stream?channel=${name}>; rel="partnership-events"`;
        answer(context, channel.document ? 200 : 404, channel.document ?? { error: 'no document' }, { Link: link });
      } else if (route === 'stream') stream(context, channel);
      else if (route === 'send') {
        channel.seq += 1;
        const event = {
          id: channel.seq,
          type: params.get('event') ?? 'record',
          data: (await readBody(context.req)).replace(/\n/g, ' '),
        };
        channel.events.push(event);
        for (const listener of channel.listeners) write(listener, event);
        answer(context, 200, { listeners: channel.listeners.size, id: event.id });
      } else if (route === 'drop') {
        for (const listener of channel.listeners) listener.end();
        channel.listeners.clear();
        answer(context, 200, { ok: true });
      } else if (route === 'state') {
        answer(context, 200, {
          fetches: channel.fetches,
          listeners: channel.listeners.size,
          connections: channel.connections,
        });
      } else if (route === 'refuse') {
        const status = Number(params.get('status') ?? 422);
        const record = context.get('Idempotency-Key') || undefined;
        answer(context, status >= 400 && status < 500 ? status : 422, {
          error: params.get('error') ?? 'Refused.',
          reason: params.get('reason') ?? 'refused',
          record,
        });
      } else answer(context, 404, { error: `no route ${route}` });
      return undefined;
    },
  };
}
