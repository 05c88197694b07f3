/**
 * The script of csp-page.html. It records every CSP violation, then builds
 * the elements that the page's query names and waits until each has shown
 * its document or its problem.
 *
 *   ?doc=/demo/data/sutton.json&elements=[{"tag":"partnership-roster","attrs":{"group":"elg"}}]
 */
interface ElementSpec {
  tag: string;
  attrs?: Record<string, string>;
}
type BootWindow = Window & { pkReady?: Promise<void>; pkViolations?: string[] };

const violations: string[] = [];
const win = window as BootWindow;
win.pkViolations = violations;
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}: ${event.sample}`);
});

async function settled(element: Element): Promise<void> {
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  const start = performance.now();
  while (element.shadowRoot?.querySelector('.loading') && performance.now() - start < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

win.pkReady = (async () => {
  await import('../../components/index.js');
  const params = new URLSearchParams(location.search);
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
