// The wire contracts, generated from proto/ by `npm run proto:gen` (never edit src/generated/).
import { google, sild } from './generated/sild.js';

export { google, sild };

/** sild.v1: the envelope, its header and signature, identifiers and the error model. */
export const wire = sild.v1;

export type Envelope = sild.v1.Envelope;
export type Header = sild.v1.Header;
export type HeaderFields = sild.v1.Header.$Properties;
export type Signature = sild.v1.Signature;
export type ClientId = sild.v1.ClientId.$Properties;
export type ServiceId = sild.v1.ServiceId.$Properties;
export type EventTypeId = sild.v1.EventTypeId.$Properties;
export type Timestamp = google.protobuf.Timestamp.$Properties;
export type WireError = sild.v1.Error;

export const MessageKind = sild.v1.MessageKind;
export type MessageKind = sild.v1.MessageKind;
export const SignatureAlgorithm = sild.v1.SignatureAlgorithm;
export type SignatureAlgorithm = sild.v1.SignatureAlgorithm;
export const PayloadEncoding = sild.v1.PayloadEncoding;
export type PayloadEncoding = sild.v1.PayloadEncoding;
export const Reason = sild.v1.Reason;
export type Reason = sild.v1.Reason;

export const DecisionOutcome = sild.v1.DecisionOutcome;
export type DecisionOutcome = sild.v1.DecisionOutcome;
export const DecisionRole = sild.v1.DecisionRole;
export type DecisionRole = sild.v1.DecisionRole;
export type DecisionFields = sild.v1.Decision.$Properties;
export type FollowIndication = sild.v1.FollowIndication.$Properties;
/** Payload type of a follow indication (a MANAGEMENT envelope on the follows topic). */
export const FOLLOW_INDICATION_TYPE = 'type.googleapis.com/sild.v1.FollowIndication';

/** The gateway's APIs towards organisations' own systems (sild.gateway.v1). */
export const gatewayApi = sild.gateway.v1;

/** Example payloads of the population register (sild.examples.population.v1). */
export const population = sild.examples.population.v1;

export {
  HEADERS,
  platformTopics,
  REPLY_TOPIC_PARTITIONS,
  REQUEST_TOPIC_PARTITIONS,
  deadLetterTopic,
  EVENT_TOPIC_PARTITIONS,
  eventTopic,
  SUBSCRIPTION_TOPIC_PARTITIONS,
  subscriptionTopic,
  replyTopic,
  requestTopic,
  topicPart,
  type PlatformTopics,
} from './topics';
