import { Trans, useLingui } from '@lingui/react/macro';
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAllVpcs } from '../../api/vpcs/get-vpcs';
import { InlineError } from '../../components/inline-error';
import { PageHeader } from '../../components/page-header';
import { VpcTopology } from '../../features/topology/vpc-topology';
import { AssignVipModal } from '../../features/vips/assign-vip-modal';
import { wizardUrl } from './wizard-url';


export function TopologyRoute() {
  const { t } = useLingui();
  const { vpcId = '' } = useParams();
  const navigate = useNavigate();
  const vpcs = useAllVpcs();
  const first = vpcs.data?.[0]?.id;
  useEffect(() => {
    if (!vpcId && first) navigate(`/topology/${first}`, { replace: true });
  }, [vpcId, first, navigate]);
  return (
    <>
      <PageHeader
        crumbs={[{ label: t`High availability`, to: '/ha-groups' }, { label: t`Topology` }]}
        title={t`Topology`}
        description={t`Who shares each virtual IP, who is active, where EIPs point. Draw a NIC to a VIP to bind; select an edge and press Delete to unbind.`}
        actions={
          <Select
            aria-label="VPC"
            placeholder={t`Choose a VPC`}
            w={260}
            searchable
            data={(vpcs.data ?? []).map((v) => ({ value: v.id, label: `${v.name} (${v.cidr})` }))}
            value={vpcId || null}
            onChange={(v) => v && navigate(`/topology/${v}`)}
            allowDeselect={false}
          />
        }
      />
      <InlineError error={vpcs.error} title={t`Could not load the VPCs`} />
      {vpcs.data && vpcs.data.length === 0 && (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" gap="xs">
            <Title order={2} fz="h4">
              <Trans>No VPC to draw yet</Trans>
            </Title>
            <Text size="sm" c="dimmed" ta="center" maw={460}>
              <Trans>
                The topology draws one VPC: its subnets, servers, virtual IPs and EIPs. Create a VPC with a subnet and servers, or load the demo
                data in Settings.
              </Trans>
            </Text>
            <Group>
              <Button component={Link} to="/vpcs">
                <Trans>Go to VPCs</Trans>
              </Button>
              <Button component={Link} to="/settings" variant="default">
                <Trans>Settings</Trans>
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {vpcId && (
        <VpcTopology
          vpcId={vpcId}
          onNewSetup={(mode, subnetId) => navigate(wizardUrl(mode, vpcId, subnetId))}
          renderAssignVip={(subnetId, onClose) => <AssignVipModal opened onClose={onClose} presetSubnetId={subnetId} />}
        />
      )}
    </>
  );
}
