// Parser of GATEWAY_SUBSCRIPTIONS: which subscriptions this gateway delivers, and how.
const SUBSCRIPTION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export type SubscriptionSetting =
  | { readonly subscriptionId: string; readonly mode: 'webhook'; readonly url: string }
  | { readonly subscriptionId: string; readonly mode: 'stream' };

function webhookUrl(text: string): string | { error: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: `"${text}" is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'webhooks are http(s) URLs' };
  if (url.username || url.password) {
    return { error: 'a webhook URL carries no credentials: set GATEWAY_WEBHOOK_TOKEN' };
  }
  return text;
}

/** `<subscription id>=webhook:<http(s) URL>` or `<subscription id>=stream`, comma separated. */
export function parseSubscriptions(text: string): SubscriptionSetting[] | { error: string } {
  const settings: SubscriptionSetting[] = [];
  for (const entry of text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const at = entry.indexOf('=');
    const subscriptionId = entry.slice(0, Math.max(0, at));
    const target = entry.slice(at + 1);
    if (at <= 0 || !SUBSCRIPTION_ID.test(subscriptionId)) {
      return {
        error: `entry "${entry}" must be <subscription id>=webhook:<URL> or <subscription id>=stream`,
      };
    }
    if (settings.some((setting) => setting.subscriptionId === subscriptionId)) {
      return { error: `subscription ${subscriptionId} is listed twice` };
    }
    if (target === 'stream') {
      settings.push({ subscriptionId, mode: 'stream' });
      continue;
    }
    if (!target.startsWith('webhook:')) {
      return { error: `subscription ${subscriptionId}: delivery must be webhook:<URL> or stream` };
    }
    const url = webhookUrl(target.slice('webhook:'.length));
    if (typeof url !== 'string') return { error: `subscription ${subscriptionId}: ${url.error}` };
    settings.push({ subscriptionId, mode: 'webhook', url });
  }
  return settings;
}
