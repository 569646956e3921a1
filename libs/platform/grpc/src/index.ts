export { GrpcClient } from './grpc-client';
export { GrpcServer, type CallContext, type GrpcServerOptions, type UnaryHandler } from './grpc-server';
export { GrpcException, GrpcStatus } from './grpc-status';
export { loadProtos, type PackageDefinition } from './proto-loader';
