/**
 * Residents' ideas beyond their CRUD (patterns 5, 27, 28, 30): a submission with its contact item (and
 * the contact's data-subject items, 30), its
 * used-once challenge and its client's daily count in one transaction (./publicSubmissions.ts); "me too" votes; the contact
 * data read and removed. The idea record itself goes through the repository like every entity.
 */
import { entities, type Item } from '../entities.ts';
import type { Idea, IdeaContact } from '../schemas/idea.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { submissionItems, type PublicSubmission } from './publicSubmissions.ts';
import { keys, subjectItems } from './keys.ts';
import { subjectsOf } from '../domain/subjects.ts';
import { ulid } from 'ulid';
import type { Repository } from './repository.ts';
import { commitTx, guardItem, Tx, type OnFail, type TxItem } from './transaction.ts';

const DAY_S = 86400;

export interface Submission extends PublicSubmission {
  idea: Item;
  contact?: IdeaContact;
  statusKeyHash: string;
}

/** Stores a resident's idea: the record, its contact item, the used challenge and the client's count, or none of them. */
export async function submitIdea(repo: Repository, s: Submission): Promise<Idea> {
  const id = ulid();
  const { guards, also } = submissionItems(repo, s);
  if (s.contact) {
    guards.push({ key: keys.ideaContact(id), attributes: { _type: 'ideaContact', contact: s.contact }, onConflict: () => new ConflictError(`idea '${id}' already has contact data`, 'duplicate') });
    for (const item of contactSubjectItems(id, s.contact)) also.push([{ Put: { TableName: repo.table, Item: item } }, () => new ConflictError('subject item changed concurrently', 'stale-version')]);
  }
  return repo.create<Idea>(entities.idea, { ...s.idea, statusKeyHash: s.statusKeyHash, hasContact: Boolean(s.contact), meToo: 0 }, {
    id,
    actor: 'anonymous',
    guards,
    also,
  });
}

/** Where the contact item of an idea is found by its sender's e-mail or phone (pattern 30, type `ideaContact`). */
export const IDEA_CONTACT_SUBJECT_FIELDS = ['contact.email', 'contact.phone'];
export function contactSubjectItems(ideaId: string, contact: IdeaContact) {
  return subjectItems('ideaContact', ideaId, subjectsOf({ contact }, IDEA_CONTACT_SUBJECT_FIELDS));
}

/** The contact data of an idea, if still stored. */
export async function ideaContact(repo: Repository, ideaId: string): Promise<IdeaContact | undefined> {
  return (await repo.getRaw(keys.ideaContact(ideaId)))?.contact;
}

/**
 * Removes an idea's contact data: the contact item, its data-subject items (30) and the idea's
 * `hasContact` in one audited update, conditional on the version read. The idea and its counts stay.
 */
export async function removeIdeaContact(repo: Repository, idea: Idea, actor: string): Promise<Idea> {
  if (!idea.hasContact) return idea;
  const contact = await ideaContact(repo, idea.id);
  const drop: [TxItem, OnFail][] = [
    [
      { Delete: { TableName: repo.table, Key: keys.ideaContact(idea.id), ConditionExpression: 'attribute_exists(PK)' } },
      () => new ConflictError(`the contact data of idea '${idea.id}' is already deleted`, 'stale-version'),
    ],
    ...(contact ? contactSubjectItems(idea.id, contact) : []).map((item): [TxItem, OnFail] => [
      { Delete: { TableName: repo.table, Key: { PK: item.PK, SK: item.SK } } },
      () => new ConflictError('subject item changed concurrently', 'stale-version'),
    ]),
  ];
  return repo.update<Idea>(entities.idea, idea.id, { ...idea, hasContact: false }, idea.version, { actor, current: idea, also: drop });
}

/**
 * Deletes the contact item of an idea that no longer exists (an idea deleted with its contact data
 * still stored) and its data-subject items. There is no idea left to audit; the caller audits the
 * request that removed it.
 */
export async function dropOrphanIdeaContact(repo: Repository, ideaId: string): Promise<void> {
  const contact = await ideaContact(repo, ideaId);
  const tx = new Tx()
    .add({ ConditionCheck: { TableName: repo.table, Key: keys.entity('idea', ideaId), ConditionExpression: 'attribute_not_exists(PK)' } }, () => new ConflictError(`idea '${ideaId}' exists`, 'stale-version'))
    .add({ Delete: { TableName: repo.table, Key: keys.ideaContact(ideaId) } }, () => new ConflictError('contact item changed concurrently', 'stale-version'));
  for (const item of contact ? contactSubjectItems(ideaId, contact) : []) tx.add({ Delete: { TableName: repo.table, Key: { PK: item.PK, SK: item.SK } } }, () => new ConflictError('subject item changed concurrently', 'stale-version'));
  await commitTx(repo.doc, tx);
}

/**
 * "Das betrifft mich auch": one per device (its hash) and idea, counted on the idea while it is
 * released. A vote, not a change of the idea: no version bump and no audit entry, like a search gap.
 * Returns whether this device's vote was new.
 */
export async function addMeToo(repo: Repository, ideaId: string, deviceHash: string): Promise<boolean> {
  const tx = new Tx()
    .add(...guardItem(repo.table, keys.unique('meToo', { idea: ideaId, device: deviceHash }), { _type: 'unique' }, () => new ConflictError('already counted', 'duplicate')))
    .add(
      {
        Update: {
          TableName: repo.table,
          Key: keys.entity('idea', ideaId),
          UpdateExpression: 'ADD meToo :one',
          ConditionExpression: 'attribute_exists(PK) AND moderation = :released',
          ExpressionAttributeValues: { ':one': 1, ':released': 'released' },
        },
      },
      () => new NotFoundError('idea', ideaId),
    );
  try {
    await commitTx(repo.doc, tx);
    return true;
  } catch (err) {
    if (err instanceof ConflictError && err.reason === 'duplicate') return false;
    throw err;
  }
}

/** How long a closed idea keeps its sender's contact data. */
export const CONTACT_RETENTION_DAYS = 90;

/**
 * Retention: deletes the contact data of every idea closed more than CONTACT_RETENTION_DAYS ago
 * (the hourly job). Reads the ideas' collection (2), bounded by the type's size; an idea changed
 * meanwhile is left for the next hour. Returns the ids whose contact data went.
 */
export async function purgeExpiredContacts(repo: Repository, now: Date): Promise<string[]> {
  const cutoff = new Date(now.getTime() - CONTACT_RETENTION_DAYS * DAY_S * 1000).toISOString();
  const due = (await repo.listAll<Idea>(entities.idea)).filter((i) => i.hasContact && i.closedAt && i.closedAt <= cutoff);
  const purged: string[] = [];
  for (const idea of due) {
    try {
      await removeIdeaContact(repo, idea, 'system:retention');
      purged.push(idea.id);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return purged;
}
