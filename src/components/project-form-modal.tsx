import { Select, TextInput, Textarea } from '@mantine/core';
import { REGIONS, createProjectRequest, type CreateProjectRequest, type Project, type Region } from '../contract';
import { useCreateProject } from '../api/projects/create-project';
import { useUpdateProject } from '../api/projects/update-project';
import { FormModal } from './form-modal';
import { useSchemaForm } from './use-schema-form';

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

/** The API's own rules for a project, in its words (contract `createProjectRequest`). */
const projectForm = createProjectRequest.shape.project;

const isRegion = (region: string | undefined): region is Region => REGIONS.includes(region as Region);

/** Create a project (name and region; its id is made by the backend, as IAM does) or rename one. */
export function ProjectFormModal({ opened, onClose, project, onDone, initial, submitLabel, createWith, title }: Props) {
  const create = useCreateProject(createWith);
  const update = useUpdateProject();
  const region: Region = isRegion(project?.region) ? project.region : isRegion(initial?.region) ? initial.region : 'cn-north-4';
  const fields = useSchemaForm(projectForm, {
    name: project?.display_name ?? initial?.name ?? '',
    region,
    description: project?.description ?? '',
  });
  const { form } = fields;
  const submit = async ({ name, region, description }: CreateProjectRequest['project']) => {
    const done = project
      ? await update.mutateAsync({ id: project.id, name, description })
      : await create.mutateAsync({ name, region, description: description || undefined });
    onDone(done);
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={title ?? (project ? `Rename project ${project.name}` : 'Create project')}
      size="md"
      form={fields}
      onSubmit={submit}
      submitLabel={submitLabel ?? (project ? 'Rename' : 'Create project')}
    >
      <TextInput
        label="Name"
        description={`IAM shows it as ${form.values.region}_${form.values.name.trim() || '<name>'}.`}
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps('name')}
      />
      <Select
        label="Region"
        data={[...REGIONS]}
        disabled={Boolean(project)}
        description={project ? 'A project stays in its region.' : undefined}
        allowDeselect={false}
        {...form.getInputProps('region')}
      />
      <Textarea label="Description" autosize minRows={2} maxLength={255} {...form.getInputProps('description')} />
    </FormModal>
  );
}
