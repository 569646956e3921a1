// Imported first by main.ts: the OpenTelemetry SDK starts before any other module loads.
import { startTelemetry } from '@sild/platform-telemetry';

export const telemetry = startTelemetry('sild-audit');
