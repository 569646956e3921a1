import { Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Counter } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { HealthModule, readinessCheck } from '../src';

let healthy = true;
const requests = new Counter({ name: 'sild_test_requests_total', help: 'test counter' });

@Module({
  imports: [
    HealthModule.forRoot({
      readiness: {
        useValue: [
          readinessCheck('kafka', () => Promise.resolve({ brokers: 1 })),
          readinessCheck('database', () =>
            healthy ? Promise.resolve(undefined) : Promise.reject(new Error('connection refused')),
          ),
          readinessCheck(
            'slow',
            () =>
              new Promise((resolve) =>
                setTimeout(() => {
                  resolve(undefined);
                }, 5),
              ),
            1_000,
          ),
        ],
      },
    }),
  ],
})
class AppModule {}

let app: INestApplication | undefined;

async function start(): Promise<string> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  moduleRef.useLogger(false);
  app = moduleRef.createNestApplication();
  await app.listen(0, '127.0.0.1');
  return app.getUrl();
}

afterEach(async () => {
  healthy = true;
  await app?.close();
  app = undefined;
});

describe('HealthModule', () => {
  it('answers liveness and readiness with one entry per dependency', async () => {
    const url = await start();
    const live = await fetch(`${url}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      details: { kafka: { status: 'up', brokers: 1 }, database: { status: 'up' }, slow: { status: 'up' } },
    });
  });

  it('is not ready, naming the dependency and the reason, when one is down', async () => {
    const url = await start();
    healthy = false;
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'error',
      error: { database: { status: 'down', message: 'connection refused' } },
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('serves Prometheus metrics', async () => {
    requests.inc();
    const url = await start();
    const metrics = await fetch(`${url}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    expect(await metrics.text()).toMatch(/^sild_test_requests_total 1$/m);
  });
});

describe('readinessCheck', () => {
  it('fails a check that does not answer in time', async () => {
    const hanging = readinessCheck('registry-view', () => new Promise(() => undefined), 20);
    await expect(hanging.check()).rejects.toThrow('registry-view did not answer within 20 ms');
  });
});
