// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/locale';
import { BulkBar } from './bulk-bar';
import { Pager } from './pager';
import { renderWithUi } from './test-utils';
import { vpcDeleteBlock } from './vpc-delete-block';

const pager = { page: 2, pages: 3, count: '41 servers', hasPrevious: true, hasNext: true, onPrevious: () => {}, onNext: () => {} };
const bar = { actions: [{ kind: 'delete', label: 'Delete', title: 'Delete?', run: async () => {} }], onAction: () => {}, onClear: () => {} };

describe('the words of a list', () => {
  afterEach(async () => {
    cleanup();
    await activateLocale('en');
  });

  it('counts pages and the selection in English', () => {
    renderWithUi(
      <>
        <Pager {...pager} />
        <BulkBar count={1200} {...bar} />
      </>,
    );
    expect(screen.getByRole('navigation', { name: 'Pages' }).textContent).toContain('Page 2 of 3 (41 servers)');
    expect(screen.getByRole('region', { name: 'Selection' }).textContent).toContain('1,200 selected');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeTruthy();
  });

  it('reads as Chinese once the language is zh-CN, the counts inside the sentence', async () => {
    await activateLocale('zh-CN');
    renderWithUi(
      <>
        <Pager {...pager} count="41 台云服务器" />
        <BulkBar count={3} {...bar} />
      </>,
    );
    expect(screen.getByRole('navigation', { name: '分页' }).textContent).toContain('第 2 页，共 3 页（41 台云服务器）');
    expect(screen.getByRole('button', { name: '下一页' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '已选对象' }).textContent).toContain('已选 3 项');
    expect(screen.getByRole('button', { name: '取消选择' })).toBeTruthy();
    expect(vpcDeleteBlock('vpc-demo', 2)).toBe('vpc-demo 下还有 2 个子网，请先删除子网。');
  });
});
