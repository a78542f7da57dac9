import { wordings, type ValuesOf, type Wording } from '../text';

type Range = { min: number; max: number; unit: string };
/** How a number rule names its field as a sentence starts ("Port"), with its bounds. */
type NumberValues = Range & { rule: string; label: string };

const range = (v: Range) => `from ${v.min} to ${v.max}${v.unit ? ` ${v.unit}` : ''}`;
const must = (v: NumberValues) => `${v.label} must be a whole number ${range(v)}`;

/**
 * The English of every refusal and warning of the rules, by a stable key. `Problem.rule` names one and
 * `Problem.values` fills it; the console translates by key (src/components/problem-text.ts), the API
 * answers these words. A key, once used, keeps its meaning: add a new key rather than change one.
 */
export const RULE_TEMPLATES = {
  'name.empty': () => 'Enter a name.',
  'name.tooLong': (v: { length: number }) => `The name is ${v.length} characters long; use at most 64.`,
  'name.characters': () => 'Use only letters, digits, underscores (_), hyphens (-) and periods (.) in the name.',

  'cidr.spaces': () => 'Remove the spaces: write a CIDR block like 192.168.0.0/24.',
  'cidr.shape': () => 'Enter a CIDR block like 192.168.0.0/24.',
  'cidr.address': (v: { address: string }) => `"${v.address}" is not an IPv4 address; write four numbers from 0 to 255, like 192.168.0.0/24.`,
  'cidr.prefix': (v: { prefix: string }) => `"/${v.prefix}" is not a prefix length; use a number from 0 to 32 after the slash, like /24.`,
  'cidr.notNetwork': (v: { cidr: string }) => `The address must be the network address of the block: use ${v.cidr}.`,
  'vpcCidr.tooSmall': (v: { range: string; minPrefix: number; maxPrefix: number; suggestion: string }) =>
    `A VPC in ${v.range} can be no smaller than a /${v.maxPrefix}; use a prefix from /${v.minPrefix} to /${v.maxPrefix}, like ${v.suggestion}.`,
  'vpcCidr.notPrivate': () => 'Use a private range: 10.0.0.0/8-24, 172.16.0.0/12-24 or 192.168.0.0/16-24.',
  'subnetCidr.outsideVpc': (v: { vpc: string; vpcCidr: string }) => `The subnet must lie inside the CIDR of VPC ${v.vpc} (${v.vpcCidr}); choose a block within it.`,
  'subnetCidr.tooSmall': (v: { maxPrefix: number }) => `A subnet can be no smaller than a /${v.maxPrefix} (16 addresses); use a prefix of /${v.maxPrefix} or shorter.`,
  'subnetCidr.overlap': (v: { subnet: string; cidr: string }) => `The CIDR overlaps subnet ${v.subnet} (${v.cidr}); choose a block outside it.`,

  'gateway.notIpv4': (v: { gateway: string }) => `"${v.gateway}" is not an IPv4 address.`,
  'gateway.noSubnet': () => 'Enter a valid subnet CIDR first.',
  'gateway.outside': (v: { cidr: string }) => `The gateway must lie in ${v.cidr}.`,
  'gateway.networkOrBroadcast': () => 'The gateway cannot be the network or the broadcast address of the subnet.',
  'gateway.dhcp': (v: { gateway: string }) => `${v.gateway} is reserved for the subnet's DHCP service; choose another gateway.`,
  'gateway.systemInterface': (v: { gateway: string }) => `${v.gateway} is reserved for the subnet's system interface; choose another gateway.`,

  'fixedIp.badSubnet': (v: { subnet: string; cidr: string }) => `Subnet ${v.subnet} has no valid CIDR (${v.cidr}).`,
  'fixedIp.notIpv4': (v: { ip: string }) => `"${v.ip}" is not an IPv4 address; write four numbers from 0 to 255.`,
  'fixedIp.outside': (v: { ip: string; subnet: string; cidr: string }) => `${v.ip} is not in subnet ${v.subnet} (${v.cidr}); choose an address inside it.`,
  'fixedIp.reserved': (v: { ip: string; subnet: string; use: string; first: string; last: string }) =>
    `${v.ip} is reserved in subnet ${v.subnet} (${v.use === 'DHCP service' ? v.use : v.use.toLowerCase()}); choose another address from ${v.first} to ${v.last}.`,
  'fixedIp.inUse': (v: { ip: string; holder: string }) => `${v.ip} is already used by ${v.holder}; choose a free address.`,
  'holder.server': (v: { name: string; ip: string }) => `server ${v.name} (${v.ip})`,
  'holder.vip': (v: { name: string; ip: string }) => `virtual IP ${v.name} (${v.ip})`,
  'holder.port': (v: { name: string; ip: string }) => `port ${v.name} (${v.ip})`,

  'vipBinding.otherSubnet': (v: { server: string; ip: string; subnet: string; vipSubnet: string }) =>
    `${v.server} (${v.ip}) is in subnet ${v.subnet}; a virtual IP can be bound only to servers in its own subnet (${v.vipSubnet}).`,
  'vipBinding.alreadyBound': (v: { server: string; ip: string; vip: string }) => `${v.server} (${v.ip}) is already bound to ${v.vip}.`,
  'vipPair.block': (v: { ip: string }) => `A virtual IP can be bound only to single NIC addresses, not to ${v.ip}; give the NIC's IP address, like 192.168.0.10.`,
  'vipPair.notIpv4': (v: { ip: string }) => `"${v.ip}" is not an IPv4 address; give the NIC's IP address, like 192.168.0.10.`,
  'eipBinding.boundTo': (v: { eip: string; ip: string }) => `EIP ${v.eip} is already bound to ${v.ip}; unbind it there first.`,
  'eipBinding.boundElsewhere': (v: { eip: string }) => `EIP ${v.eip} is already bound to another port; unbind it there first.`,
  'eipBinding.targetHasEip': (v: { eip: string }) =>
    `This address already has EIP ${v.eip}, and only one EIP can be bound to it; unbind ${v.eip} first.`,
  'warning.severalNics': (v: { server: string; count: number }) =>
    `${v.server} has ${v.count} NICs in this subnet: traffic to the virtual IP may fail through route conflicts. Bind one NIC per server, or move the others to another subnet.`,
  'warning.tooManyVips': (v: { server: string; count: number; max: number }) => `${v.server} would have ${v.count} virtual IPs; at most ${v.max} per server are recommended.`,
  'warning.tooManyServers': (v: { vip: string; count: number; max: number }) => `${v.vip} would be bound to ${v.count} servers; at most ${v.max} are recommended.`,

  'projectId.empty': () => 'Enter a project ID.',
  'projectId.spaces': () => 'A project ID has no spaces.',
  'projectId.tooLong': () => 'Use at most 64 characters.',
  'projectId.characters': () => 'Use letters, digits, "-" and "_" only (a Huawei project ID is 32 hexadecimal characters).',

  'number.empty': (v: NumberValues) => `Enter a ${v.label === 'virtual_router_id' ? v.label : v.label.toLowerCase()} ${range(v)}.`,
  'number.notNumber': (v: NumberValues & { value: string }) => `${must(v)}; ${JSON.stringify(v.value)} is not a number.`,
  'number.notWhole': (v: NumberValues & { value: number }) => `${must(v)}; ${v.value} is not a whole number.`,
  'number.tooLarge': (v: NumberValues & { value: number }) => `${must(v)}; ${v.value} is too large.`,
  'number.tooSmall': (v: NumberValues & { value: number }) => `${must(v)}; ${v.value} is too small.`,

  'halfDone.label': () => 'Check on: VIP traffic will be dropped',
  'halfDone.message': (v: { nic: string; vip: string }) =>
    `NIC ${v.nic} holds virtual IP ${v.vip} but its source/destination check is on, so the network drops the virtual IP's traffic there. Turn the check off on this NIC.`,
} as const;

export type RuleKey = keyof typeof RULE_TEMPLATES;
export type RuleValues<K extends RuleKey> = ValuesOf<typeof RULE_TEMPLATES, K>;
export type RuleWording = Wording<RuleKey>;

/** A rule's sentence by key and values (`ruleWording`), and in English as the API words it (`ruleEnglish`). */
export const { word: ruleWording, english: ruleEnglish } = wordings(RULE_TEMPLATES);
