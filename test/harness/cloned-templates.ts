// Which templates Lit clones while an element draws (issue 12): each is one more instance made and committed in
// every render. Lit clones a template's content through `document.importNode`, so wrapping it for the time of a
// drawing sees every one.

/** Every template fragment cloned while `during` runs. */
export async function clonedDuring(during: () => Promise<unknown>): Promise<DocumentFragment[]> {
  const cloned: DocumentFragment[] = [];
  const importNode = Document.prototype.importNode;
  Document.prototype.importNode = function <T extends Node>(this: Document, node: T, deep?: boolean): T {
    cloned.push(node.cloneNode(true) as DocumentFragment);
    return importNode.call(this, node, deep) as T;
  };
  try {
    await during();
  } finally {
    Document.prototype.importNode = importNode;
  }
  return cloned;
}

/** Lit's part markers and the white space between them: nothing a reader meets. */
export const isMarker = (node: Node) =>
  node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim());

/** What a fragment draws of its own, its markers left out. */
export const drawn = (fragment: DocumentFragment) => [...fragment.childNodes].filter((node) => !isMarker(node));

/** A template holding nothing but parts: it only sets them side by side. */
export const onlyMarkers = (fragment: DocumentFragment) => drawn(fragment).length === 0;

/** A template holding one screen-reader pause (a part in a visually hidden span) and nothing else. */
export const onlyAPause = (fragment: DocumentFragment) => {
  const [span, ...more] = drawn(fragment);
  return (
    more.length === 0 &&
    span instanceof HTMLSpanElement &&
    span.className === 'visually-hidden' &&
    [...span.childNodes].every(isMarker)
  );
};

/** Each fragment as the names of its nodes, so a failure shows which templates were cloned. */
export const described = (fragments: DocumentFragment[]) =>
  fragments.map((fragment) => [...fragment.childNodes].map((node) => node.nodeName).join(' '));
