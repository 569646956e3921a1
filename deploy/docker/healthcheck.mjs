// Docker HEALTHCHECK of a Sild service image: GET /healthz on the service's HTTP port.
// HTTP_PORT wins; otherwise the app's default port (the serviceConfigSchema(<port>) of its config,
// checked by deploy/test/dockerfile.spec.ts). Exit 0 when healthy, 1 otherwise.
const DEFAULT_HTTP_PORTS = {
  registry: 8081,
  signer: 8082,
  gateway: 8083,
  router: 8085,
  audit: 8086,
  'population-register': 8091,
  municipality: 8100,
};

const app = process.env.SILD_APP ?? '';
const port = process.env.HTTP_PORT || DEFAULT_HTTP_PORTS[app];
if (!port) {
  console.error(`healthcheck: no HTTP_PORT and no default port for app "${app}"`);
  process.exit(1);
}
try {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_500) });
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`healthcheck: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
