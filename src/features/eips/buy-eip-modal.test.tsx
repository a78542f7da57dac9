// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { renderWithUi } from '../../components/test-utils';
import { BuyEipModal } from './buy-eip-modal';

const bought = vi.fn();
vi.mock('../../api/eips/create-eip', () => ({ useCreateEip: () => ({ mutateAsync: bought }) }));

afterEach(() => {
  cleanup();
  bought.mockReset();
});

const buy = () => screen.getByRole('button', { name: 'Buy EIP' });
const size = () => screen.getByRole('textbox', { name: 'Bandwidth (Mbit/s)' });

describe('BuyEipModal', () => {
  it('blocks Buy with the rule’s words while the bandwidth is out of range, then sends the number', async () => {
    bought.mockResolvedValue({ public_ip_address: '203.0.113.9', bandwidth_size: 10 });
    const onClose = vi.fn();
    renderWithUi(<BuyEipModal opened onClose={onClose} />);
    fireEvent.change(size(), { target: { value: '5000' } });
    expect(await screen.findByText('Bandwidth must be a whole number from 1 to 2000 Mbit/s; 5000 is too large.')).toBeTruthy();
    expect(buy()).toHaveProperty('disabled', true);
    fireEvent.change(size(), { target: { value: '10' } });
    await waitFor(() => expect(buy()).toHaveProperty('disabled', false));
    fireEvent.click(buy());
    await waitFor(() => expect(bought).toHaveBeenCalledWith({ name: '', bandwidthSize: 10 }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('keeps the backend’s refusal in the dialog, with the values', async () => {
    bought.mockRejectedValue(new ApiError(400, 'VPC.0114', 'The EIP quota is used up.'));
    const onClose = vi.fn();
    renderWithUi(<BuyEipModal opened onClose={onClose} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'eip-x' } });
    fireEvent.click(buy());
    expect((await screen.findByRole('alert')).textContent).toContain('The EIP quota is used up.');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'eip-x');
    expect(onClose).not.toHaveBeenCalled();
  });
});
