/** A nodemailer JSON transport that keeps what was sent, for tests that read the e-mails a run sends. */
import nodemailer from 'nodemailer';

export function mailbox() {
  const inner = nodemailer.createTransport({ jsonTransport: true });
  const sent: any[] = [];
  return {
    sent,
    transport: { sendMail: async (msg: any) => { const info = await inner.sendMail(msg); sent.push(JSON.parse(info.message)); return info; } } as any,
  };
}
