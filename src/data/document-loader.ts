/**
 * Fetches and checks one document. Every way it can go wrong comes back as a
 * `LoadFailure`; nothing is thrown.
 */
import { parseDocument, type PartnershipDocument } from '../contract/index.js';
import type { LoadFailure } from './document-state.js';

export type LoadResult =
  { ok: true; json: unknown; document: PartnershipDocument } | { ok: false; failure: LoadFailure };

/** Fetches `url` (same-origin credentials, no HTTP cache revalidation skipped) and checks it. */
export async function fetchDocument(url: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    return { ok: false, failure: { kind: 'network', url, message: messageOf(error) } };
  }
  if (!response.ok) {
    return { ok: false, failure: { kind: 'http', url, status: response.status, statusText: response.statusText } };
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return { ok: false, failure: { kind: 'not-json', url, message: messageOf(error) } };
  }
  return checkJson(json, url);
}

/** Checks already-parsed JSON against the contract. */
export function checkJson(json: unknown, url?: string): LoadResult {
  const parsed = parseDocument(json);
  if (!parsed.ok)
    return { ok: false, failure: { kind: 'contract', url, problems: parsed.problems, total: parsed.total } };
  return { ok: true, json, document: parsed.document };
}

/** Parses inline JSON text (a `<script type="application/json">` child). */
export function checkJsonText(text: string): LoadResult {
  try {
    return checkJson(JSON.parse(text));
  } catch (error) {
    return { ok: false, failure: { kind: 'not-json', message: messageOf(error) } };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
