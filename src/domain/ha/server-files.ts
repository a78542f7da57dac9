import type { GeneratedFile, HaConfigSpec } from './config-spec';
import { installCommands, realServerScript, standbySysctlScript } from './guest-scripts';
import { keepalivedConf } from './keepalived';
import { assertConfigurable } from './spec-problems';

export interface ServerFiles {
  serverName: string;
  ip: string;
  role: 'active' | 'standby' | 'director' | 'backend';
  files: GeneratedFile[];
}

/**
 * Every file each server of the group needs, in the group's order: VRRP nodes first, then real servers.
 * Throws `IncompleteConfigError` for a spec `configSpecProblems` refuses: an incomplete group gets no files.
 */
export function generateServerFiles(spec: HaConfigSpec): ServerFiles[] {
  assertConfigurable(spec);
  const vrrp = spec.nodes.map((node): ServerFiles => {
    const files: GeneratedFile[] = [
      {
        path: '/etc/keepalived/keepalived.conf',
        fileName: 'keepalived.conf',
        description: 'keepalived: VRRP over unicast, the VIP, the health check' + (node.role === 'director' ? ', the LVS-DR virtual server' : ''),
        content: keepalivedConf(spec, node),
      },
    ];
    if (node.role === 'standby') {
      files.push({ path: 'standby-sysctl.sh', fileName: 'standby-sysctl.sh', description: 'Turns IP forwarding off on the standby', content: standbySysctlScript() });
    }
    files.push({ path: 'install.sh', fileName: 'install.sh', description: 'Installs keepalived and puts the files in place', content: installCommands(spec, node) });
    return { serverName: node.name, ip: node.ip, role: node.role, files };
  });
  const backends = (spec.mode === 'lvs-dr' ? spec.service?.realServers ?? [] : []).map(
    (rs): ServerFiles => ({
      serverName: rs.name,
      ip: rs.ip,
      role: 'backend',
      files: [
        {
          path: 'lvs-dr-realserver.sh',
          fileName: 'lvs-dr-realserver.sh',
          description: 'Puts the VIP on lo as /32 and sets arp_ignore=1, arp_announce=2',
          content: realServerScript(spec),
        },
      ],
    }),
  );
  return [...vrrp, ...backends];
}
