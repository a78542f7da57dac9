import { Badge, Button, Code, Group, Paper, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { IconDownload, IconFileZip } from '@tabler/icons-react';
import { createTar, type ServerFiles } from '../domain/ha';
import { CopyButton } from './copy-button';
import { download } from './download';

const ROLE_LABELS: Record<ServerFiles['role'], string> = { active: 'Active', standby: 'Standby', director: 'LVS director', backend: 'Real server' };

/** The generated files of an HA group: a tab per server, each file with copy and download; one archive of all. */
export function ServerFilesView({ servers, archiveName }: { servers: ServerFiles[]; archiveName: string }) {
  const all = () =>
    download(
      `${archiveName}.tar`,
      createTar(servers.flatMap((s) => s.files.map((f) => ({ name: `${archiveName}/${s.serverName}/${f.fileName}`, content: f.content }))), Date.now() / 1000) as Uint8Array<ArrayBuffer>,
      'application/x-tar',
    );
  if (servers.length === 0) return <Text c="dimmed">No member servers, so no configuration.</Text>;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Paste each file onto its server, or download them all and run <Code>install.sh</Code> on each node.
        </Text>
        <Button variant="light" leftSection={<IconFileZip size={16} />} onClick={all}>
          Download all (.tar)
        </Button>
      </Group>
      <Tabs defaultValue={servers[0].serverName} keepMounted={false}>
        <Tabs.List aria-label="Servers">
          {servers.map((s) => (
            <Tabs.Tab key={s.serverName} value={s.serverName} rightSection={<Badge size="xs" variant="dot" radius="sm" tt="none" fw={500} color={s.role === 'backend' ? 'gray' : s.role === 'standby' ? 'blue' : 'teal'}>{ROLE_LABELS[s.role]}</Badge>}>
              {s.serverName}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {servers.map((s) => (
          <Tabs.Panel key={s.serverName} value={s.serverName} pt="md">
            <Stack gap="md">
              {s.files.map((f) => (
                <Paper key={f.fileName} withBorder radius="md" p="sm" aria-label={`${s.serverName} ${f.fileName}`} component="section">
                  <Group justify="space-between" mb={6} wrap="nowrap">
                    <div>
                      <Text fw={600} size="sm" ff="monospace">
                        {f.fileName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {f.description}
                        {f.path !== f.fileName ? ` — goes to ${f.path}` : ''}
                      </Text>
                    </div>
                    <Group gap={4} wrap="nowrap">
                      <CopyButton value={f.content} label={`Copy ${f.fileName} of ${s.serverName}`} />
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        leftSection={<IconDownload size={14} />}
                        onClick={() => download(f.fileName, f.content, 'text/plain')}
                        aria-label={`Download ${f.fileName} of ${s.serverName}`}
                      >
                        Download
                      </Button>
                    </Group>
                  </Group>
                  <ScrollArea.Autosize mah={420} type="auto" viewportProps={{ tabIndex: 0, 'aria-label': `${f.fileName} of ${s.serverName}` }}>
                    <Code block fz="xs">
                      {f.content}
                    </Code>
                  </ScrollArea.Autosize>
                </Paper>
              ))}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
