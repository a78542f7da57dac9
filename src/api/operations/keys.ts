import { createKeys } from '../keys';

export const operationKeys = createKeys('operations');
