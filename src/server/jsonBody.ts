import type { IncomingMessage } from 'node:http';

/** The request body was refused; `status` is the HTTP status to answer with. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The client went away (closed the tab, aborted the fetch) before its request arrived whole. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection before its request arrived.');
  }
}

/** Reads a JSON request body, refusing anything over `limitBytes` before buffering it. */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw new BodyError(413, `Request body is larger than ${limitBytes} bytes.`);
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new BodyError(415, 'Request body must be application/json.');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limitBytes) {
        request.destroy();
        throw new BodyError(413, `Request body is larger than ${limitBytes} bytes.`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    // Node reports a client that hung up mid-body as an "aborted" ECONNRESET on the request.
    if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') throw new ClientGoneError();
    throw error;
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BodyError(400, `Request body is not valid JSON: ${(error as Error).message}`);
  }
}
