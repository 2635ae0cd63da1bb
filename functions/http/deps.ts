/**
 * Process-wide dependencies, created once per Lambda container (or local server) from the
 * environment. Tests and the local server may install their own with `setDeps`.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient, createDynamoClient, tableName } from '../../shared/db/client.ts';
import { Repository } from '../../shared/db/repository.ts';
import { tenantClientsFromEnv } from '../../shared/db/tenantCredentials.ts';
import { directoryFromEnv, type UserDirectory } from '../../shared/identity/directory.ts';
import { now as clockNow } from '../../shared/time/clock.ts';
import type { MailTransport } from '../mail/mailer.ts';

export interface Deps {
  repo: Repository;
  /** The function's own low-level client under `repo` (tenant-scoped ones: `repo.scoped`). */
  raw: DynamoDBClient;
  now: () => Date;
  /** The Cognito accounts behind users (only the user routes and the seed touch it). */
  directory: UserDirectory;
  /**
   * How e-mails leave, when someone set it (tests capture them); otherwise the functions that send
   * make their transport from MAIL_TRANSPORT (functions/mail/mailer.ts). Not made here: the mailer
   * would pull nodemailer into every function's bundle.
   */
  mailer?: MailTransport;
}

let deps: Deps | undefined;

export function getDeps(): Deps {
  if (!deps) {
    const raw = createDynamoClient();
    let directory: UserDirectory | undefined;
    deps = {
      raw,
      repo: new Repository(createDocumentClient(raw), tableName(), clockNow, tenantClientsFromEnv()),
      now: clockNow,
      // Made on first use: most functions never talk to Cognito.
      get directory() {
        return (directory ??= directoryFromEnv());
      },
    };
  }
  return deps;
}

export function setDeps(next: Deps): void {
  deps = next;
}
