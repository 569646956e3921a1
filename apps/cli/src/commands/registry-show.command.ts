import type { Command } from 'commander';
import { createKafkaClient } from '@sild/platform-kafka';
import { createLogger } from '@sild/platform-logging';
import { readInstanceAnchor, type RegistryState } from '@sild/registry-config';
import { RegistryView } from '@sild/registry-view';
import { action, type Context } from '../context';
import {
  certificateRow,
  eventTypeRow,
  grantRow,
  memberRow,
  serviceRow,
  subscriptionRow,
  subsystemRow,
} from '../present';

const SECTIONS = {
  members: { rows: (s: RegistryState) => s.members.map(memberRow), columns: ['member', 'name'] },
  subsystems: { rows: (s: RegistryState) => s.subsystems.map(subsystemRow), columns: ['subsystem'] },
  services: {
    rows: (s: RegistryState) => s.services.map(serviceRow),
    columns: ['service', 'endpoint', 'description'],
  },
  eventTypes: {
    rows: (s: RegistryState) => s.eventTypes.map(eventTypeRow),
    columns: ['name', 'owner', 'payloadType'],
  },
  grants: {
    rows: (s: RegistryState) => s.grants.map(grantRow),
    columns: ['id', 'client', 'service', 'status', 'purpose'],
  },
  subscriptions: {
    rows: (s: RegistryState) => s.subscriptions.map(subscriptionRow),
    columns: ['id', 'subscriber', 'eventType', 'status', 'filter', 'decidedBy'],
  },
  certificates: {
    rows: (s: RegistryState) => s.certificates.map(certificateRow),
    columns: ['keyId', 'member', 'status', 'notAfter', 'revokedAt'],
  },
} as const;

async function show(ctx: Context): Promise<void> {
  // refused records are counted in the output; their log lines would drown it
  const logger = createLogger({ service: 'sild-cli', level: 'error', destination: process.stderr });
  const view = new RegistryView({
    kafka: createKafkaClient(
      { brokers: ctx.options.kafka.split(','), clientId: 'sild-cli', replicationFactor: 1 },
      logger,
    ),
    anchor: readInstanceAnchor(ctx.options.anchor),
    logger,
    groupPrefix: 'sild-cli-view',
  });
  await view.start();
  try {
    const state = view.state();
    const freshness = view.freshness();
    if (ctx.out.json) {
      ctx.out.record({
        freshness,
        refusals: view.refusals(),
        ...Object.fromEntries(Object.entries(SECTIONS).map(([name, s]) => [name, s.rows(state)])),
      });
      return;
    }
    ctx.out.record({
      version: freshness.version,
      lastHeartbeat: freshness.lastHeartbeatAt,
      ageSeconds: freshness.ageMs === null ? '' : Math.round(freshness.ageMs / 1000),
      refusedRecords: Object.values(view.refusals()).reduce((a, b) => a + b, 0),
    });
    for (const [name, section] of Object.entries(SECTIONS)) {
      ctx.out.note(`\n${name}`);
      ctx.out.table(section.rows(state), section.columns);
    }
  } finally {
    await view.stop();
  }
}

/** registry show: the configuration as a registry view reads it from the signed topic. */
export function registryShowCommand(program: Command): void {
  program
    .command('registry')
    .description('the global configuration')
    .command('show')
    .description('read the signed configuration topic like every service does, and show it with its version')
    .action(action(async (ctx) => show(ctx)));
}
