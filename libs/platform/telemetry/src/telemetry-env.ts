// How the standard OTEL_* variables shape the SDK start (kept apart so they can be tested alone).

/** True when the OTEL_* variables ask for a trace exporter (OTEL_TRACES_EXPORTER=none asks for none). */
export function exportsTraces(env: NodeJS.ProcessEnv): boolean {
  const exporters = (env['OTEL_TRACES_EXPORTER'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (exporters.includes('none')) return false;
  return (
    exporters.length > 0 ||
    Boolean(env['OTEL_EXPORTER_OTLP_ENDPOINT']?.trim()) ||
    Boolean(env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']?.trim())
  );
}

/** True when the operator named the service: OTEL_SERVICE_NAME, or service.name in OTEL_RESOURCE_ATTRIBUTES. */
export function namedByEnvironment(env: NodeJS.ProcessEnv): boolean {
  if (env['OTEL_SERVICE_NAME']?.trim()) return true;
  return (env['OTEL_RESOURCE_ATTRIBUTES'] ?? '')
    .split(',')
    .some((pair) => pair.split('=')[0]?.trim() === 'service.name');
}
