// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithUi } from '../../components/test-utils';
import { activateLocale } from '../../i18n/locale';
import { CreateSubnetModal } from './create-subnet-modal';

const created = vi.fn(async (input: { name: string; cidr: string }) => ({ ...input, id: 'subnet-new' }));

vi.mock('../../api/vpcs/get-vpcs', () => ({
  useAllVpcs: () => ({ data: [{ id: 'vpc-1', name: 'vpc-a', cidr: '10.0.0.0/16' }], isLoading: false }),
}));
vi.mock('../../api/subnets/get-subnets', () => ({
  useAllSubnets: (vpcId: string) => ({ data: vpcId === 'vpc-1' ? [{ id: 'subnet-1', name: 'subnet-a', cidr: '10.0.1.0/24' }] : [] }),
}));
vi.mock('../../api/subnets/create-subnet', () => ({ useCreateSubnet: () => ({ mutateAsync: created }) }));

afterEach(async () => {
  cleanup();
  created.mockClear();
  await act(() => activateLocale('en'));
});

const field = (name: string) => screen.getByRole('textbox', { name });

describe('CreateSubnetModal', () => {
  it('starts on Name, judges a CIDR once (no second error on the gateway), follows it with the gateway, and sends the request', async () => {
    renderWithUi(<CreateSubnetModal opened onClose={() => {}} presetVpcId="vpc-1" />);
    await waitFor(() => expect(document.activeElement).toBe(field('Name')));

    fireEvent.change(field('CIDR block'), { target: { value: '10.0.1.0/25' } });
    expect(await screen.findByText('The CIDR overlaps subnet subnet-a (10.0.1.0/24); choose a block outside it.')).toBeTruthy();
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(1);

    fireEvent.change(field('CIDR block'), { target: { value: '10.0.2.0/24' } });
    await waitFor(() => expect(field('Gateway')).toHaveProperty('value', '10.0.2.1'));
    fireEvent.change(field('Name'), { target: { value: ' subnet-b ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create Subnet' }));
    await waitFor(() =>
      expect(created).toHaveBeenCalledWith({
        name: 'subnet-b',
        cidr: '10.0.2.0/24',
        gateway_ip: '10.0.2.1',
        vpc_id: 'vpc-1',
        dhcp_enable: true,
        availability_zone: 'cn-north-4a',
      }),
    );
  });

  it('on submit shows every problem and sends nothing', async () => {
    renderWithUi(<CreateSubnetModal opened onClose={() => {}} presetVpcId="vpc-1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Create Subnet' }));
    expect(await screen.findByText('Enter a name.')).toBeTruthy();
    expect(field('CIDR block').getAttribute('aria-invalid')).toBe('true');
    expect(created).not.toHaveBeenCalled();
  });

  it('follows a language switch while open: its labels and its own refusals turn Chinese', async () => {
    renderWithUi(<CreateSubnetModal opened onClose={() => {}} />);
    expect(screen.getByRole('button', { name: 'Create Subnet' })).toBeTruthy();
    await act(() => activateLocale('zh-CN'));
    fireEvent.click(screen.getByRole('button', { name: '创建子网' }));
    expect(await screen.findByText('请选择子网所属的虚拟私有云。')).toBeTruthy();
    expect(screen.getByText('请先选择虚拟私有云')).toBeTruthy();
    expect(created).not.toHaveBeenCalled();
  });
});
