import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { REGIONS, createProjectRequest, type CreateProjectRequest, type Project } from '../contract';
import { errorMessage } from '../api/client';
import { useCreateProject } from '../api/projects/create-project';
import { useUpdateProject } from '../api/projects/update-project';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Rename this project; without it, create one. */
  project?: Project;
  /** Called with the project created or renamed. */
  onDone: (project: Project) => void;
  /** The name and region to start from (a new project from a file). */
  initial?: { name?: string; region?: string };
  submitLabel?: string;
  /** Makes the project instead of a plain create (e.g. from a file); its refusal shows in the form. */
  createWith?: (project: CreateProjectRequest['project']) => Promise<Project>;
  title?: string;
}

/** The API's own rule for a project name, in its words (contract `createProjectRequest`). */
function nameError(value: string): string | null {
  const result = createProjectRequest.shape.project.shape.name.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'Check the name.');
}

/** Create a project (name and region; its id is made by the backend, as IAM does) or rename one. */
export function ProjectFormModal({ opened, onClose, project, onDone, initial, submitLabel, createWith, title }: Props) {
  const create = useCreateProject(createWith);
  const update = useUpdateProject();
  const form = useForm({
    initialValues: { name: '', region: 'cn-north-4', description: '' },
    validate: { name: nameError, region: (v) => (REGIONS.includes(v as never) ? null : 'Choose a region.') },
  });
  useEffect(() => {
    if (!opened) return;
    form.setValues({
      name: project?.display_name ?? initial?.name ?? '',
      region: project?.region ?? (REGIONS.includes(initial?.region as never) ? initial!.region! : 'cn-north-4'),
      description: project?.description ?? '',
    });
    form.resetDirty();
    create.reset();
    update.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, project?.id]);
  const mutation = project ? update : create;
  const submit = form.onSubmit((values) => {
    const name = values.name.trim();
    const done = (p: Project) => {
      onDone(p);
      onClose();
    };
    if (project) update.mutate({ id: project.id, name, description: values.description }, { onSuccess: done });
    else create.mutate({ name, region: values.region as (typeof REGIONS)[number], description: values.description || undefined }, { onSuccess: done });
  });
  return (
    <Modal opened={opened} onClose={onClose} title={title ?? (project ? `Rename project ${project.name}` : 'Create project')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Name"
            description={`IAM shows it as ${form.values.region}_${form.values.name.trim() || '<name>'}.`}
            required
            data-autofocus
            autoComplete="off"
            {...form.getInputProps('name')}
          />
          <Select label="Region" data={[...REGIONS]} disabled={Boolean(project)} description={project ? 'A project stays in its region.' : undefined} allowDeselect={false} {...form.getInputProps('region')} />
          <Textarea label="Description" autosize minRows={2} maxLength={255} {...form.getInputProps('description')} />
          {mutation.error && (
            <Text size="sm" c="red" role="alert">
              {errorMessage(mutation.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {submitLabel ?? (project ? 'Rename' : 'Create project')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
