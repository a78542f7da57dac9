import { Trans, useLingui } from '@lingui/react/macro';
import { Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFolderPlus, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { exportProjectFile, isProjectEmpty, projectFileName } from '../../api/project-file/export-project-file';
import { createProjectFromFile, useImportProjectFile } from '../../api/project-file/import-project-file';
import { openProject } from '../../api/project-url';
import { useProjectCreateBlock } from '../../api/write-access';
import { ProjectFormModal } from '../../components/project-form-modal';
import { WriteButton } from '../../components/write-button';
import { useProjectStore } from '../../api/project-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { download } from '../../components/download';
import { formatNumber } from '../../components/format';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import type { ImportResult } from '../../contract';
import { ImportRefused, ImportSucceeded, importSummary } from './import-outcome';

type Outcome = { file: File; result: ImportResult } | { file: File; error: unknown } | null;

export function ProjectFileCard() {
  const { t } = useLingui();
  const projectId = useProjectStore((s) => s.projectId);
  const importFile = useImportProjectFile();
  const resetPicker = useRef<() => void>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [notEmpty, setNotEmpty] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dragging, setDragging] = useState(false);
  const createBlock = useProjectCreateBlock();
  const [newFrom, setNewFrom] = useState<{ file: File; name?: string; region?: string } | null>(null);
  const resetNewPicker = useRef<() => void>(null);

  const pickedForNew = async (file: File | null) => {
    resetNewPicker.current?.();
    if (!file) return;
    setOutcome(null);
    let named: { name?: string; region?: string } = {};
    try {
      const head = JSON.parse(await file.text()) as { project?: { name?: unknown; region?: unknown } };
      named = { name: typeof head.project?.name === 'string' ? head.project.name : undefined, region: typeof head.project?.region === 'string' ? head.project.region : undefined };
    } catch {
      // The backend says what is wrong with the file when it is sent.
    }
    const fromFileName = file.name.replace(/\.json$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40);
    setNewFrom({ file, name: named.name ?? fromFileName, region: named.region });
  };

  const runExport = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const file = await exportProjectFile(projectId);
      const name = projectFileName(projectId);
      download(name, JSON.stringify(file), 'application/json');
      const servers = formatNumber(file.servers.length);
      const ports = formatNumber(file.ports.length);
      notifySuccess(t`Project exported`, t`${name}: ${servers} servers, ${ports} ports.`);
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(false);
    }
  };

  const post = (file: File) =>
    importFile.mutateAsync({ projectId, file }).then(
      (result) => {
        setOutcome({ file, result });
        const summary = importSummary(result);
        notifySuccess(t`Project imported`, t`Created ${summary}.`);
      },
      (error: unknown) => setOutcome({ file, error }),
    );

  const picked = async (file: File | null) => {
    resetPicker.current?.();
    if (!file) return;
    setOutcome(null);
    const empty = await isProjectEmpty(projectId).catch(() => true);
    if (empty) await post(file);
    else setNotEmpty(file);
  };

  const busy = exporting || importFile.isPending;
  const importing = importFile.variables?.file;
  const importingName = importing instanceof File ? importing.name : null;
  const newFromName = newFrom?.file.name;
  const maxServers = formatNumber(50_000);
  const drop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) void picked(file);
  };
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      style={dragging ? { outline: '2px dashed var(--mantine-color-blue-filled)', outlineOffset: -4 } : undefined}
    >
      <Stack>
        <Title order={2} fz="h4">
          <Trans>Export and import</Trans>
        </Title>
        <Text size="sm" c="dimmed">
          <Trans>
            Export saves this project as one JSON file: every VPC, subnet, server, port, EIP and HA group. Import fills an empty project from
            such a file: it is checked whole first, and either everything is created or nothing.
          </Trans>
        </Text>
        <Group>
          <Button leftSection={<IconDownload size={16} />} variant="default" onClick={runExport} loading={exporting} disabled={busy}>
            <Trans>Export project</Trans>
          </Button>
          <FileButton onChange={pickedForNew} accept="application/json,.json" resetRef={resetNewPicker} inputProps={{ 'aria-label': t`Project file for a new project` }}>
            {(props) => (
              <WriteButton {...props} leftSection={<IconFolderPlus size={16} />} variant="default" disabled={busy} blockedReason={createBlock}>
                <Trans>New project from a file…</Trans>
              </WriteButton>
            )}
          </FileButton>
          <FileButton onChange={picked} accept="application/json,.json" resetRef={resetPicker} inputProps={{ 'aria-label': t`Project file to import` }}>
            {(props) => (
              <WriteButton {...props} leftSection={<IconUpload size={16} />} variant="default" loading={importFile.isPending} disabled={busy}>
                <Trans>Import…</Trans>
              </WriteButton>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">
          <Trans>
            Imports into project {projectId}; you can also drop a file on this card. Files up to 64 MiB (about {maxServers} servers).
          </Trans>
        </Text>
        {importFile.isPending && importFile.variables && (
          <Text size="sm" aria-live="polite">
            {importingName ? (
              <Trans>Importing {importingName}: checking it, then writing everything at once…</Trans>
            ) : (
              <Trans>Importing the file: checking it, then writing everything at once…</Trans>
            )}
          </Text>
        )}
        <InlineError error={exportError} title={t`Could not export the project`} />
        {outcome && 'result' in outcome && <ImportSucceeded result={outcome.result} fileName={outcome.file.name} />}
        {outcome && 'error' in outcome && <ImportRefused error={outcome.error} fileName={outcome.file.name} />}
      </Stack>
      <ProjectFormModal
        opened={newFrom !== null}
        onClose={() => setNewFrom(null)}
        title={newFromName ? t`New project from ${newFromName}` : ''}
        submitLabel={t`Create and import`}
        initial={newFrom ?? undefined}
        createWith={async ({ name, region, description }) => {
          const made = await createProjectFromFile(name, region, newFrom!.file, description);
          const project = made.project.display_name;
          const summary = importSummary(made);
          notifySuccess(t`Project created from the file`, t`${project}: ${summary}.`);
          return made.project;
        }}
        onDone={(p) => openProject(p.id, '/vpcs')}
      />
      <ConfirmDialog
        opened={notEmpty !== null}
        onClose={() => setNotEmpty(null)}
        title={t`This project is not empty`}
        confirmLabel={t`Import anyway`}
        onConfirm={async () => notEmpty && post(notEmpty)}
      >
        {t`Project ${projectId} already holds VPCs or EIPs, and an import fills an empty project only: the backend will refuse it. Use New project from a file instead, or open an empty project first.`}
      </ConfirmDialog>
    </Paper>
  );
}
