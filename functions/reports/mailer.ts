/**
 * nodemailer transports: SES (SESv2) in AWS, SMTP to maildev under `npm start`, and a JSON
 * transport in tests. Chosen by MAIL_TRANSPORT (ses | smtp | json).
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';

export function createTransport(kind = process.env.MAIL_TRANSPORT ?? 'ses'): Transporter {
  if (kind === 'smtp')
    return nodemailer.createTransport({ host: process.env.SMTP_HOST ?? '127.0.0.1', port: Number(process.env.SMTP_PORT ?? 1025), secure: false, ignoreTLS: true });
  if (kind === 'json') return nodemailer.createTransport({ jsonTransport: true });
  return nodemailer.createTransport({ SES: { sesClient: new SESv2Client({}), SendEmailCommand } } as any);
}
