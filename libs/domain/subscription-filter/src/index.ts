// Subscription filters: the CloudEvents Subscriptions API dialects over an event's header attributes.
export {
  DEFAULT_FILTER_LIMITS,
  FILTER_DIALECTS,
  type AttributeDialect,
  type FilterDialect,
  type FilterLimits,
  type FilterNode,
} from './filter-node';
export { FilterErrorCode, SubscriptionFilterException } from './subscription-filter.exception';
export { compileFilter, toJSON, type CompiledFilter, type FilterAttributes } from './compiled-filter';
export { intersect, narrows } from './filter-intersect';
