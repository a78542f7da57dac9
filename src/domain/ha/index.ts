export * from './config-spec';
export * from './keepalived';
export * from './guest-scripts';
export * from './server-files';
export * from './review';
export * from './apply-plan';
export * from './archive';
