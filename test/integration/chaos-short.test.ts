import { expect, it } from 'vitest';
import { chaosTable, runChaos } from '../chaos/chaos.js';

it("posts 10 readouts exactly once in each of 3 channels, and a watch's direct messages once each, through 5 SIGKILLs of the real app and a faulty Slack", async () => {
  const result = await runChaos({ readouts: 10, kills: 5 });
  expect(result.rejected.unauthorized, chaosTable(result)).toBe(result.rejected.sent);
  expect(result.perChannel, chaosTable(result)).toEqual(
    Object.fromEntries(
      result.channels.map((c) => [c, { distinct: 10, messages: 10, duplicated: 0, lost: 0 }]),
    ),
  );
  expect(result.watch.expected, chaosTable(result)).toBeGreaterThan(0);
  expect(result.watch, chaosTable(result)).toMatchObject({
    distinct: result.watch.expected,
    duplicated: 0,
    lost: 0,
  });
}, 240_000);
