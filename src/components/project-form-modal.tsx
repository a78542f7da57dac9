import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { Select, TextInput, Textarea } from '@mantine/core';
import { z } from 'zod';
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

type ProjectInput = CreateProjectRequest['project'];

/** The API's own rules for a project (contract `createProjectRequest`). */
const projectRules = createProjectRequest.shape.project;

/** A refusal of `projectRules` in the console's language; one it does not know keeps the API's words. */
function projectProblem(issue: z.core.$ZodIssue): string {
  const field = issue.path[0];
  if (field === 'region') return t`Choose a region.`;
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    return field === 'name' ? t`Use at most ${max} characters: with the region in front, IAM allows 64.` : t`Use at most ${max} characters.`;
  }
  if (field === 'name' && issue.code === 'too_small') return t`Give the project a name.`;
  if (field === 'name' && issue.code === 'invalid_format') return t`Use letters, digits, "-" and "_" only.`;
  return issue.message;
}

/** The form judged by the API's rules, each refusal on its field. Made on each render, so its words follow the language. */
const projectForm = (): z.ZodType<ProjectInput, { name: string; region: Region; description: string }> =>
  z.object({ name: z.string(), region: z.enum(REGIONS), description: z.string() }).transform((values, ctx) => {
    const parsed = projectRules.safeParse(values);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: projectProblem(issue) });
    return z.NEVER;
  });

const isRegion = (region: string | undefined): region is Region => REGIONS.includes(region as Region);

/** Create a project (name and region; its id is made by the backend, as IAM does) or rename one. */
export function ProjectFormModal({ opened, onClose, project, onDone, initial, submitLabel, createWith, title }: Props) {
  const { t } = useLingui();
  const create = useCreateProject(createWith);
  const update = useUpdateProject();
  const region: Region = isRegion(project?.region) ? project.region : isRegion(initial?.region) ? initial.region : 'cn-north-4';
  const fields = useSchemaForm(projectForm(), {
    name: project?.display_name ?? initial?.name ?? '',
    region,
    description: project?.description ?? '',
  });
  const { form } = fields;
  const projectName = project?.name ?? '';
  const iamName = `${form.values.region}_${form.values.name.trim() || t`<name>`}`;
  const submit = async ({ name, region, description }: ProjectInput) => {
    const done = project
      ? await update.mutateAsync({ id: project.id, name, description })
      : await create.mutateAsync({ name, region, description: description || undefined });
    onDone(done);
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={title ?? (project ? t`Rename project ${projectName}` : t`Create project`)}
      size="md"
      form={fields}
      onSubmit={submit}
      submitLabel={submitLabel ?? (project ? t`Rename` : t`Create project`)}
    >
      <TextInput
        label={t`Name`}
        description={t`IAM shows it as ${iamName}.`}
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps('name')}
      />
      <Select
        label={t`Region`}
        data={[...REGIONS]}
        disabled={Boolean(project)}
        description={project ? t`A project stays in its region.` : undefined}
        allowDeselect={false}
        {...form.getInputProps('region')}
      />
      <Textarea label={t`Description`} autosize minRows={2} maxLength={255} {...form.getInputProps('description')} />
    </FormModal>
  );
}
