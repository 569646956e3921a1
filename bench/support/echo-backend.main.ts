// The benchmark's provider system as a process of its own, as a real one would be: the echoing
// fake backend of the end-to-end suite on BACKEND_PORT, /readyz on HTTP_PORT, until SIGTERM. It
// forgets what it received (a benchmark sends hundreds of thousands of requests).
import { createServer } from 'node:http';
import { startFakeBackend } from '../../test/support/fake-backend';

const backend = await startFakeBackend(Number(process.env['BACKEND_PORT']));
const forget = setInterval(() => {
  backend.received.length = 0;
}, 1_000);
const health = createServer((_request, response) => response.writeHead(200).end('ready'));
health.listen(Number(process.env['HTTP_PORT']), '127.0.0.1');
process.once('SIGTERM', () => {
  clearInterval(forget);
  health.close();
  void backend.stop().then(() => process.exit(0));
});
