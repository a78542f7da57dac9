import type { Port, UpdatePortRequest } from '../../contract';
import { decidePairs, pairsChangeWording, type PairsEdit } from '../../domain';
import { stepWordingText } from '../step-text';
import { apiFetch, apiFetchWithMeta, v1, type WithEtag } from '../client';
import { readModifyWrite, type VersionedResource } from '../read-modify-write';

/** A port as its name or address, for messages ("vip-web"). */
const portName = (port: Port) => port.name || port.fixed_ips[0]?.ip_address || port.id;

/** A port's allowed-address pairs, read with the port's ETag and written with `If-Match`. */
export const portPairsResource = (portId: string): VersionedResource<Port, Port['allowed_address_pairs']> => ({
  read: () => apiFetchWithMeta<{ port: Port }>(v1(`/ports/${portId}`)).then(({ body, etag }) => ({ body: body.port, etag })),
  write: (pairs, etag) =>
    apiFetch<{ port: Port }>(v1(`/ports/${portId}`), {
      method: 'PUT',
      ifMatch: etag,
      body: { port: { allowed_address_pairs: pairs } } satisfies UpdatePortRequest,
    }).then((b) => b.port),
  describeChange: (before, after) => stepWordingText(pairsChangeWording(portName(before), before.allowed_address_pairs, after.allowed_address_pairs)),
});

/**
 * Changes a port's pairs (bind, unbind, the check) by a read-modify-write with `If-Match`: another
 * tab's change in between is read again and kept (see `readModifyWrite`).
 */
export const editPortPairs = (portId: string, edit: PairsEdit, readEarlier?: PortRead) =>
  readModifyWrite(portPairsResource(portId), (port) => decidePairs(port.allowed_address_pairs, edit), readEarlier);

/** A port read earlier with its ETag, for `editPortPairs(..., readEarlier)`. */
export type PortRead = Promise<WithEtag<Port>>;

export const readPort = (portId: string): PortRead => portPairsResource(portId).read();
