import { Navigate, createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './layout/app-layout';
import { FullPageLoader } from './layout/full-page-loader';
import { RouteError } from './layout/route-error';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export const router = createBrowserRouter(
  [
    {
      path: '/',
      element: <AppLayout />,
      hydrateFallbackElement: <FullPageLoader />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/vpcs" replace /> },
        { path: 'vpcs', lazy: async () => ({ Component: (await import('./routes/vpcs-route')).VpcsRoute }) },
        { path: 'vpcs/:vpcId', lazy: async () => ({ Component: (await import('./routes/vpc-detail-route')).VpcDetailRoute }) },
        { path: 'subnets', lazy: async () => ({ Component: (await import('./routes/subnets-route')).SubnetsRoute }) },
        {
          path: 'subnets/:subnetId',
          lazy: async () => ({ Component: (await import('./routes/subnet-detail-route')).SubnetDetailRoute }),
        },
        { path: 'servers', lazy: async () => ({ Component: (await import('./routes/servers-route')).ServersRoute }) },
        {
          path: 'servers/:serverId',
          lazy: async () => ({ Component: (await import('./routes/server-detail-route')).ServerDetailRoute }),
        },
        { path: 'vips', lazy: async () => ({ Component: (await import('./routes/vips-route')).VipsRoute }) },
        { path: 'vips/:vipId', lazy: async () => ({ Component: (await import('./routes/vip-detail-route')).VipDetailRoute }) },
        { path: 'eips', lazy: async () => ({ Component: (await import('./routes/eips-route')).EipsRoute }) },
        { path: 'eips/:eipId', lazy: async () => ({ Component: (await import('./routes/eip-detail-route')).EipDetailRoute }) },
        { path: 'ha-groups', lazy: async () => ({ Component: (await import('./routes/ha-groups-route')).HaGroupsRoute }) },
        { path: 'ha-groups/new', lazy: async () => ({ Component: (await import('./routes/ha-wizard-route')).HaWizardRoute }) },
        {
          path: 'ha-groups/:groupId',
          lazy: async () => ({ Component: (await import('./routes/ha-group-detail-route')).HaGroupDetailRoute }),
        },
        { path: 'topology', lazy: async () => ({ Component: (await import('./routes/topology-route')).TopologyRoute }) },
        { path: 'topology/:vpcId', lazy: async () => ({ Component: (await import('./routes/topology-route')).TopologyRoute }) },
        {
          path: 'topology/ha-groups/:groupId',
          lazy: async () => ({ Component: (await import('./routes/ha-group-topology-route')).HaGroupTopologyRoute }),
        },
        { path: 'settings', lazy: async () => ({ Component: (await import('./routes/settings-route')).SettingsRoute }) },
        { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found-route')).NotFoundRoute }) },
      ],
    },
  ],
  { basename },
);
