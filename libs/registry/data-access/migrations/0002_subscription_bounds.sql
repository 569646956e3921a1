-- The bound an event type's owner approves for a subscription (a filter the subscriber's own
-- filter can only narrow), and whether followed subjects are delivered too (docs/events.md).
alter table subscriptions add column approved_filter_json text not null default '';
alter table subscriptions add column include_followed boolean not null default false;
