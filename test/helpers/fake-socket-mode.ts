/**
 * A fake Slack Socket Mode endpoint on 127.0.0.1: a minimal WebSocket server (RFC 6455 text,
 * ping/pong and close frames) that greets with `hello`, sends envelopes such as slash commands,
 * and returns the app's acknowledgement with its response payload. Only Node built-ins.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeSocketMode = {
  /** `ws://127.0.0.1:PORT/link`, to hand out from `apps.connections.open`. */
  readonly url: string;
  waitForConnection(timeoutMs?: number): Promise<void>;
  /** Sends a slash command envelope and resolves with the `payload` of the app's ack. */
  sendSlashCommand(fields: Record<string, string>, timeoutMs?: number): Promise<unknown>;
  close(): Promise<void>;
};

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  let head: Buffer;
  if (len < 126) head = Buffer.from([0x80 | opcode, len]);
  else if (len < 65536) {
    head = Buffer.alloc(4);
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else {
    head = Buffer.alloc(10);
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, payload]);
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const sockets = new Set<Socket>();
  const acks = new Map<string, (payload: unknown) => void>();
  let connected: Socket | null = null;
  const connectionWaiters: (() => void)[] = [];

  const onMessage = (text: string) => {
    const msg = JSON.parse(text) as { envelope_id?: string; payload?: unknown };
    if (msg.envelope_id) acks.get(msg.envelope_id)?.(msg.payload ?? null);
  };

  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A client that exits without the closing handshake resets the connection, as Slack sees.
    socket.on('error', () => sockets.delete(socket));
    const key = String(req.headers['sec-websocket-key'] ?? '');
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (buffer.length < 2) return;
        const opcode = (buffer[0] as number) & 0x0f;
        const masked = ((buffer[1] as number) & 0x80) !== 0;
        let len = (buffer[1] as number) & 0x7f;
        let offset = 2;
        if (len === 126) {
          if (buffer.length < 4) return;
          len = buffer.readUInt16BE(2);
          offset = 4;
        } else if (len === 127) {
          if (buffer.length < 10) return;
          len = Number(buffer.readBigUInt64BE(2));
          offset = 10;
        }
        const maskLen = masked ? 4 : 0;
        if (buffer.length < offset + maskLen + len) return;
        const mask = buffer.subarray(offset, offset + maskLen);
        const payload = Buffer.from(buffer.subarray(offset + maskLen, offset + maskLen + len));
        if (masked)
          for (let i = 0; i < payload.length; i++)
            payload[i] = (payload[i] as number) ^ (mask[i % 4] as number);
        buffer = buffer.subarray(offset + maskLen + len);
        if (opcode === 0x1) onMessage(payload.toString('utf8'));
        else if (opcode === 0x9) socket.write(frame(0xa, payload));
        else if (opcode === 0x8) {
          socket.end(frame(0x8, Buffer.alloc(0)));
          return;
        }
      }
    });
    const hello = {
      type: 'hello',
      num_connections: 1,
      debug_info: { host: 'fake-socket-mode', approximate_connection_time: 3600 },
      connection_info: { app_id: 'A0FAKE' },
    };
    socket.write(frame(0x1, Buffer.from(JSON.stringify(hello))));
    connected = socket;
    for (const w of connectionWaiters.splice(0)) w();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;

  return {
    url,
    waitForConnection(timeoutMs = 10_000) {
      if (connected) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no Socket Mode connection')), timeoutMs);
        connectionWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    sendSlashCommand(fields, timeoutMs = 5000) {
      if (!connected) return Promise.reject(new Error('not connected'));
      const envelopeId = randomUUID();
      const payload = {
        token: 'legacy',
        team_id: 'T0001',
        team_domain: 'test',
        channel_id: 'C0001',
        channel_name: 'general',
        user_id: 'U0001',
        user_name: 'analyst',
        command: '/readout',
        api_app_id: 'A0FAKE',
        response_url: 'http://127.0.0.1:1/unused',
        trigger_id: 'trigger',
        ...fields,
      };
      const envelope = {
        envelope_id: envelopeId,
        type: 'slash_commands',
        accepts_response_payload: true,
        payload,
      };
      const socket = connected;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no ack for envelope within ${timeoutMs} ms`)),
          timeoutMs,
        );
        acks.set(envelopeId, (p) => {
          clearTimeout(timer);
          resolve(p);
        });
        socket.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
