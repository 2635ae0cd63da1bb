/** The SES transport: the message every transport takes, as one SESv2 SendEmail request. */
import { describe, expect, it } from 'vitest';
import { createTransport, failFast, sesRequest, sesTransport, SMTP_TIMEOUTS, type MailMessage } from '../../functions/mail/mailer.ts';
import { DEPENDENCY_DEADLINE_MS } from '../../shared/dependencyLimits.ts';

const message: MailMessage = {
  from: 'Stadtteilarbeit Hamm <zielbericht@hamm.example>',
  to: 'zielbericht@hamm.example',
  bcc: ['leitung@hamm.example', 'koordination.norden@hamm.example'],
  subject: 'Zielbericht Stadtteilarbeit – Oktober 2026',
  text: 'Grüße aus Hamm',
  html: '<p>Grüße aus Hamm</p>',
  attachments: [{ filename: 'zielbericht-2026-10.csv', content: '\ufeffZiel;Wert\n1;2,5\n', contentType: 'text/csv; charset=utf-8' }],
};

describe('SES transport', () => {
  it('maps sender, recipients, subject, both bodies and the CSV attachment, all UTF-8', () => {
    const req = sesRequest(message);
    expect(req.FromEmailAddress).toBe(message.from);
    expect(req.Destination).toEqual({ ToAddresses: ['zielbericht@hamm.example'], BccAddresses: message.bcc });
    const simple = req.Content!.Simple!;
    expect(simple.Subject).toEqual({ Data: message.subject, Charset: 'UTF-8' });
    expect(simple.Body).toEqual({ Text: { Data: 'Grüße aus Hamm', Charset: 'UTF-8' }, Html: { Data: '<p>Grüße aus Hamm</p>', Charset: 'UTF-8' } });
    expect(simple.Attachments).toHaveLength(1);
    const [a] = simple.Attachments!;
    expect(a).toMatchObject({ FileName: 'zielbericht-2026-10.csv', ContentType: 'text/csv; charset=utf-8', ContentDisposition: 'ATTACHMENT' });
    // The bytes are the UTF-8 of the CSV, byte-order mark included (Excel reads umlauts by it).
    expect(Buffer.from(a.RawContent!).toString('utf8')).toBe(message.attachments![0].content);
    expect([...Buffer.from(a.RawContent!).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('a personal report has one recipient and no Bcc; a digest has no attachment', () => {
    const req = sesRequest({ from: message.from, to: 'quartier.norden@hamm.example', subject: 'Erinnerung', text: 't', html: 'h' });
    expect(req.Destination).toEqual({ ToAddresses: ['quartier.norden@hamm.example'], BccAddresses: [] });
    expect(req.Content!.Simple!.Attachments).toBeUndefined();
  });

  it('sends one SendEmail command with that request and returns its message id', async () => {
    const sent: any[] = [];
    const transport = sesTransport({ send: async (cmd: any) => (sent.push(cmd), { MessageId: 'ses-1' }) } as any);
    await expect(transport.sendMail(message)).resolves.toEqual({ messageId: 'ses-1' });
    expect(sent).toHaveLength(1);
    expect(sent[0].constructor.name).toBe('SendEmailCommand');
    expect(sent[0].input).toEqual(sesRequest(message));
  });

  it('the JSON transport (tests) takes the same message through nodemailer', async () => {
    const info: any = await createTransport('json').sendMail(message);
    const parsed = JSON.parse(info.message);
    expect(parsed.subject).toBe(message.subject);
    expect(parsed.attachments[0].filename).toBe('zielbericht-2026-10.csv');
  });
});

describe('a mail server that does not answer (issue 35)', () => {
  const message = { from: 'a@hamm.example', to: 'b@hamm.example', subject: 's', text: 't', html: 'h' };

  it('after a send without an answer the next ones fail at once, and are tried again after the pause', async () => {
    let tried = 0;
    let answering = false;
    const inner = { sendMail: async () => { tried++; if (answering) return { messageId: 'm' }; throw Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }); } };
    const transport = failFast(inner, 50);
    await expect(transport.sendMail(message)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    await expect(transport.sendMail(message)).rejects.toMatchObject({ code: 'ECONNECTION' });
    expect(tried).toBe(1);
    answering = true;
    await new Promise((r) => setTimeout(r, 60));
    await expect(transport.sendMail(message)).resolves.toEqual({ messageId: 'm' });
    expect(tried).toBe(2);
  });

  it('a refusal by the server (not a missing answer) does not stop the next send', async () => {
    let tried = 0;
    const transport = failFast({ sendMail: async () => { tried++; throw Object.assign(new Error('550 mailbox unavailable'), { code: 'EENVELOPE' }); } }, 60000);
    await expect(transport.sendMail(message)).rejects.toThrow();
    await expect(transport.sendMail(message)).rejects.toThrow();
    expect(tried).toBe(2);
  });

  it('the SMTP timeouts come from the one deadline', () => {
    expect(Math.max(...Object.values(SMTP_TIMEOUTS))).toBeLessThanOrEqual(DEPENDENCY_DEADLINE_MS);
  });
});
