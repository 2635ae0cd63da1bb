/** The body guards before JSON parsing: size, media type, UTF-8, nesting depth, JSON itself. */
import { describe, expect, it } from 'vitest';
import { jsonBody, MAX_BODY_BYTES } from '../../functions/http/body.ts';

async function guard(body: string | null, headers: Record<string, string> = { 'content-type': 'application/json' }, base64 = false) {
  const request = { event: { httpMethod: 'POST', body, headers, isBase64Encoded: base64 } } as any;
  await jsonBody().before!(request);
  return request.event.body;
}

describe('body guards', () => {
  it('parses JSON and leaves an empty body empty', async () => {
    expect(await guard('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(await guard('')).toBeUndefined();
  });

  it.each([
    ['x'.repeat(MAX_BODY_BYTES + 1), { 'content-type': 'application/json' }, false, 413],
    ['{}', { 'content-type': 'text/plain' }, false, 415],
    ['{}', {}, false, 415],
    [Buffer.from([0x7b, 0xff, 0x7d]).toString('base64'), { 'content-type': 'application/json' }, true, 400],
    ['['.repeat(40) + ']'.repeat(40), { 'content-type': 'application/json' }, false, 400],
    ['{"a":', { 'content-type': 'application/json' }, false, 400],
  ])('refuses body #%# with its status', async (body, headers, base64, status) => {
    await expect(guard(body, headers as Record<string, string>, base64)).rejects.toMatchObject({ status });
  });
});
