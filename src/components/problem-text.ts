import { i18n as activeI18n, type I18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { numberWording, type BindingWarning, type NumberRule, type Problem, type ReservedUse, type RuleKey } from '../domain';
import { say, wordingReader } from '../i18n/wording';

/**
 * The rules' sentences (domain `RULE_TEMPLATES`) in the console's language, by rule key. The English
 * of each equals the domain's own English for the same values (problem-text.test.ts checks it), so a
 * form says what the API would say, in the user's language.
 */
export const RULE_MESSAGES: Record<RuleKey, MessageDescriptor> = {
  'name.empty': msg({ message: 'Enter a name.' }),
  'name.tooLong': msg({ message: 'The name is {length} characters long; use at most 64.' }),
  'name.characters': msg({ message: 'Use only letters, digits, underscores (_), hyphens (-) and periods (.) in the name.' }),

  'cidr.spaces': msg({ message: 'Remove the spaces: write a CIDR block like 192.168.0.0/24.' }),
  'cidr.shape': msg({ message: 'Enter a CIDR block like 192.168.0.0/24.' }),
  'cidr.address': msg({ message: '"{address}" is not an IPv4 address; write four numbers from 0 to 255, like 192.168.0.0/24.' }),
  'cidr.prefix': msg({ message: '"/{prefix}" is not a prefix length; use a number from 0 to 32 after the slash, like /24.' }),
  'cidr.notNetwork': msg({ message: 'The address must be the network address of the block: use {cidr}.' }),
  'vpcCidr.tooSmall': msg({ message: 'A VPC in {range} can be no smaller than a /{maxPrefix}; use a prefix from /{minPrefix} to /{maxPrefix}, like {suggestion}.' }),
  'vpcCidr.notPrivate': msg({ message: 'Use a private range: 10.0.0.0/8-24, 172.16.0.0/12-24 or 192.168.0.0/16-24.' }),
  'subnetCidr.outsideVpc': msg({ message: 'The subnet must lie inside the CIDR of VPC {vpc} ({vpcCidr}); choose a block within it.' }),
  'subnetCidr.tooSmall': msg({ message: 'A subnet can be no smaller than a /{maxPrefix} (16 addresses); use a prefix of /{maxPrefix} or shorter.' }),
  'subnetCidr.overlap': msg({ message: 'The CIDR overlaps subnet {subnet} ({cidr}); choose a block outside it.' }),

  'gateway.notIpv4': msg({ message: '"{gateway}" is not an IPv4 address.' }),
  'gateway.noSubnet': msg({ message: 'Enter a valid subnet CIDR first.' }),
  'gateway.outside': msg({ message: 'The gateway must lie in {cidr}.' }),
  'gateway.networkOrBroadcast': msg({ message: 'The gateway cannot be the network or the broadcast address of the subnet.' }),
  'gateway.dhcp': msg({ message: "{gateway} is reserved for the subnet's DHCP service; choose another gateway." }),
  'gateway.systemInterface': msg({ message: "{gateway} is reserved for the subnet's system interface; choose another gateway." }),

  'fixedIp.badSubnet': msg({ message: 'Subnet {subnet} has no valid CIDR ({cidr}).' }),
  'fixedIp.notIpv4': msg({ message: '"{ip}" is not an IPv4 address; write four numbers from 0 to 255.' }),
  'fixedIp.outside': msg({ message: '{ip} is not in subnet {subnet} ({cidr}); choose an address inside it.' }),
  'fixedIp.reserved': msg({ message: '{ip} is reserved in subnet {subnet} ({use}); choose another address from {first} to {last}.' }),
  'fixedIp.inUse': msg({ message: '{ip} is already used by {holder}; choose a free address.' }),
  'holder.server': msg({ message: 'server {name} ({ip})' }),
  'holder.vip': msg({ message: 'virtual IP {name} ({ip})' }),
  'holder.port': msg({ message: 'port {name} ({ip})' }),

  'vipBinding.otherSubnet': msg({ message: '{server} ({ip}) is in subnet {subnet}; a virtual IP can be bound only to servers in its own subnet ({vipSubnet}).' }),
  'vipBinding.alreadyBound': msg({ message: '{server} ({ip}) is already bound to {vip}.' }),
  'vipPair.block': msg({ message: "A virtual IP can be bound only to single NIC addresses, not to {ip}; give the NIC's IP address, like 192.168.0.10." }),
  'vipPair.notIpv4': msg({ message: "\"{ip}\" is not an IPv4 address; give the NIC's IP address, like 192.168.0.10." }),
  'eipBinding.boundTo': msg({ message: 'EIP {eip} is already bound to {ip}; unbind it there first.' }),
  'eipBinding.boundElsewhere': msg({ message: 'EIP {eip} is already bound to another port; unbind it there first.' }),
  'eipBinding.targetHasEip': msg({ message: 'This address already has EIP {eip}, and only one EIP can be bound to it; unbind {eip} first.' }),
  'warning.severalNics': msg({
    message:
      '{server} has {count} NICs in this subnet: traffic to the virtual IP may fail through route conflicts. Bind one NIC per server, or move the others to another subnet.',
  }),
  'warning.tooManyVips': msg({ message: '{server} would have {count} virtual IPs; at most {max} per server are recommended.' }),
  'warning.tooManyServers': msg({ message: '{vip} would be bound to {count} servers; at most {max} are recommended.' }),

  'projectId.empty': msg({ message: 'Enter a project ID.' }),
  'projectId.spaces': msg({ message: 'A project ID has no spaces.' }),
  'projectId.tooLong': msg({ message: 'Use at most 64 characters.' }),
  'projectId.characters': msg({ message: 'Use letters, digits, "-" and "_" only (a Huawei project ID is 32 hexadecimal characters).' }),

  'number.empty': msg({ message: 'Enter a {noun} {range}.' }),
  'number.notNumber': msg({ message: '{label} must be a whole number {range}; {value} is not a number.' }),
  'number.notWhole': msg({ message: '{label} must be a whole number {range}; {value} is not a whole number.' }),
  'number.tooLarge': msg({ message: '{label} must be a whole number {range}; {value} is too large.' }),
  'number.tooSmall': msg({ message: '{label} must be a whole number {range}; {value} is too small.' }),

  'halfDone.label': msg({ message: 'Check on: VIP traffic will be dropped' }),
  'halfDone.message': msg({
    message: "NIC {nic} holds virtual IP {vip} but its source/destination check is on, so the network drops the virtual IP's traffic there. Turn the check off on this NIC.",
  }),
};

/** How a number rule's message names its field as a sentence starts ("Port must be ..."). */
const NUMBER_LABELS: Record<string, MessageDescriptor> = {
  servicePort: msg`Port`,
  priority: msg`Priority`,
  virtualRouterId: msg({ message: 'virtual_router_id', comment: 'The keepalived option name: keep it visible in the translation.' }),
  advertInt: msg`Advertisement interval`,
  bandwidth: msg`Bandwidth`,
  serverCount: msg`Server count`,
  persistenceTimeout: msg`Persistence timeout`,
  rootVolumeSize: msg`System disk size`,
  largeDataSetServers: msg`Server count`,
};

/** The same within a sentence ("Enter a port from 1 to 65535."). */
const NUMBER_NOUNS: Record<string, MessageDescriptor> = {
  servicePort: msg({ message: 'port', context: 'within a sentence' }),
  priority: msg({ message: 'priority', context: 'within a sentence' }),
  virtualRouterId: NUMBER_LABELS.virtualRouterId,
  advertInt: msg({ message: 'advertisement interval', context: 'within a sentence' }),
  bandwidth: msg({ message: 'bandwidth', context: 'within a sentence' }),
  serverCount: msg({ message: 'server count', context: 'within a sentence' }),
  persistenceTimeout: msg({ message: 'persistence timeout', context: 'within a sentence' }),
  rootVolumeSize: msg({ message: 'system disk size', context: 'within a sentence' }),
  largeDataSetServers: msg({ message: 'server count', context: 'within a sentence' }),
};

const UNITS: Record<string, MessageDescriptor> = { seconds: msg`seconds` };
const RANGE = msg({ message: 'from {min} to {max}' });
const RANGE_WITH_UNIT = msg({ message: 'from {min} to {max} {unit}' });

/** A reserved address's use within a sentence ("... reserved in subnet x (gateway)"). */
const RESERVED_USES: Record<ReservedUse, MessageDescriptor> = {
  'Network address': msg`network address`,
  Gateway: msg({ message: 'gateway', context: 'within a sentence' }),
  'System interface': msg`system interface`,
  'DHCP service': msg`DHCP service`,
  'Broadcast address': msg`broadcast address`,
};

const orEnglish = (i18n: I18n, d: MessageDescriptor | undefined, english: string) => (d ? say(i18n, d) : english);

/** The values as the message shows them: a rule's own terms (a field's name, a unit, a reserved use) translated. */
function shownValues(key: string, values: Record<string, string | number>, i18n: I18n): Record<string, string | number> {
  const flat = { ...values };
  if (key.startsWith('number.')) {
    const rule = String(flat.rule);
    const label = String(flat.label);
    const unit = String(flat.unit ?? '');
    flat.noun = orEnglish(i18n, NUMBER_NOUNS[rule], label === 'virtual_router_id' ? label : label.toLowerCase());
    flat.label = orEnglish(i18n, NUMBER_LABELS[rule], label);
    const range = { min: flat.min, max: flat.max, unit: orEnglish(i18n, UNITS[unit], unit) };
    flat.range = say(i18n, unit ? RANGE_WITH_UNIT : RANGE, range);
    if (key === 'number.notNumber') flat.value = JSON.stringify(flat.value);
  }
  if (key === 'fixedIp.reserved') flat.use = orEnglish(i18n, RESERVED_USES[flat.use as ReservedUse], String(flat.use));
  return flat;
}

/** A rule's sentence in the console's language. */
export const wordingText = wordingReader(RULE_MESSAGES, shownValues);

/** A rule's refusal in the console's language; a refusal without a known rule keeps its own (English) message. */
export function problemText(p: Problem | null, i18n: I18n = activeI18n): string | null {
  if (!p) return null;
  return p.rule && RULE_MESSAGES[p.rule] ? wordingText({ key: p.rule, values: p.values ?? {} }, i18n) : p.message;
}

/** What is wrong with a number field's value, in the console's language; null when the rule accepts it. */
export function numberText(rule: NumberRule, value: unknown, i18n: I18n = activeI18n): string | null {
  const why = numberWording(rule, value);
  return why && wordingText(why, i18n);
}

/** A binding warning in the console's language. */
export const bindingWarningText = (w: BindingWarning, i18n: I18n = activeI18n): string => wordingText({ key: w.rule, values: w.values }, i18n) || w.message;
