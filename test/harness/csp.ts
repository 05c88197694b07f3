/**
 * Runs a page under a council's strict Content-Security-Policy in an iframe
 * and reports every `securitypolicyviolation` it raised. The page is served
 * through the headers plugin, so the policy is a real response header.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export interface CspRun {
  frame: HTMLIFrameElement;
  violations: string[];
  /** Every error the page raised, and every script of `scripts=` that failed to load. */
  errors: string[];
  /** Every console warning the page gave, as it gives them (the array fills on after the page is ready). */
  warnings: string[];
  remove(): void;
}

/** Loads `page` (an .html file in the project) under `policy`; resolves once the page says it is ready. */
export async function loadUnderCsp(page: string, policy = STRICT_CSP, query = ''): Promise<CspRun> {
  const frame = document.createElement('iframe');
  const headers = encodeURIComponent(JSON.stringify({ 'Content-Security-Policy': policy }));
  frame.src = `/__headers?page=${encodeURIComponent(page)}&set=${headers}${query ? `&${query}` : ''}`;
  frame.title = 'Page under a strict Content-Security-Policy';
  document.body.append(frame);
  type BootWindow = Window & { pkReady?: Promise<void>; pkViolations?: string[]; pkErrors?: string[] };
  const win = await new Promise<BootWindow & { pkWarnings?: string[] }>((resolve) =>
    frame.addEventListener('load', () => resolve(frame.contentWindow as never), { once: true }),
  );
  await waitFor(() => win.pkReady !== undefined);
  await win.pkReady;
  const [violations, errors, warnings] = [win.pkViolations ?? [], win.pkErrors ?? [], win.pkWarnings ?? []];
  return { frame, violations, errors, warnings, remove: () => frame.remove() };
}

/** An element the CSP page places: its tag and attributes. */
export interface PlacedElement {
  tag: string;
  attrs: Record<string, string>;
}

/**
 * Loads test/harness/csp-page.html under `policy`, showing `elements` on the
 * document at `doc` and loading `scripts` (element files) first, if given.
 */
export function loadElementsUnderCsp(
  elements: PlacedElement[],
  {
    doc = '/demo/data/sutton.json',
    policy = STRICT_CSP,
    scripts,
  }: { doc?: string; policy?: string; scripts?: string[] } = {},
): Promise<CspRun> {
  const query = new URLSearchParams({ doc, elements: JSON.stringify(elements) });
  if (scripts) query.set('scripts', JSON.stringify(scripts));
  return loadUnderCsp('/test/harness/csp-page.html', policy, query.toString());
}

async function waitFor(condition: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('the page under CSP did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
}
