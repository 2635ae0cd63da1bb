/**
 * The monthly budget of machine translation: the characters sent to Amazon Translate in a month are
 * counted (pattern 29) and a request that would pass the month's limit is refused before anything is
 * sent, so the cost per month stays bounded. Built here so that no handler builds a request.
 */
import { TooManyError } from './errors.ts';
import { keys } from './keys.ts';
import type { Repository } from './repository.ts';
import { commitTx, Tx } from './transaction.ts';

/** Takes `chars` from the month's budget of `limit` characters, or throws TooManyError leaving it as it was. */
export async function reserveTranslation(repo: Repository, month: string, chars: number, limit: number): Promise<void> {
  const tx = new Tx().add(
    {
      Update: {
        TableName: repo.table,
        Key: keys.translateBudget(month),
        UpdateExpression: 'SET #type = :type ADD #chars :n',
        ConditionExpression: 'attribute_not_exists(#chars) OR #chars <= :room',
        ExpressionAttributeNames: { '#type': '_type', '#chars': 'chars' },
        ExpressionAttributeValues: { ':type': 'translateBudget', ':n': chars, ':room': limit - chars },
      },
    },
    () =>
      new TooManyError(`the machine translation budget of ${limit} characters for ${month} would be exceeded`, 'Das Budget für maschinelle Übersetzung ist für diesen Monat aufgebraucht. Bitte übersetzen Sie selbst oder warten Sie bis zum nächsten Monat.'),
  );
  if (chars > limit) throw new TooManyError(`${chars} characters exceed the monthly limit of ${limit}`, 'Dieser Text ist länger als das Budget für maschinelle Übersetzung eines Monats.');
  await commitTx(repo.doc, tx);
}
