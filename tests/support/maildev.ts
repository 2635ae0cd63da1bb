/** The e-mails a browser test's stack sent, as maildev received them over SMTP (`useAdminUi(…, { mail: true })`). */
import type { Stack } from '../../infra/local/stack.ts';

export type Mail = { to: { address: string }[]; subject: string; text: string };

export async function mailsTo(stack: Stack, address: string): Promise<Mail[]> {
  const all = (await (await fetch(`${stack.mailUrl}/api/email`)).json()) as Mail[];
  return all.filter((m) => m.to.some((t) => t.address === address));
}
