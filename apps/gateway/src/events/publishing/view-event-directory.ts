import type { EventDirectory, EventTypeEntry, SubscriptionEntry } from '@sild/gateway-domain';
import type { RegistryView } from '@sild/registry-view';

/** Event types and subscriptions, answered from the in-memory registry view. */
export class ViewEventDirectory implements EventDirectory {
  constructor(private readonly view: RegistryView) {}

  eventType(name: string): EventTypeEntry | undefined {
    const eventType = this.view.eventType(name);
    return eventType && { owner: eventType.owner, payloadType: eventType.payloadType };
  }

  subscription(id: string): SubscriptionEntry | undefined {
    return this.view.subscription(id);
  }
}
