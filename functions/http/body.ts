/**
 * Guards that run before JSON parsing: size (413), media type (415), UTF-8 validity and
 * nesting depth (400). Then middy's JSON parser does the parsing.
 */
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { problems } from './problem.ts';
import type { HttpMiddleware } from './types.ts';

export const MAX_BODY_BYTES = 256 * 1024;
const MAX_DEPTH = 32;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function depthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > max) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

/** `limitOf` gives the route's body limit (a boundary import may be larger than a record). */
export function jsonBody(limitOf: (event: APIGatewayProxyEvent) => number = () => MAX_BODY_BYTES): HttpMiddleware {
  const parser = httpJsonBodyParser<APIGatewayProxyEvent>();
  return {
    before: async (request) => {
      const event = request.event;
      if (!['POST', 'PUT', 'PATCH'].includes(event.httpMethod)) return;
      if (event.body === null || event.body === undefined || event.body === '') {
        // From here on a missing body is `undefined`, as the wrapper checks; the event's type allows only string | null.
        (event as { body?: unknown }).body = undefined;
        return;
      }
      const bytes = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
      const limit = limitOf(event);
      if (bytes.length > limit) throw problems.tooLarge(limit);
      const type = event.headers?.['content-type'];
      if (!type || !/^application\/([a-z.+-]*\+)?json(\s*;.*)?$/i.test(type)) throw problems.unsupportedMediaType(type);
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        throw problems.badRequest('The request body is not valid UTF-8');
      }
      if (depthExceeds(text, MAX_DEPTH)) throw problems.badRequest(`JSON nested deeper than ${MAX_DEPTH} levels`);
      event.body = text;
      event.isBase64Encoded = false;
      try {
        await parser.before!(request);
      } catch (err) {
        // middy's parse error carries the parser's own message in `cause.message`.
        const cause = (err as { cause?: { message?: unknown } } | null | undefined)?.cause;
        throw problems.badRequest(cause?.message ? `Invalid JSON: ${cause.message}` : 'Invalid JSON');
      }
    },
  };
}
