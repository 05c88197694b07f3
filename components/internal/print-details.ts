/**
 * On paper nothing can be unfolded: the shared print styles show what a closed
 * `<details>` folds away (each seat's vote, a long mitigation) through
 * `details::details-content` (components/internal/styles.ts). Safari before
 * 18.4 has no such pseudo-element, and no other style reaches a closed
 * details element's content, so there the folded parts printed as their
 * summary alone. Where the browser lacks it, each closed details element in
 * a kit element is opened just before printing (`beforeprint`) and closed
 * again after (`afterprint`); the elements' templates never bind `open`, so
 * Lit leaves it as set.
 *
 * The elements are registered, not searched for: a register's thousands of
 * rows cost nothing until the page is printed, and an element inside another
 * component's shadow root is found too.
 */
const shown = new Set<Element>();
/** The details elements this module opened for printing, to close again. */
let opened: HTMLDetailsElement[] = [];
let listening = false;

/** Whether the print styles alone show a closed details element's content. */
function stylesUnfold(): boolean {
  try {
    return (
      typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('selector(::details-content)')
    );
  } catch {
    return false;
  }
}

function beforePrint(): void {
  if (stylesUnfold()) return;
  for (const element of shown) {
    const root = element.shadowRoot;
    if (!element.isConnected || !root) continue;
    for (const details of root.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
      details.open = true;
      opened.push(details);
    }
  }
}

function afterPrint(): void {
  for (const details of opened) details.open = false;
  opened = [];
}

/** `element` (connected) shows folded parts that must print unfolded. */
export function unfoldForPrint(element: Element): void {
  shown.add(element);
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
}

/** `element` left the page. */
export function forgetForPrint(element: Element): void {
  shown.delete(element);
}
