import { describe, expect, it } from 'vitest';
import { createPortRequest, createPublicIpRequest, demoDataRequest, serverActionRequest, createVpcRequest } from '../contract';
import { zodMessage } from './errors';

const messageFor = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, body: unknown) => {
  const r = schema.safeParse(body);
  if (r.success) throw new Error('expected a refusal');
  return zodMessage(r.error as never, body);
};

describe('zodMessage', () => {
  it('names the field and says what was expected, in one sentence', () => {
    expect(messageFor(createVpcRequest, { vpc: { name: 'a', cidr: 5 } })).toBe('vpc.cidr: expected a string, got number 5.');
    expect(messageFor(createVpcRequest, {})).toBe('vpc is required.');
    expect(messageFor(createVpcRequest, { vpc: { name: 'a', description: 'y'.repeat(300) } })).toBe('vpc.description: use at most 255 characters.');
    expect(messageFor(demoDataRequest, { action: 'explode' })).toBe('action: expected "reset" or "load-large", got the string "explode".');
    expect(messageFor(createPortRequest, { port: { network_id: 'n', allowed_address_pairs: [{ ip: 'x' }] } })).toBe(
      'port.allowed_address_pairs[0].ip_address is required.',
    );
    expect(messageFor(createPublicIpRequest, { publicip: { type: 1 } })).toMatch(/^publicip\.type: expected .*\(and 1 more problem\)\.$/);
    expect(messageFor(serverActionRequest, { 'os-reboot': {} })).toBe('body matches none of the accepted forms; for example os-start is required.');
    expect(messageFor(createVpcRequest, [1])).toBe('body: expected an object, got an array.');
  });
});
