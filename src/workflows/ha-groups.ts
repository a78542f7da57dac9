import { t } from '@lingui/core/macro';
import { planHaDelete, planHaEdit } from '../domain';
import { haKeys } from './keys';
import { planWorkflow } from './plan-workflow';

/** Edit an HA group's members: bind and check-off the new ones, save, unbind the removed ones. */
export const haEditWorkflow = (input: Parameters<typeof planHaEdit>[0]) => planWorkflow(planHaEdit(input), haKeys(), t`Editing the HA group`);

/** Delete an HA group: unbind (and on request release) the EIP, unbind the members, delete, release the VIP on request. */
export const haDeleteWorkflow = (input: Parameters<typeof planHaDelete>[0]) => planWorkflow(planHaDelete(input), haKeys(), t`Deleting the HA group`);
