import { createKeys } from '../keys';

/** NIC ports (and any port read as a port). VIP ports have their own keys in `vips/`. */
export const portKeys = createKeys('ports');
