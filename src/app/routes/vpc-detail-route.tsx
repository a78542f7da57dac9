import { Trans, useLingui } from '@lingui/react/macro';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useAllSubnets } from '../../api/subnets/get-subnets';
import { useVpc } from '../../api/vpcs/get-vpc';
import { DetailPage } from '../../components/detail-page';
import { TerraformExportButton } from '../../components/terraform-export-button';
import { vpcDeleteBlock } from '../../components/vpc-delete-block';
import { WriteButton } from '../../components/write-button';
import { SubnetList } from '../../features/subnets/subnet-list';
import { VpcTopology } from '../../features/topology/vpc-topology';
import { AssignVipModal } from '../../features/vips/assign-vip-modal';
import { DeleteVpcDialog } from '../../features/vpcs/delete-vpc-dialog';
import { vpcSummary } from '../../features/vpcs/vpc-summary';
import { wizardUrl } from './wizard-url';

export function VpcDetailRoute() {
  const { t } = useLingui();
  const { vpcId = '' } = useParams();
  const navigate = useNavigate();
  const vpc = useVpc(vpcId);
  const v = vpc.data;
  const name = v?.name;
  const [deleting, setDeleting] = useState(false);
  const subnets = useAllSubnets(vpcId);
  return (
    <DetailPage
      crumbs={[{ label: t`Network`, to: '/vpcs' }, { label: t`VPCs`, to: '/vpcs' }, { label: name ?? vpcId }]}
      title={v && t`VPC ${name}`}
      operations={{ resourceType: 'vpc', resourceId: vpcId }}
      actions={
        v && (
          <>
            <TerraformExportButton target={() => ({ kind: 'vpc', vpcId })} />
            <WriteButton
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} />}
            onClick={() => setDeleting(true)}
            blockedReason={vpcDeleteBlock(v.name, subnets.data?.length)}
          >
            <Trans>Delete VPC</Trans>
          </WriteButton>
          </>
        )
      }
      notFound={{ what: t`VPC`, backTo: '/vpcs', backLabel: t`Back to VPCs` }}
      error={vpc.error}
      errorTitle={t`Could not load the VPC`}
      summaryHeight={180}
      summary={v && vpcSummary(v)}
      tabs={{
        base: `/vpcs/${vpcId}`,
        list: [
          { value: 'subnets', label: t`Subnets`, content: v && <SubnetList vpc={v} /> },
          {
            value: 'topology',
            label: t`Topology`,
            content: (
              <VpcTopology
                vpcId={vpcId}
                onNewSetup={(mode, subnetId) => navigate(wizardUrl(mode, vpcId, subnetId))}
                renderAssignVip={(subnetId, onClose) => <AssignVipModal opened onClose={onClose} presetSubnetId={subnetId} />}
              />
            ),
          },
        ],
      }}
    >
      <DeleteVpcDialog vpc={deleting ? (v ?? null) : null} onClose={() => setDeleting(false)} onDeleted={() => navigate('/vpcs')} />
    </DetailPage>
  );
}
