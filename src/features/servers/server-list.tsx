import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Anchor, Code, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { Server } from '../../contract';
import { useAllEips } from '../../api/eips/get-eips';
import { fixedAddressesOf } from '../../api/servers/server-addresses';
import { useDeleteServer } from '../../api/servers/delete-server';
import { getServersQueryOptions, type ServerPageQuery } from '../../api/servers/get-servers';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useAllVips } from '../../api/vips/get-vips';
import { formatDate } from '../../components/format';
import { ListPage } from '../../components/list-page';
import type { Column } from '../../components/resource-table';
import { usePageListState } from '../../components/use-list-state';
import { knownAnswer } from './known-answer';
import { CreateServerModal } from './lazy-dialogs';
import { DeleteCascadeNotice } from './cascade-notice';
import { useServerActions } from './server-action-buttons';
import { eipsOfServer, vipsOfServer } from './server-joins';
import { SERVER_PAGE_SIZE } from './server-list-query';
import { ServerStatusBadge } from './server-status-badge';
import { TruncatedName } from '../../components/truncated-name';

const PAGE_SIZE = SERVER_PAGE_SIZE;

const dash = <Text size="sm" c="dimmed">—</Text>;

export function ServerList() {
  const { t } = useLingui();
  const list = usePageListState();
  const pageQuery: ServerPageQuery = { page: list.page, pageSize: PAGE_SIZE, name: list.name, sortKey: list.sort?.key === 'ip_address' ? undefined : list.sort?.key, sortDir: list.sort?.dir };
  const query = useQuery({ ...getServersQueryOptions(pageQuery), placeholderData: knownAnswer(pageQuery) });
  const vips = useAllVips();
  const eips = useAllEips();
  const subnets = useAllSubnets();
  const [createOpened, createModal] = useDisclosure();
  const actions = useServerActions();
  const del = useDeleteServer();
  const columns: Column<Server>[] = [
    {
      key: 'name',
      header: t`Name`,
      sortKey: 'name',
      render: (s) => <TruncatedName name={s.name} to={`/servers/${s.id}`} />,
    },
    { key: 'status', header: t`Status`, render: (s) => <ServerStatusBadge status={s.status} /> },
    {
      key: 'ips',
      header: t`Private IPs`,
      render: (s) => {
        const ips = fixedAddressesOf(s);
        return ips.length ? (
          <Stack gap={2}>
            {ips.map((a) => (
              <Code key={a.portId}>{a.ip}</Code>
            ))}
          </Stack>
        ) : (
          dash
        );
      },
    },
    {
      key: 'vips',
      header: t`Virtual IPs`,
      render: (s) => {
        const bound = vipsOfServer(s, vips.data ?? [], subnets.data ?? []);
        return bound.length ? (
          <Group gap={6}>
            {bound.map((v) => (
              <Anchor key={v.id} component={Link} to={`/vips/${v.id}`} size="sm" ff="monospace">
                {v.ip}
              </Anchor>
            ))}
          </Group>
        ) : (
          dash
        );
      },
    },
    {
      key: 'eip',
      header: t`EIP`,
      render: (s) => {
        const list = eipsOfServer(s, eips.data ?? []);
        return list.length ? <Text size="sm" ff="monospace">{list.join(', ')}</Text> : dash;
      },
    },
    { key: 'flavor', header: t`Flavor`, from: 'lg', render: (s) => <Text size="sm">{s.flavor?.name || s.flavor?.id}</Text> },
    { key: 'created', header: t`Created`, sortKey: 'created_at', from: 'xl', render: (s) => formatDate(s.created) },
  ];
  const total = query.data?.count ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <ListPage
        label={t`Servers`}
        columns={columns}
        rows={query.data?.servers}
        rowKey={(s) => s.id}
        rowName={(s) => s.name}
        query={query}
        state={list}
        searchLabel={t`Search servers by name`}
        create={{ label: t`Create Server`, onClick: createModal.open }}
        empty={{
          title: t`No servers yet`,
          description: t`Create a server in a subnet; its NIC can then share a virtual IP.`,
          noMatch: t`No server matches this search`,
        }}
        pager={list.pager(pages, t`${plural(total, { one: '# server', other: '# servers' })}`)}
        rowActions={actions.rowActions}
        bulkActions={[
          {
            kind: 'delete',
            label: t`Delete`,
            title: t`Delete the selected servers?`,
            run: (s) => del.mutateAsync(s.id),
            notice: (servers) => <DeleteCascadeNotice servers={servers} />,
          },
        ]}
      />
      {actions.dialogs}
      <CreateServerModal opened={createOpened} onClose={createModal.close} />
    </>
  );
}
