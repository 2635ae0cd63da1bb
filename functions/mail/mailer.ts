/**
 * How e-mails leave (reports, reminders, residents' sign-ups): SES (SESv2 `SendEmail`, simple content) in AWS, nodemailer
 * over SMTP to maildev under `npm start`, and nodemailer's JSON transport in tests. Chosen by
 * MAIL_TRANSPORT (ses | smtp | json). Every transport takes the same message.
 *
 * Why SES composes the message in AWS rather than nodemailer: nodemailer is 70 KiB of the function's
 * gzip bundle (issue 19's goal is 100 KiB), and SES builds the same MIME from subject, text, HTML and
 * attachments itself. nodemailer is imported only by the local transports, and the Lambda bundle
 * leaves it out (infra/bundling.ts).
 */
import { currentTenant, tenantFacts } from '../../shared/tenancy/scope.ts';
import { countUsage } from '../http/usage.ts';
import type { SESv2Client, SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { ATTEMPT_TIMEOUT_MS, CONNECT_TIMEOUT_MS, DEPENDENCY_DEADLINE_MS, RETRY_AFTER_SECONDS } from '../../shared/dependencyLimits.ts';
import { boundedClientConfig, withDeadline } from '../../shared/boundedClients.ts';

/**
 * The sender of every e-mail: the installation's SES address in AWS (MAIL_FROM), a stand-in locally,
 * under the name of the tenant it writes for (`Quartiersarbeit Musterstadt <…>`).
 */
export const mailFrom = (from?: string) => {
  if (from) return from;
  const configured = process.env.MAIL_FROM ?? 'zielbericht@hamm.example';
  const address = /<([^>]+)>/.exec(configured)?.[1] ?? configured.trim();
  return `${tenantFacts().title.replace(/["<>]/g, '')} <${address}>`;
};

/** One e-mail, in nodemailer's field names (so nodemailer takes it as it is). */
export interface MailMessage {
  from: string;
  to?: string;
  bcc?: string[];
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

export interface MailTransport {
  sendMail(message: MailMessage): Promise<{ messageId?: string }>;
}

const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });

/** The SESv2 request for one message (exported for its test). */
export function sesRequest(m: MailMessage): SendEmailCommandInput {
  return {
    FromEmailAddress: m.from,
    Destination: { ToAddresses: m.to ? [m.to] : [], BccAddresses: m.bcc ?? [] },
    Content: {
      Simple: {
        Subject: utf8(m.subject),
        Body: { Text: utf8(m.text), Html: utf8(m.html) },
        Attachments: m.attachments?.map((a) => ({ FileName: a.filename, ContentType: a.contentType, RawContent: Buffer.from(a.content, 'utf8'), ContentDisposition: 'ATTACHMENT' as const })),
      },
    },
  };
}

/** The SES client is loaded when the first message goes out, not at every cold start of the function. */
export function sesTransport(given?: Pick<SESv2Client, 'send'>): MailTransport {
  let client = given;
  return {
    sendMail: async (m) => {
      const { SESv2Client, SendEmailCommand } = await import('@aws-sdk/client-sesv2');
      client ??= withDeadline(new SESv2Client(boundedClientConfig()));
      const out = await client.send(new SendEmailCommand(sesRequest(m)));
      return { messageId: out.MessageId };
    },
  };
}

/**
 * The SMTP transport's bounds, from the one deadline (nodemailer's own defaults wait 2 min for a
 * connection, 30 s for the greeting and 10 min for a silent socket, so a hanging server held a
 * report run far past its function's timeout).
 */
export const SMTP_TIMEOUTS = { connectionTimeout: CONNECT_TIMEOUT_MS, greetingTimeout: ATTEMPT_TIMEOUT_MS, socketTimeout: DEPENDENCY_DEADLINE_MS };

/** nodemailer, loaded on first use: only the local transports need it. */
function nodemailerTransport(kind: 'smtp' | 'json'): MailTransport {
  const made = import('nodemailer').then(({ default: nodemailer }) =>
    kind === 'smtp'
      ? nodemailer.createTransport({ host: process.env.SMTP_HOST ?? '127.0.0.1', port: Number(process.env.SMTP_PORT ?? 1025), secure: false, ignoreTLS: true, ...SMTP_TIMEOUTS })
      : nodemailer.createTransport({ jsonTransport: true }),
  );
  return { sendMail: async (m) => (await made).sendMail(m) };
}

/** nodemailer's and Node's codes for "the server did not answer": refused, reset, timed out. */
const NO_ANSWER = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE']);
const noAnswer = (err: unknown) => {
  const e = err as { code?: string; name?: string };
  return NO_ANSWER.has(e?.code ?? '') || e?.name === 'TimeoutError' || e?.name === 'AbortError';
};

/**
 * After a send that got no answer, the next ones fail at once for RETRY_AFTER_SECONDS: a run of 50
 * digests against a hanging server would otherwise wait the deadline 50 times. Each failed send is
 * recorded as failed (sendOnce.ts) and the next run sends it.
 */
export function failFast(transport: MailTransport, openMs = RETRY_AFTER_SECONDS * 1000): MailTransport {
  let openUntil = 0;
  return {
    sendMail: async (m) => {
      if (performance.now() < openUntil) throw Object.assign(new Error('mail server did not answer just before; not tried'), { code: 'ECONNECTION' });
      try {
        return await transport.sendMail(m);
      } catch (err) {
        if (noAnswer(err)) openUntil = performance.now() + openMs;
        throw err;
      }
    },
  };
}

let made: { kind: string; transport: MailTransport } | undefined;
/** The transport of a request that sends: the one a test set in the deps, else one per container (per MAIL_TRANSPORT). */
export function transportOf(deps: { mailer?: MailTransport }): MailTransport {
  if (deps.mailer) return deps.mailer;
  const kind = process.env.MAIL_TRANSPORT ?? 'ses';
  if (made?.kind !== kind) made = { kind, transport: createTransport(kind) };
  return made.transport;
}

export function createTransport(kind = process.env.MAIL_TRANSPORT ?? 'ses'): MailTransport {
  return counted(failFast(kind === 'smtp' || kind === 'json' ? nodemailerTransport(kind) : sesTransport()));
}

/** Every mail sent counts toward its tenant's usage (functions/http/usage.ts). */
function counted(transport: MailTransport): MailTransport {
  return {
    sendMail: async (m) => {
      const sent = await transport.sendMail(m);
      await countUsage(currentTenant(), 'mails');
      return sent;
    },
  };
}
