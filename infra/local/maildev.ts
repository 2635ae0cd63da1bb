/** maildev as the local outbox: SMTP in, a web inbox out, both on loopback. */
import { MailDev } from 'maildev';
import { waitFor } from './wait.ts';
import { portInUse } from './ports.ts';

export async function startMaildev(opts: { smtp: number; web: number }) {
  const maildev = new MailDev({ smtp: opts.smtp, web: opts.web, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true } as any);
  await maildev.start();
  await waitFor(`maildev SMTP on 127.0.0.1:${opts.smtp}`, async () => {
    if (!(await portInUse(opts.smtp))) throw new Error('not listening');
  });
  return { smtpPort: opts.smtp, webUrl: `http://127.0.0.1:${opts.web}`, stop: () => maildev.stop() };
}
