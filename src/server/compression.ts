/**
 * The API's answers compressed for the network they cross. A governor opens the vote page on a phone over
 * mobile data, and the document is 32 KB for one partnership (about 1 MB at a hundred times its size): brotli
 * sends it in about 7 KB. A portal that mounts the handler straight on node:http has nothing else in front of
 * it to compress; a proxy or `compression()` that does passes an answer already compressed through as it is.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Below this, compressing saves less than the headers it adds. */
const WORTH_COMPRESSING = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The codings offered, best first. Each answer is compressed afresh (the document differs by viewer, and
 * changes with every record), on libuv's thread pool rather than the event loop, so the quality is chosen for
 * speed: brotli 5 packs the Sutton document's 31 KB into 7 KB in a few ms, and the bench's hundredfold
 * document (2.5 MB) in about 0.1 s, where brotli 4 was no faster and a quarter larger.
 */
const ENCODERS = {
  br: (body: Buffer) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body: Buffer) => gzipped(body, { level: 6 }),
};

type Coding = keyof typeof ENCODERS;

/**
 * The coding to send for an `Accept-Encoding` header: brotli, else gzip, else none. A coding refused with
 * `q=0` is not sent, nor one not named (`*` names every one), so `identity` alone, or no header, gets none.
 */
export function chooseCoding(acceptEncoding: string | string[] | undefined): Coding | undefined {
  const weights = new Map<string, number>();
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  return (Object.keys(ENCODERS) as Coding[]).find((coding) => weight(coding) > 0);
}

/** `Vary` with Accept-Encoding added to what the portal set before the handler (cors() sets `Origin`). */
function varyOf(response: ServerResponse): string {
  const set = response.getHeader('Vary');
  const before = (Array.isArray(set) ? set.join(', ') : String(set ?? '')).trim();
  if (!before) return 'Accept-Encoding';
  return /(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(before) ? before : `${before}, Accept-Encoding`;
}

/** An answer to send: its status, headers and text. */
export interface TextAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `answer`, compressed when `compress` is on, it is worth it and the request accepts a coding. Every
 * answer says `Vary: Accept-Encoding` while `compress` is on, since a longer one at the same address may be
 * compressed. Not for the live stream (see api-routes.ts).
 */
export async function sendText(
  request: IncomingMessage,
  response: ServerResponse,
  { status, headers, body }: TextAnswer,
  compress: boolean,
): Promise<void> {
  const bytes = Buffer.from(body, 'utf8');
  if (!compress) return void response.writeHead(status, headers).end(bytes);
  const vary = { ...headers, Vary: varyOf(response) };
  const coding = bytes.length >= WORTH_COMPRESSING ? chooseCoding(request.headers['accept-encoding']) : undefined;
  if (!coding) return void response.writeHead(status, vary).end(bytes);
  const packed = await ENCODERS[coding](bytes);
  response.writeHead(status, { ...vary, 'Content-Encoding': coding }).end(packed);
}
