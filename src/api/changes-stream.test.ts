import { describe, expect, it } from 'vitest';
import { parseSse } from './changes-stream';

describe('parseSse', () => {
  it('reads complete events, skips comments, and keeps an unfinished tail', () => {
    const { events, rest } = parseSse(': hello\n\nevent: change\ndata: {"a":1}\n\n: heartbeat\n\nevent: change\ndata: {"b"');
    expect(events).toEqual([{ event: 'change', data: '{"a":1}' }]);
    expect(rest).toBe('event: change\ndata: {"b"');
    expect(parseSse(`${rest}:2}\n\n`).events).toEqual([{ event: 'change', data: '{"b":2}' }]);
  });

  it('joins data lines, takes CRLF, and names an unnamed event "message"', () => {
    expect(parseSse('data: one\r\ndata: two\r\n\r\n').events).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });
});
