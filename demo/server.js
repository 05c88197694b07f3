// The reference host: a small portal stand-in on node:http, no framework.
// It serves the demo pages, the demo documents and the built kit. Later
// issues add sign-in, GET /api/partnership and POST /api/votes here.
//
//   npm start            → http://localhost:8080/ (PORT=… to change)
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PUBLIC = ['demo', 'dist'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
/** The policy a careful council page would send; the kit must work under it. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

function send(response, status, type, body) {
  response.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS });
  response.end(body);
}

/** The file under a public folder that `pathname` names, or undefined. */
function publicFile(pathname) {
  const file = normalize(join(root, decodeURIComponent(pathname)));
  const allowed = PUBLIC.some((folder) => file.startsWith(join(root, folder) + sep));
  return allowed ? file : undefined;
}

async function indexPage() {
  const documents = (await readdir(join(root, 'demo', 'data'))).filter((name) => name.endsWith('.json'));
  const items = documents.map((name) => `<li><a href="/demo/data/${name}">${name}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>partnership-kit demo</title></head>
<body>
<h1>partnership-kit demo</h1>
<p>The demo documents, one for each seed partnership:</p>
<ul>
${items}
</ul>
</body>
</html>`;
}

async function handle(request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return send(response, 405, 'text/plain', 'Method not allowed');
  if (pathname === '/' || pathname === '/demo/') return send(response, 200, TYPES['.html'], await indexPage());
  const file = publicFile(pathname);
  if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  try {
    const body = await readFile(file);
    return send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
  } catch {
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }
}

/** Starts the host; resolves with its URL once it listens. */
export function startHost({ port = Number(process.env.PORT ?? 8080), host = '127.0.0.1' } = {}) {
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error');
    });
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://localhost:${address.port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startHost();
  console.log(`partnership-kit demo: ${url}`);
}
