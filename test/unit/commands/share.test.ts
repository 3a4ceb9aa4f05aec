import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import type { CommandResponse } from '../../../src/commands/run-command.js';
import { SHARE_ACTION, sharedResponse, withShareButton } from '../../../src/commands/share.js';
import { problemMessage } from '../../../src/deliver/problems.js';

const answer = (blocks = 1): CommandResponse => ({
  response_type: 'ephemeral',
  text: 'Last 2 japan-us readouts',
  blocks: Array.from({ length: blocks }, (_, i) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: `row ${i}` },
  })),
});

describe('the "Share in channel" button', () => {
  it.each([
    'japan-us latest',
    'japan-us list 3',
    'japan-us since 2020-01-01',
    'search abductions',
    'who Kishida',
  ])('is offered under the lookup %s, carrying the command to answer again', (text) => {
    const out = withShareButton(answer(), parseCommand(text), text);
    const last = out.blocks?.at(-1) as { type: string; elements: { action_id: string; value: string }[] };
    expect(last.type).toBe('actions');
    expect(last.elements[0]?.action_id).toBe(SHARE_ACTION);
    expect(last.elements[0]?.value).toBe(text);
    expect(out.response_type).toBe('ephemeral');
  });

  it.each(['help', 'subscribe japan-us', 'subscriptions', 'backfill japan-us 2', 'japan-xx latest'])(
    'is not offered for %s',
    (text) => {
      expect(withShareButton(answer(), parseCommand(text), text)).toEqual(answer());
    },
  );

  it('is not offered on an answer that found nothing (text only)', () => {
    const empty: CommandResponse = { response_type: 'ephemeral', text: 'No japan-us readout yet.' };
    expect(withShareButton(empty, parseCommand('japan-us latest'), 'japan-us latest')).toEqual(empty);
  });

  it('keeps a full answer within 50 blocks', () => {
    const out = withShareButton(answer(50), parseCommand('japan-us latest'), 'japan-us latest');
    expect(out.blocks).toHaveLength(50);
    expect(out.blocks?.at(-1)?.type).toBe('actions');
  });

  it('shares for everyone without the button, saying who shared it', () => {
    const withButton = withShareButton(answer(2), parseCommand('japan-us list 2'), 'japan-us list 2');
    const shared = sharedResponse(withButton, 'U0ANN');
    expect(shared.response_type).toBe('in_channel');
    expect(shared.blocks?.some((b) => b.type === 'actions')).toBe(false);
    expect(JSON.stringify(shared.blocks?.at(-1))).toContain('Shared by <@U0ANN>');
    expect(shared.text).toBe(withButton.text);
  });
});

describe('what a subscriber is told when a channel cannot be posted to', () => {
  it.each([
    ['is_archived', /archived.*Unarchive/],
    ['channel_is_archived', /archived.*Unarchive/],
    ['not_in_channel', /not a member.*\/invite @Readout/],
    ['channel_not_found', /cannot find.*private channel.*deleted/],
  ])('%s: says what is wrong, what to do, and that nothing is lost', (error, pattern) => {
    const { text, blocks } = problemMessage('C0TEAM', error);
    expect(text).toMatch(pattern);
    expect(text).toContain('<#C0TEAM>');
    expect(text).toContain('readouts wait');
    expect(text).toContain('at once when someone types a `/readout` command there');
    expect(blocks).toHaveLength(1);
  });
});
