// A small fake Slack Web API on 127.0.0.1 for the benchmarks (plain JS, so `npm run bench` needs no
// TypeScript step). It answers what the app and @slack/web-api call, keeps every posted message,
// and, like Slack, answers chat.postMessage with 429 + `Retry-After: 1` when a channel is posted
// to faster than `ratePerChannelPerSec` (the rule of test/helpers/fake-slack.ts). Files go through
// the external upload flow (getUploadURLExternal → POST to the upload URL → completeUploadExternal).
import { createServer } from 'node:http';

function parseBody(raw, contentType = '') {
  if (raw.length === 0) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw);
  const args = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (/^\s*[[{]/.test(value) && key !== 'text') {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // plain text that happens to start with a bracket
      }
    }
    args[key] = value;
  }
  return args;
}

export async function startFakeSlack({ ratePerChannelPerSec = 0 } = {}) {
  const messages = [];
  // Files of the external upload flow: id → bytes received (the chart of /readout … stats).
  const uploads = new Map();
  let base = '';
  const lastPostAt = new Map();
  const counts = { calls: 0, rateLimited: 0 };
  let ts = 0;
  const nextTs = () => {
    ts++;
    return `${1_700_000_000 + Math.floor(ts / 10_000)}.${String(ts % 10_000).padStart(6, '0')}`;
  };

  const answer = (method, args) => {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          user_id: 'UBOT',
          bot_id: 'BBOT',
          team_id: 'T0001',
          team: 'Bench',
          user: 'readout',
        };
      case 'chat.postMessage': {
        const channel = args.channel;
        if (!channel) return { ok: false, error: 'channel_not_found' };
        const message = {
          channel,
          ts: nextTs(),
          thread_ts: args.thread_ts,
          metadata: args.metadata,
          at: Date.now(),
        };
        messages.push(message);
        lastPostAt.set(channel, message.at);
        return { ok: true, channel, ts: message.ts };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'files.getUploadURLExternal': {
        const id = `F${String(uploads.size + 1).padStart(8, '0')}`;
        uploads.set(id, 0);
        return { ok: true, upload_url: `${base}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const [file] = Array.isArray(args.files) ? args.files : [];
        if (!uploads.get(file?.id)) return { ok: false, error: 'file_not_found' };
        return { ok: true, files: [{ id: file.id }] };
      }
      case 'conversations.join':
        return { ok: true, channel: { id: args.channel, is_member: true } };
      default:
        return { ok: true };
    }
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      counts.calls++;
      const upload = /^\/upload\/(F\d+)$/.exec(req.url ?? '')?.[1];
      if (upload && uploads.has(upload)) {
        uploads.set(upload, Buffer.concat(chunks).length);
        res.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
        return;
      }
      const method = /^\/api\/([\w.]+)/.exec(req.url ?? '')?.[1] ?? '';
      const args = parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
      const last = lastPostAt.get(args.channel);
      if (
        method === 'chat.postMessage' &&
        ratePerChannelPerSec > 0 &&
        last !== undefined &&
        Date.now() - last < 1000 / ratePerChannelPerSec
      ) {
        counts.rateLimited++;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end('{"ok":false,"error":"ratelimited"}');
        return;
      }
      const body = JSON.stringify(answer(method, args));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    messages,
    counts,
    uploads,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
