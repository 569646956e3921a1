import { describe, expect, it } from 'vitest';
import {
  hostPortSetting,
  listSetting,
  municipalityCodeSetting,
  serviceOf,
  serviceSetting,
  subsystemOf,
  subsystemSetting,
} from './settings';

describe('example app settings', () => {
  it('reads identifiers, addresses, codes and lists, and says what is wrong otherwise', () => {
    expect(subsystemSetting('NL/GOV/00000001/brp')).toBe('NL/GOV/00000001/brp');
    expect(subsystemOf('NL/GOV/00000001/brp')).toEqual({
      instance: 'NL',
      memberClass: 'GOV',
      memberCode: '00000001',
      subsystem: 'brp',
    });
    expect(() => subsystemOf('NL/GOV/00000001/brp/x')).toThrow('INSTANCE/CLASS/CODE/SUBSYSTEM');
    expect(serviceOf('NL/GOV/00000001/brp/persons/v1')).toMatchObject({
      serviceCode: 'persons',
      serviceVersion: 'v1',
    });
    expect(subsystemSetting('NL/GOV/00000001')).toHaveProperty(
      'error',
      expect.stringContaining('INSTANCE/CLASS'),
    );
    expect(subsystemSetting('NL/GOV/0 1/brp')).toHaveProperty(
      'error',
      expect.stringContaining('member_code'),
    );
    expect(serviceSetting('NL/GOV/00000001/brp/persons/v1')).toBe('NL/GOV/00000001/brp/persons/v1');
    expect(serviceSetting('NL/GOV/00000001/brp/persons')).toHaveProperty('error');
    expect(hostPortSetting('127.0.0.1:50053')).toBe('127.0.0.1:50053');
    for (const bad of ['localhost', 'http://x:1', 'x:99999'])
      expect(hostPortSetting(bad)).toHaveProperty('error');
    expect(municipalityCodeSetting('0363')).toBe('0363');
    expect(municipalityCodeSetting('363')).toHaveProperty('error');
    expect(listSetting('a, b')).toEqual(['a', 'b']);
    expect(listSetting('a,,b')).toHaveProperty('error');
  });
});
