// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Vpc } from '../../contract';
import { renderWithUi } from '../../components/test-utils';
import { activateLocale } from '../../i18n/locale';
import { DeleteVpcDialog } from './delete-vpc-dialog';

const vpc = { id: 'vpc-1', name: 'prod', cidr: '10.0.0.0/16', description: '', status: 'OK' } as Vpc;

afterEach(async () => {
  cleanup();
  await activateLocale('en');
});

describe('DeleteVpcDialog', () => {
  it('names the VPC and its block, and what stops a delete', () => {
    renderWithUi(<DeleteVpcDialog vpc={vpc} onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Delete VPC prod?' })).toBeTruthy();
    expect(screen.getByText('VPC prod (10.0.0.0/16) will be deleted. A VPC that still has subnets cannot be deleted.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete VPC' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });

  it('speaks Simplified Chinese when the console does, values kept as they are', async () => {
    await activateLocale('zh-CN');
    renderWithUi(<DeleteVpcDialog vpc={vpc} onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: '确定要删除虚拟私有云 prod 吗？' })).toBeTruthy();
    expect(screen.getByText('虚拟私有云 prod（10.0.0.0/16）将被删除。仍有子网的虚拟私有云无法删除。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '删除虚拟私有云' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '取消' })).toBeTruthy();
  });
});
