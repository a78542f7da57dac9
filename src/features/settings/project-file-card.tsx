import { Button, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { exportProjectFile, isProjectEmpty, projectFileName } from '../../api/project-file/export-project-file';
import { useImportProjectFile } from '../../api/project-file/import-project-file';
import { useProjectStore } from '../../api/project-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { download } from '../../components/download';
import { InlineError } from '../../components/inline-error';
import { notifySuccess } from '../../components/notify';
import type { ImportResult } from '../../contract';
import { ImportRefused, ImportSucceeded, importSummary } from './import-outcome';

type Outcome = { file: File; result: ImportResult } | { file: File; error: unknown } | null;

export function ProjectFileCard() {
  const projectId = useProjectStore((s) => s.projectId);
  const importFile = useImportProjectFile();
  const resetPicker = useRef<() => void>(null);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const [notEmpty, setNotEmpty] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dragging, setDragging] = useState(false);

  const runExport = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const file = await exportProjectFile(projectId);
      const name = projectFileName(projectId);
      download(name, JSON.stringify(file), 'application/json');
      notifySuccess('Project exported', `${name}: ${file.servers.length.toLocaleString('en')} servers, ${file.ports.length.toLocaleString('en')} ports.`);
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
        notifySuccess('Project imported', `Created ${importSummary(result)}`);
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
          Export and import
        </Title>
        <Text size="sm" c="dimmed">
          Export saves this project as one JSON file: every VPC, subnet, server, port, EIP and HA group. Import fills an empty project from such
          a file: it is checked whole first, and either everything is created or nothing.
        </Text>
        <Group>
          <Button leftSection={<IconDownload size={16} />} variant="default" onClick={runExport} loading={exporting} disabled={busy}>
            Export project
          </Button>
          <FileButton onChange={picked} accept="application/json,.json" resetRef={resetPicker} inputProps={{ 'aria-label': 'Project file to import' }}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} variant="default" loading={importFile.isPending} disabled={busy}>
                Import…
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">
          Imports into project {projectId}; you can also drop a file on this card. Files up to 64 MiB (about 50,000 servers).
        </Text>
        {importFile.isPending && importFile.variables && (
          <Text size="sm" aria-live="polite">
            Importing {importFile.variables.file instanceof File ? importFile.variables.file.name : 'the file'}: checking it, then writing everything at once…
          </Text>
        )}
        <InlineError error={exportError} title="Could not export the project" />
        {outcome && 'result' in outcome && <ImportSucceeded result={outcome.result} fileName={outcome.file.name} />}
        {outcome && 'error' in outcome && <ImportRefused error={outcome.error} fileName={outcome.file.name} />}
      </Stack>
      <ConfirmDialog
        opened={notEmpty !== null}
        onClose={() => setNotEmpty(null)}
        title="This project is not empty"
        confirmLabel="Import anyway"
        onConfirm={async () => notEmpty && post(notEmpty)}
      >
        {`Project ${projectId} already holds VPCs or EIPs, and an import fills an empty project only: the backend will refuse it. Switch to a new project ID under Project, then import there.`}
      </ConfirmDialog>
    </Paper>
  );
}
