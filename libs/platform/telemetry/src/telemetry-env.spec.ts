import { describe, expect, it } from 'vitest';
import { exportsTraces, namedByEnvironment } from './telemetry-env';

describe('exportsTraces', () => {
  it('exports when an exporter or an OTLP endpoint is configured', () => {
    expect(exportsTraces({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(exportsTraces({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(
      true,
    );
    expect(exportsTraces({ OTEL_TRACES_EXPORTER: 'console' })).toBe(true);
  });

  it('keeps spans in-process without configuration, with blank values, and with OTEL_TRACES_EXPORTER=none', () => {
    expect(exportsTraces({})).toBe(false);
    expect(exportsTraces({ OTEL_EXPORTER_OTLP_ENDPOINT: ' ', OTEL_TRACES_EXPORTER: '' })).toBe(false);
    // none wins even with an endpoint: the SDK would otherwise register no tracer at all
    expect(
      exportsTraces({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }),
    ).toBe(false);
  });
});

describe('namedByEnvironment', () => {
  it('sees OTEL_SERVICE_NAME and service.name among the resource attributes', () => {
    expect(namedByEnvironment({ OTEL_SERVICE_NAME: 'sild-gateway-mun-0363' })).toBe(true);
    expect(
      namedByEnvironment({ OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=prod, service.name=gw' }),
    ).toBe(true);
  });

  it('leaves the name to the code otherwise', () => {
    expect(namedByEnvironment({})).toBe(false);
    expect(namedByEnvironment({ OTEL_SERVICE_NAME: '  ' })).toBe(false);
    expect(namedByEnvironment({ OTEL_RESOURCE_ATTRIBUTES: 'service.namespace=sild,service.name.x=1' })).toBe(
      false,
    );
  });
});
