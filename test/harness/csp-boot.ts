/**
 * The script of csp-page.html. It records every CSP violation, every
 * error and every console warning, loads the kit (from source, or the built files that `scripts`
 * names, in order), then builds the elements that the page's query names and
 * waits until each has shown its document or its problem.
 *
 *   ?doc=/demo/data/sutton.json&elements=[{"tag":"partnership-roster","attrs":{"group":"elg"}}]
 *   &scripts=["/dist/components/partnership-roster.js"]
 */
interface ElementSpec {
  tag: string;
  attrs?: Record<string, string>;
}
type BootWindow = Window & {
  pkReady?: Promise<void>;
  pkViolations?: string[];
  pkErrors?: string[];
  pkWarnings?: string[];
};

const violations: string[] = [];
const errors: string[] = [];
const win = window as BootWindow;
win.pkViolations = violations;
win.pkErrors = errors;
// The kit's console warnings for the web team (a live channel the policy blocks), kept for the test to read.
const warnings: string[] = [];
win.pkWarnings = warnings;
const warn = console.warn.bind(console);
console.warn = (...parts: unknown[]) => {
  warnings.push(parts.join(' '));
  warn(...parts);
};
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`);
});
window.addEventListener('error', (event) => errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

/** The kit from source, or each built file in `scripts` as a page's module script loads it. */
async function loadKit(scripts: string[] | null): Promise<void> {
  if (scripts === null) {
    await import('../../components/index.js');
    return;
  }
  for (const script of scripts) {
    try {
      await import(/* @vite-ignore */ script);
    } catch (error) {
      errors.push(`${script}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function settled(element: Element): Promise<void> {
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  const start = performance.now();
  while (element.shadowRoot?.querySelector('.loading') && performance.now() - start < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

win.pkReady = (async () => {
  const params = new URLSearchParams(location.search);
  await loadKit(JSON.parse(params.get('scripts') ?? 'null') as string[] | null);
  const doc = params.get('doc') ?? '/demo/data/sutton.json';
  const specs = JSON.parse(params.get('elements') ?? '[]') as ElementSpec[];
  const host = document.getElementById('elements')!;
  const elements = specs.map(({ tag, attrs = {} }) => {
    const element = document.createElement(tag);
    element.setAttribute('src', doc);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    host.append(element);
    return element;
  });
  await Promise.all(elements.map(settled));
  // Violation reports are queued as tasks: let them arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
})();
