import { releaseEipIfUnchanged } from '../api/eips/delete-eip';
import { eipPortResource } from '../api/eips/update-eip';
import { deleteHaGroup, editHaGroup } from '../api/ha-groups/save-ha-group';
import { editPortPairs, type PortRead } from '../api/ports/edit-port-pairs';
import { readModifyWrite } from '../api/read-modify-write';
import { releaseVipIfUnchanged } from '../api/vips/delete-vip';
import { decideEipPort, undoOf, type PlanStep } from '../domain';

/** What one step did: found it done already (nothing written), and how to reverse what it wrote. */
export interface StepOutcome {
  already: boolean;
  undo: PlanStep | null;
}

/**
 * Runs one plan step as a read-modify-write with `If-Match` (deletes: read, then delete with
 * `If-Match`). A step the data already shows done writes nothing, so running it again is safe.
 * `readEarlier`: a port step's port, read when the workflow started.
 */
export async function performStep(step: PlanStep, readEarlier?: PortRead): Promise<StepOutcome> {
  switch (step.kind) {
    case 'port-pairs': {
      const r = await editPortPairs(step.port_id, step.edit, readEarlier);
      return { already: !r.wrote, undo: r.wrote ? undoOf(step, { kind: 'port', pairs: r.before.allowed_address_pairs }) : null };
    }
    case 'eip-port': {
      const r = await readModifyWrite(eipPortResource(step.eip_id), (eip) => decideEipPort(eip, step.port_id, step.from));
      return { already: !r.wrote, undo: r.wrote ? undoOf(step, { kind: 'eip', port_id: r.before.port_id }) : null };
    }
    case 'group-update': {
      const r = await editHaGroup(step.group_id, step.fields);
      return { already: !r.wrote, undo: r.wrote ? undoOf(step, { kind: 'group', fields: r.before as unknown as Record<string, unknown> }) : null };
    }
    case 'group-delete':
      return { already: !(await deleteHaGroup(step.group_id)), undo: null };
    case 'eip-delete':
      return { already: !(await releaseEipIfUnchanged(step.eip_id)), undo: null };
    case 'vip-delete':
      return { already: !(await releaseVipIfUnchanged(step.vip_id)), undo: null };
  }
}

