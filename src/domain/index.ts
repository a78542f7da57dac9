export * from './net/ipv4';
export * from './net/cidr';
export * from './net/reserved';
export * from './rules/problem';
export * from './rules/network-rules';
export * from './rules/project-id';
export * from './rules/binding-rules';
export * from './rules/source-dest-check';
