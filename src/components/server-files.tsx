import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Code, Group, Paper, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { IconDownload, IconFileZip } from '@tabler/icons-react';
import { createTar, type ServerFiles } from '../domain/ha';
import { CopyButton } from './copy-button';
import { download } from './download';

const ROLE_LABELS: Record<ServerFiles['role'], MessageDescriptor> = { active: msg`Active`, standby: msg`Standby`, director: msg`LVS director`, backend: msg`Real server` };

/** The generated files of an HA group: a tab per server, each file with copy and download; one archive of all. */
export function ServerFilesView({ servers, archiveName }: { servers: ServerFiles[]; archiveName: string }) {
  const { t } = useLingui();
  const all = () =>
    download(
      `${archiveName}.tar`,
      createTar(servers.flatMap((s) => s.files.map((f) => ({ name: `${archiveName}/${s.serverName}/${f.fileName}`, content: f.content }))), Date.now() / 1000) as Uint8Array<ArrayBuffer>,
      'application/x-tar',
    );
  if (servers.length === 0)
    return (
      <Text c="dimmed">
        <Trans>No member servers, so no configuration.</Trans>
      </Text>
    );
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          <Trans>
            Paste each file onto its server, or download them all and run <Code>install.sh</Code> on each node.
          </Trans>
        </Text>
        <Button variant="light" leftSection={<IconFileZip size={16} />} onClick={all}>
          <Trans>Download all (.tar)</Trans>
        </Button>
      </Group>
      <Tabs defaultValue={servers[0].serverName} keepMounted={false}>
        <Tabs.List aria-label={t`Servers`}>
          {servers.map((s) => (
            <Tabs.Tab key={s.serverName} value={s.serverName} rightSection={<Badge size="xs" variant="dot" radius="sm" tt="none" fw={500} color={s.role === 'backend' ? 'gray' : s.role === 'standby' ? 'blue' : 'teal'}>{t(ROLE_LABELS[s.role])}</Badge>}>
              {s.serverName}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {servers.map((s) => (
          <Tabs.Panel key={s.serverName} value={s.serverName} pt="md">
            <Stack gap="md">
              {s.files.map((f) => {
                const server = s.serverName;
                const file = f.fileName;
                const path = f.path;
                return (
                  <Paper key={f.fileName} withBorder radius="md" p="sm" aria-label={`${s.serverName} ${f.fileName}`} component="section">
                    <Group justify="space-between" mb={6} wrap="nowrap">
                      <div>
                        <Text fw={600} size="sm" ff="monospace">
                          {f.fileName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {f.description}
                          {f.path !== f.fileName ? ` ${t`— goes to ${path}`}` : ''}
                        </Text>
                      </div>
                      <Group gap={4} wrap="nowrap">
                        <CopyButton value={f.content} label={t`Copy ${file} of ${server}`} />
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconDownload size={14} />}
                          onClick={() => download(f.fileName, f.content, 'text/plain')}
                          aria-label={t`Download ${file} of ${server}`}
                        >
                          <Trans>Download</Trans>
                        </Button>
                      </Group>
                    </Group>
                    <ScrollArea.Autosize mah={420} type="auto" viewportProps={{ tabIndex: 0, 'aria-label': t`${file} of ${server}` }}>
                      <Code block fz="xs">
                        {f.content}
                      </Code>
                    </ScrollArea.Autosize>
                  </Paper>
                );
              })}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
