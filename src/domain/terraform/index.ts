export * from './model';
export * from './hcl';
export * from './select';
export * from './generate';
