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

  it('names a bad variable', () => {
    expect(() => loadPopulationRegisterConfig({ POPULATION_SIZE: '0' })).toThrow(ConfigException);
    expect(() => loadPopulationRegisterConfig({ POPULATION_SIZE: 'many' })).toThrow(/POPULATION_SIZE/);
  });
});
