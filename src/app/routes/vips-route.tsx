import { Trans, useLingui } from '@lingui/react/macro';
import { IconHeartRateMonitor } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { VipTable } from '../../features/vips/vip-table';
import { WriteButton } from '../../components/write-button';

export function VipsRoute() {
  const { t } = useLingui();
  return (
    <>
      <PageHeader
        crumbs={[{ label: t`Network`, to: '/vpcs' }, { label: t`Virtual IPs` }]}
        title={t`Virtual IPs`}
        description={t`Addresses shared by several servers of one subnet, for keepalived HA pairs and LVS clusters.`}
      />
      <VipTable
        actions={
          <WriteButton component={Link} to="/ha-groups/new" variant="default" leftSection={<IconHeartRateMonitor size={16} />} aria-label={t`Set up HA`} title={t`Set up HA`} className="label-from-lg">
            <Trans>Set up HA</Trans>
          </WriteButton>
        }
      />
    </>
  );
}
