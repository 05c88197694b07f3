/**
 * An element's words as they show on the screen, whitespace collapsed: apart
 * wherever a box of their own starts or ends (a list item, each part of a
 * requirement's flex row). The indicator's templates write no white space
 * between such boxes, so their text content alone would run "Met" into
 * "Not here:".
 */
export function shownText(node: Element | null): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    if (!(current instanceof Element)) return;
    const edge = getComputedStyle(current).display === 'inline' ? '' : ' ';
    parts.push(edge);
    current.childNodes.forEach(walk);
    parts.push(edge);
  };
  if (node) walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
