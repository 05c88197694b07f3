// What an EventSource does, for Node 20 (which has none): GET the live
// channel with fetch, parse the Server-Sent Events stream line by line
// (`id:`, `event:`, `data:`, comment lines, a blank line ends an event), and
// send `Last-Event-ID` when asked to resume.

/**
 * Opens `{base}/api/partnership/events` as `person`. Resolves once the
 * stream is open, with the events received so far (`events`, each
 * `{ id, event, data, at }`, `at` from performance.now()), `next(test, ms)`
 * for the first event passing `test` (waiting up to `ms`), the last id seen
 * (`lastEventId()`) and `close()`.
 */
export async function openEvents(base, { person, lastEventId } = {}) {
  const controller = new AbortController();
  const headers = { Accept: 'text/event-stream' };
  if (person) headers['x-person'] = person;
  if (lastEventId !== undefined) headers['Last-Event-ID'] = String(lastEventId);
  const response = await fetch(`${base}/api/partnership/events`, { headers, signal: controller.signal });
  if (!response.ok || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
    throw new Error(
      `${base}/api/partnership/events answered ${response.status} ${response.headers.get('content-type')}`,
    );
  }
  const events = [];
  const waiting = new Set();
  let last = lastEventId === undefined ? undefined : String(lastEventId);
  const dispatch = (event) => {
    events.push(event);
    for (const waiter of waiting) waiter(event);
  };
  void readStream(response.body, (fields) => {
    if (fields.id !== undefined) last = fields.id;
    if (fields.data === undefined) return;
    dispatch({ id: last, event: fields.event ?? 'message', data: JSON.parse(fields.data), at: performance.now() });
  });
  return {
    events,
    lastEventId: () => last,
    next(test, ms = 2_000) {
      const found = events.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = (event) => {
          if (!test(event)) return;
          waiting.delete(waiter);
          clearTimeout(timer);
          resolve(event);
        };
        const timer = setTimeout(() => {
          waiting.delete(waiter);
          reject(new Error(`No matching event from ${base} within ${ms} ms (${events.length} received)`));
        }, ms);
        waiting.add(waiter);
      });
    },
    close: () => controller.abort(),
  };
}

/** Reads an SSE body, calling `onEvent` with each event's fields (`id`, `event`, `data`). */
async function readStream(body, onEvent) {
  const decoder = new TextDecoder();
  let buffer = '';
  let fields = {};
  try {
    for await (const chunk of body) {
      buffer += decoder.decode(chunk, { stream: true });
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines.map((l) => l.replace(/\r$/, ''))) {
        if (line === '') {
          onEvent(fields);
          fields = {};
          continue;
        }
        if (line.startsWith(':')) continue; // a comment: no EventSource listener sees it
        const colon = line.indexOf(':');
        const name = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (name === 'data') fields.data = fields.data === undefined ? value : `${fields.data}\n${value}`;
        else if (name === 'id' || name === 'event' || name === 'retry') fields[name] = value;
      }
    }
  } catch {
    // Closed: by close(), or by the host going away; `next` then times out.
  }
}
