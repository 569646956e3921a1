export { expectEventually, uniqueName, type EventuallyOptions } from './expect-eventually';
