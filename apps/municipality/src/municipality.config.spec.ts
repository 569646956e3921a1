import { describe, expect, it } from 'vitest';
import { ConfigException } from '@sild/platform-config';
import { loadMunicipalityConfig } from './municipality.config';

const required = {
  MUNICIPALITY_CODE: '0363',
  MUNICIPALITY_GATEWAY_ADDRESS: '127.0.0.1:50053',
  MUNICIPALITY_SUBSCRIBER: 'NL/MUN/0363/burgerzaken',
};

describe('municipality configuration', () => {
  it('has the documented defaults', () => {
    expect(loadMunicipalityConfig(required)).toMatchObject({
      http: { port: 8100 },
      code: '0363',
      gateway: { address: '127.0.0.1:50053', token: '' },
      subscriber: 'NL/MUN/0363/burgerzaken',
      subscriptionIds: [],
      delivery: 'webhook',
      providerService: 'NL/GOV/00000001/brp/persons/v1',
      httpToken: '',
    });
  });

  it('reads a stream setup with its subscriptions', () => {
    expect(
      loadMunicipalityConfig({
        ...required,
        MUNICIPALITY_DELIVERY: 'stream',
        MUNICIPALITY_SUBSCRIPTION_IDS: 'a1, b2',
        MUNICIPALITY_PROVIDER_SERVICE: 'NL/GOV/00000002/brp/persons/v2',
      }),
    ).toMatchObject({
      delivery: 'stream',
      subscriptionIds: ['a1', 'b2'],
      providerService: 'NL/GOV/00000002/brp/persons/v2',
    });
  });

  it('names every missing or bad variable', () => {
    expect(() => loadMunicipalityConfig({})).toThrow(ConfigException);
    expect(() => loadMunicipalityConfig({})).toThrow(
      /MUNICIPALITY_CODE.*MUNICIPALITY_GATEWAY_ADDRESS.*MUNICIPALITY_SUBSCRIBER/,
    );
    expect(() => loadMunicipalityConfig({ ...required, MUNICIPALITY_CODE: '363' })).toThrow(
      /MUNICIPALITY_CODE/,
    );
    expect(() => loadMunicipalityConfig({ ...required, MUNICIPALITY_DELIVERY: 'pigeon' })).toThrow(
      /MUNICIPALITY_DELIVERY must be one of webhook, stream/,
    );
    expect(() => loadMunicipalityConfig({ ...required, MUNICIPALITY_DELIVERY: 'stream' })).toThrow(
      /MUNICIPALITY_SUBSCRIPTION_IDS is required when MUNICIPALITY_DELIVERY is stream/,
    );
    expect(() => loadMunicipalityConfig({ ...required, MUNICIPALITY_PROVIDER_SERVICE: 'persons' })).toThrow(
      /MUNICIPALITY_PROVIDER_SERVICE/,
    );
  });
});
