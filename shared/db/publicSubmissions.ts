/**
 * What every anonymous public submission writes in its own transaction (an idea, a survey response):
 * the solved challenge's guard item, so it counts once (pattern 5, TTL), and the client's count for the
 * day, refused at the limit (pattern 28, TTL two days). Built here so that no handler builds a request.
 */
import { ConflictError, TooManyError } from './errors.ts';
import { keys } from './keys.ts';
import type { ExtraGuard, Repository } from './repository.ts';
import type { OnFail, TxItem } from './transaction.ts';

const DAY_S = 86400;
const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

export interface PublicSubmission {
  /** The proof-of-work challenge's nonce: each solved challenge counts once. */
  nonce: string;
  challengeExpiresAt: Date;
  /** The client's salted address hash and the day it counts on; at most `limit` submissions a day. */
  client: { day: string; hash: string; limit: number };
  now: Date;
}

/** The WriteOptions parts of a public submission: `guards` and `also`, to spread into the record's write. */
export function submissionItems(repo: Repository, s: PublicSubmission): { guards: ExtraGuard[]; also: [TxItem, OnFail][] } {
  const challenge: ExtraGuard = {
    key: keys.unique('challenge', { nonce: s.nonce }),
    attributes: { _type: 'unique', ttl: epoch(s.challengeExpiresAt) + DAY_S },
    onConflict: () => new ConflictError('this challenge was already used', 'duplicate'),
  };
  const count: [TxItem, OnFail] = [
    {
      Update: {
        TableName: repo.table,
        Key: keys.rateLimit(s.client.day, s.client.hash),
        UpdateExpression: 'SET #type = :type, #ttl = :ttl ADD #count :one',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#type': '_type', '#ttl': 'ttl', '#count': 'count' },
        ExpressionAttributeValues: { ':type': 'rateLimit', ':ttl': epoch(s.now) + 2 * DAY_S, ':one': 1, ':limit': s.client.limit },
      },
    },
    () => new TooManyError(`more than ${s.client.limit} submissions today`),
  ];
  return { guards: [challenge], also: [count] };
}
