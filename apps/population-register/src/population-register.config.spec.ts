import { describe, expect, it } from 'vitest';
import { ConfigException } from '@sild/platform-config';
import { loadPopulationRegisterConfig } from './population-register.config';

describe('population register configuration', () => {
  it('has the documented defaults', () => {
    expect(loadPopulationRegisterConfig({})).toMatchObject({
      http: { port: 8091 },
      population: { size: 10_000, seed: 'sild-demo' },
      grpc: { host: '0.0.0.0', port: 50061, token: '' },
    });
  });

  it('publishes no changes by default, and needs a gateway to publish them', () => {
    expect(loadPopulationRegisterConfig({})).toMatchObject({
      changes: { perSecond: 0, total: 0, seed: 'sild-demo-changes' },
      gateway: { address: '', token: '', publisher: 'NL/GOV/00000001/brp' },
    });
    const publishing = loadPopulationRegisterConfig({
      POPULATION_CHANGES_PER_SECOND: '2.5',
      POPULATION_CHANGES_TOTAL: '100',
      POPULATION_GATEWAY_ADDRESS: '127.0.0.1:50054',
      POPULATION_PUBLISHER: 'NL/GOV/00000002/brp',
    });
    expect(publishing).toMatchObject({
      changes: { perSecond: 2.5, total: 100 },
      gateway: { address: '127.0.0.1:50054', publisher: 'NL/GOV/00000002/brp' },
    });
    expect(() => loadPopulationRegisterConfig({ POPULATION_CHANGES_PER_SECOND: '1' })).toThrow(
      /POPULATION_GATEWAY_ADDRESS is required when POPULATION_CHANGES_PER_SECOND/,
    );
    expect(() => loadPopulationRegisterConfig({ POPULATION_CHANGES_PER_SECOND: '-1' })).toThrow(
      /POPULATION_CHANGES_PER_SECOND/,
    );
    expect(() => loadPopulationRegisterConfig({ POPULATION_GATEWAY_ADDRESS: 'gateway' })).toThrow(
      /POPULATION_GATEWAY_ADDRESS must be host:port/,
    );
    expect(() => loadPopulationRegisterConfig({ POPULATION_PUBLISHER: 'NL/GOV' })).toThrow(
      /POPULATION_PUBLISHER/,
    );
  });

  it('names a bad variable', () => {
    expect(() => loadPopulationRegisterConfig({ POPULATION_SIZE: '0' })).toThrow(ConfigException);
    expect(() => loadPopulationRegisterConfig({ POPULATION_SIZE: 'many' })).toThrow(/POPULATION_SIZE/);
  });
});
