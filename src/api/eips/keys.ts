import { createKeys } from '../keys';

export const eipKeys = createKeys('eips');
