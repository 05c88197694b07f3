// Lets a test serve a page with response headers of its own choosing, so an
// element can be run under a council's strict Content-Security-Policy.
//
//   /__headers?set=<JSON of headers>&page=<path of an HTML file to serve>
//
// Any other request is served as usual. Example:
//   const csp = "default-src 'self'; script-src 'self'";
//   iframe.src = `/__headers?page=/test/harness/csp-page.html&set=${encodeURIComponent(JSON.stringify({ 'Content-Security-Policy': csp }))}`;
import { readFile } from 'node:fs/promises';
import { resolve, relative, isAbsolute } from 'node:path';

export function headersPlugin() {
  const root = process.cwd();
  return {
    name: 'partnership-kit-headers',
    async serve(context) {
      if (context.path !== '/__headers') return undefined;
      const page = context.URL.searchParams.get('page') ?? '';
      const file = resolve(root, `.${page}`);
      const inside = relative(root, file);
      if (!page.endsWith('.html') || inside.startsWith('..') || isAbsolute(inside)) {
        return { body: 'page must be an .html file inside the project', type: 'text/plain', status: 400 };
      }
      const headers = JSON.parse(context.URL.searchParams.get('set') ?? '{}');
      for (const [name, value] of Object.entries(headers)) context.response.set(name, String(value));
      return { body: await readFile(file, 'utf8'), type: 'html' };
    },
  };
}
