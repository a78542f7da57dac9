// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../i18n/locale';
import { ProjectFormModal } from './project-form-modal';
import { renderWithUi } from './test-utils';

const created = vi.fn();
vi.mock('../api/projects/create-project', () => ({ useCreateProject: () => ({ mutateAsync: created }) }));
vi.mock('../api/projects/update-project', () => ({ useUpdateProject: () => ({ mutateAsync: vi.fn() }) }));

// The description's autosize Textarea listens to font loading, which jsdom lacks.
Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: () => {}, removeEventListener: () => {} } });

afterEach(async () => {
  cleanup();
  created.mockReset();
  await act(() => activateLocale('en'));
});

const name = () => screen.getByRole('textbox', { name: /^(Name|名称)/ });

describe('ProjectFormModal', () => {
  it('judges the name by the API’s rules and sends the trimmed name with the region', async () => {
    created.mockResolvedValue({ id: 'p1', name: 'cn-north-4_web' });
    const onDone = vi.fn();
    renderWithUi(<ProjectFormModal opened onClose={() => {}} onDone={onDone} />);
    fireEvent.change(name(), { target: { value: 'web site' } });
    expect(await screen.findByText('Use letters, digits, "-" and "_" only.')).toBeTruthy();
    fireEvent.change(name(), { target: { value: ' web ' } });
    expect(screen.getByText('IAM shows it as cn-north-4_web.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    await waitFor(() => expect(created).toHaveBeenCalledWith({ name: 'web', region: 'cn-north-4', description: undefined }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it('says the same refusals in Simplified Chinese, and sends nothing', async () => {
    await act(() => activateLocale('zh-CN'));
    renderWithUi(<ProjectFormModal opened onClose={() => {}} onDone={() => {}} />);
    fireEvent.change(name(), { target: { value: 'x'.repeat(60) } });
    expect(await screen.findByText('最多 49 个字符：加上前面的区域，IAM最多允许64个字符。')).toBeTruthy();
    fireEvent.change(name(), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '创建项目' }));
    expect(await screen.findByText('请输入项目名称。')).toBeTruthy();
    expect(created).not.toHaveBeenCalled();
  });
});
