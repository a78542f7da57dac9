import { describe, expect, it } from 'vitest';
import type { Port, PublicIp } from '../../contract';
import { vipActions } from './vip-actions';
import type { VipRow } from './vip-row';

const row = (pairs: string[], eip?: Partial<PublicIp>): VipRow =>
  ({
    ip: '192.168.0.100',
    port: { id: 'v', network_id: 'n', allowed_address_pairs: pairs.map((ip_address) => ({ ip_address })) } as unknown as Port,
    bound: pairs.map((ip) => ({ ip })),
    eip: eip as PublicIp | undefined,
  }) as unknown as VipRow;

const reason = (r: VipRow, kind: string) => vipActions(r).find((a) => a.kind === kind)?.disabledReason;

describe('the actions of a virtual IP', () => {
  it('disables Release while servers or an EIP are bound, with what to do first', () => {
    expect(reason(row([]), 'release')).toBeNull();
    expect(reason(row(['192.168.0.11']), 'release')).toMatch(/bound to a server; unbind it before releasing it/);
    expect(reason(row([], { public_ip_address: '192.0.2.1' }), 'release')).toMatch(/holds EIP 192\.0\.2\.1; unbind the EIP/);
  });

  it('offers Bind EIP without an EIP and Unbind EIP with one', () => {
    expect(vipActions(row([])).map((a) => a.kind)).toContain('bind-eip');
    const withEip = vipActions(row([], { public_ip_address: '192.0.2.1' })).map((a) => a.kind);
    expect(withEip).toContain('unbind-eip');
    expect(withEip).not.toContain('bind-eip');
  });
});
