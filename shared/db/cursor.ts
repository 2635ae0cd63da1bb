/** The list cursor: DynamoDB's LastEvaluatedKey as an opaque base64url token, checked on the way back in. */
import { BadRequestError } from './errors.ts';

export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}
export function decodeCursor(cursor: string): Record<string, unknown> {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v;
  } catch {
    /* fall through */
  }
  throw new BadRequestError('invalid cursor', [{ pointer: '/cursor', detail: 'ungültig' }]);
}
