/**
 * The fault proxy for a service that speaks plain TCP (the SMTP server: mockttp proxies HTTP only),
 * with the shape of faultProxy.ts: the service stays real, only the wire fails.
 *
 *   const smtp = await startTcpFaultProxy(1025);   // point the client at 127.0.0.1:smtp.port
 *   await smtp.set('hang');
 *   await smtp.clear();
 *
 * Faults (each applies to connections opened after `set`):
 *   'none'              forward both ways
 *   { latencyMs }       forward, each chunk after a delay
 *   'hang'              accept, never connect on and never answer (connection kept open)
 *   'refuse'            nothing listens on the port (`clear` listens again, same port)
 *   { resetAfter: n }   forward, then RST once the client has sent n bytes (mid-session)
 */
import net from 'node:net';

export type TcpFault = 'none' | { latencyMs: number } | 'hang' | 'refuse' | { resetAfter: number };

export interface TcpFaultProxy {
  port: number;
  set(fault: TcpFault): Promise<void>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTcpFaultProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpFaultProxy> {
  let fault: TcpFault = 'none';
  const open = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    open.add(s);
    s.on('close', () => open.delete(s));
    s.on('error', () => undefined);
  };

  const serve = (client: net.Socket) => {
    track(client);
    const now = fault;
    if (now === 'hang') return;
    const upstream = net.connect(targetPort, targetHost);
    track(upstream);
    const delay = typeof now === 'object' && 'latencyMs' in now ? now.latencyMs : 0;
    const pass = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk) => (delay ? setTimeout(() => to.writable && to.write(chunk), delay) : to.writable && to.write(chunk)));
    pass(upstream, client);
    let sent = 0;
    client.on('data', (chunk) => {
      sent += chunk.length;
      if (typeof now === 'object' && 'resetAfter' in now && sent >= now.resetAfter) {
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      const write = () => upstream.writable && upstream.write(chunk);
      if (delay) setTimeout(write, delay);
      else write();
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };

  let server: net.Server | undefined;
  let port = 0;
  const listen = async () => {
    server = net.createServer(serve);
    await new Promise<void>((resolve, reject) => server!.once('error', reject).listen(port, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  };
  const close = async () => {
    const s = server;
    server = undefined;
    for (const sock of open) sock.destroy();
    if (s) await new Promise((r) => s.close(r));
  };
  await listen();

  const proxy: TcpFaultProxy = {
    port,
    async set(next) {
      fault = next;
      if (next === 'refuse') return close();
      if (!server) await listen();
      // Connections of the fault before (a hang) end; new ones see the new fault.
      for (const sock of open) sock.destroy();
    },
    clear: () => proxy.set('none'),
    stop: close,
  };
  return proxy;
}
