/**
 * Links back to a meeting or proposal, from the host's `href-template`. The
 * template names the place with `{type}` (meeting or proposal) and `{id}`:
 * `/governance/{type}s/{id}`. Only http, https or relative URLs are ever
 * produced: anything else (javascript:, data:, vbscript:…) gives no link.
 */
export function linkFor(
  template: string | undefined,
  type: 'meeting' | 'proposal',
  id: string,
  base: string,
): string | undefined {
  if (!template) return undefined;
  const href = template.replaceAll('{type}', encodeURIComponent(type)).replaceAll('{id}', encodeURIComponent(id));
  try {
    const { protocol } = new URL(href, base);
    return protocol === 'http:' || protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}
