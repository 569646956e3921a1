export * from './registry.model';
export * from './identifiers';
export * from './registry.exception';
export * from './proto-objects';
export * from './from-proto-objects';
export * from './config-record';
export * from './instance-anchor';
export * from './instance-init';
