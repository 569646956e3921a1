export { GrpcClient } from './grpc-client';
export { ClientStream } from './grpc-client-stream';
export { GrpcServer, type GrpcServerOptions, type MethodHandler, type UnaryHandler } from './grpc-server';
export { GrpcException, GrpcStatus } from './grpc-status';
export {
  bidiStreaming,
  serverStreaming,
  type BidiStreamingHandler,
  type CallContext,
  type ServerStream,
  type ServerStreamingHandler,
} from './grpc-streams';
export { loadProtos, type PackageDefinition } from './proto-loader';
