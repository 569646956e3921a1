import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace sild. */
export namespace sild {

    /** Namespace audit. */
    namespace audit {

        /** Namespace v1. */
        namespace v1 {

            /** What a log entry records. */
            enum EntryType {

                /** Not set. */
                ENTRY_TYPE_UNSPECIFIED = 0,

                /** An envelope read from an envelope topic. */
                ENTRY_TYPE_ENVELOPE = 1,

                /** A decision record read from the decisions topic. */
                ENTRY_TYPE_DECISION = 2
            }

            /** What the audit service found when it verified an envelope. */
            enum Verdict {

                /** Decisions: not applicable. */
                VERDICT_UNSPECIFIED = 0,

                /** Signature, certificate chain, header and expiry checked out at the record's Kafka time. */
                VERDICT_VALID = 1,

                /** Logged all the same; `reason` and `refusal` say why it is invalid. */
                VERDICT_INVALID = 2
            }

            /** The audit service's query API. */
            class Audit extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Audit service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Audit service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Audit;

                /** All entries of one trace across organisations (every hop and every decision), by time. */
                getTrace: sild.audit.v1.Audit.GetTrace;

                /** The entries of one message id: the envelope (every copy of it) and the decisions about it. */
                getMessage: sild.audit.v1.Audit.GetMessage;

                /** Entries of a member, service or event type within a time range, in log order, paginated. */
                listEntries: sild.audit.v1.Audit.ListEntries;

                /** Who asked for or received the data of one subject, when and for what purpose, paginated. */
                getSubjectAccess: sild.audit.v1.Audit.GetSubjectAccess;

                /** The proof that an entry is in the tree of a signed checkpoint. */
                getInclusionProof: sild.audit.v1.Audit.GetInclusionProof;

                /** The proof that a signed checkpoint extends an earlier one. */
                getConsistencyProof: sild.audit.v1.Audit.GetConsistencyProof;

                /** The newest signed checkpoint and the log's verifier key. */
                getLatestCheckpoint: sild.audit.v1.Audit.GetLatestCheckpoint;

                /** Gaps in sender sequences, decisions without their envelope and envelopes without a decision. */
                getCompleteness: sild.audit.v1.Audit.GetCompleteness;

                /** An evidence bundle of one trace that `sild audit verify` checks offline. */
                exportTrace: sild.audit.v1.Audit.ExportTrace;
            }

            namespace Audit {

                /**
                 * Callback as used by {@link sild.audit.v1.Audit#getTrace}.
                 * @param error Error, if any
                 * @param [response] EntryPage
                 */
                type GetTraceCallback = (error: (Error|null), response?: sild.audit.v1.EntryPage) => void;

                /** All entries of one trace across organisations (every hop and every decision), by time. */
                type GetTrace = {
                  (request: sild.audit.v1.IGetTraceRequest, callback: sild.audit.v1.Audit.GetTraceCallback): void;
                  (request: sild.audit.v1.IGetTraceRequest): Promise<sild.audit.v1.EntryPage>;
                  readonly name: "GetTrace";
                  readonly path: "/sild.audit.v1.Audit/GetTrace";
                  readonly requestType: "GetTraceRequest";
                  readonly responseType: "EntryPage";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.audit.v1.Audit#getMessage}.
                 * @param error Error, if any
                 * @param [response] EntryPage
                 */
                type GetMessageCallback = (error: (Error|null), response?: sild.audit.v1.EntryPage) => void;

                /** The entries of one message id: the envelope (every copy of it) and the decisions about it. */
                type GetMessage = {
                  (request: sild.audit.v1.IGetMessageRequest, callback: sild.audit.v1.Audit.GetMessageCallback): void;
                  (request: sild.audit.v1.IGetMessageRequest): Promise<sild.audit.v1.EntryPage>;
                  readonly name: "GetMessage";
                  readonly path: "/sild.audit.v1.Audit/GetMessage";
                  readonly requestType: "GetMessageRequest";
                  readonly responseType: "EntryPage";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.audit.v1.Audit#listEntries}.
                 * @param error Error, if any
                 * @param [response] EntryPage
                 */
                type ListEntriesCallback = (error: (Error|null), response?: sild.audit.v1.EntryPage) => void;

                /** Entries of a member, service or event type within a time range, in log order, paginated. */
                type ListEntries = {
                  (request: sild.audit.v1.IListEntriesRequest, callback: sild.audit.v1.Audit.ListEntriesCallback): void;
                  (request: sild.audit.v1.IListEntriesRequest): Promise<sild.audit.v1.EntryPage>;
                  readonly name: "ListEntries";
                  readonly path: "/sild.audit.v1.Audit/ListEntries";
                  readonly requestType: "ListEntriesRequest";
                  readonly responseType: "EntryPage";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.audit.v1.Audit#getSubjectAccess}.
                 * @param error Error, if any
                 * @param [response] EntryPage
                 */
                type GetSubjectAccessCallback = (error: (Error|null), response?: sild.audit.v1.EntryPage) => void;

                /** Who asked for or received the data of one subject, when and for what purpose, paginated. */
                type GetSubjectAccess = {
                  (request: sild.audit.v1.IGetSubjectAccessRequest, callback: sild.audit.v1.Audit.GetSubjectAccessCallback): void;
                  (request: sild.audit.v1.IGetSubjectAccessRequest): Promise<sild.audit.v1.EntryPage>;
                  readonly name: "GetSubjectAccess";
                  readonly path: "/sild.audit.v1.Audit/GetSubjectAccess";
                  readonly requestType: "GetSubjectAccessRequest";
                  readonly responseType: "EntryPage";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.audit.v1.Audit#getInclusionProof}.
                 * @param error Error, if any
                 * @param [response] InclusionProof
                 */
                type GetInclusionProofCallback = (error: (Error|null), response?: sild.audit.v1.InclusionProof) => void;

                /** The proof that an entry is in the tree of a signed checkpoint. */
                type GetInclusionProof = {
                  (request: sild.audit.v1.IGetInclusionProofRequest, callback: sild.audit.v1.Audit.GetInclusionProofCallback): void;
                  (request: sild.audit.v1.IGetInclusionProofRequest): Promise<sild.audit.v1.InclusionProof>;
                  readonly name: "GetInclusionProof";
                  readonly path: "/sild.audit.v1.Audit/GetInclusionProof";
                  readonly requestType: "GetInclusionProofRequest";
                  readonly responseType: "InclusionProof";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.audit.v1.Audit#getConsistencyProof}.
                 * @param error Error, if any
                 * @param [response] ConsistencyProof
                 */
                type GetConsistencyProofCallback = (error: (Error|null), response?: sild.audit.v1.ConsistencyProof) => void;

                /** The proof that a signed checkpoint extends an earlier one. */
                type GetConsistencyProof = {
                  (request: sild.audit.v1.IGetConsistencyProofRequest, callback: sild.audit.v1.Audit.GetConsistencyProofCallback): void;
                  (request: sild.audit.v1.IGetConsistencyProofRequest): Promise<sild.audit.v1.ConsistencyProof>;
                  readonly name: "GetConsistencyProof";
                  readonly path: "/sild.audit.v1.Audit/GetConsistencyProof";
                  readonly requestType: "GetConsistencyProofRequest";
                  readonly responseType: "ConsistencyProof";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.audit.v1.Audit#getLatestCheckpoint}.
                 * @param error Error, if any
                 * @param [response] Checkpoint
                 */
                type GetLatestCheckpointCallback = (error: (Error|null), response?: sild.audit.v1.Checkpoint) => void;

                /** The newest signed checkpoint and the log's verifier key. */
                type GetLatestCheckpoint = {
                  (request: sild.audit.v1.IGetLatestCheckpointRequest, callback: sild.audit.v1.Audit.GetLatestCheckpointCallback): void;
                  (request: sild.audit.v1.IGetLatestCheckpointRequest): Promise<sild.audit.v1.Checkpoint>;
                  readonly name: "GetLatestCheckpoint";
                  readonly path: "/sild.audit.v1.Audit/GetLatestCheckpoint";
                  readonly requestType: "GetLatestCheckpointRequest";
                  readonly responseType: "Checkpoint";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.audit.v1.Audit#getCompleteness}.
                 * @param error Error, if any
                 * @param [response] CompletenessReport
                 */
                type GetCompletenessCallback = (error: (Error|null), response?: sild.audit.v1.CompletenessReport) => void;

                /** Gaps in sender sequences, decisions without their envelope and envelopes without a decision. */
                type GetCompleteness = {
                  (request: sild.audit.v1.IGetCompletenessRequest, callback: sild.audit.v1.Audit.GetCompletenessCallback): void;
                  (request: sild.audit.v1.IGetCompletenessRequest): Promise<sild.audit.v1.CompletenessReport>;
                  readonly name: "GetCompleteness";
                  readonly path: "/sild.audit.v1.Audit/GetCompleteness";
                  readonly requestType: "GetCompletenessRequest";
                  readonly responseType: "CompletenessReport";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.audit.v1.Audit#exportTrace}.
                 * @param error Error, if any
                 * @param [response] ExportTraceResponse
                 */
                type ExportTraceCallback = (error: (Error|null), response?: sild.audit.v1.ExportTraceResponse) => void;

                /** An evidence bundle of one trace that `sild audit verify` checks offline. */
                type ExportTrace = {
                  (request: sild.audit.v1.IExportTraceRequest, callback: sild.audit.v1.Audit.ExportTraceCallback): void;
                  (request: sild.audit.v1.IExportTraceRequest): Promise<sild.audit.v1.ExportTraceResponse>;
                  readonly name: "ExportTrace";
                  readonly path: "/sild.audit.v1.Audit/ExportTrace";
                  readonly requestType: "ExportTraceRequest";
                  readonly responseType: "ExportTraceResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of an Entry.
             * @deprecated Use sild.audit.v1.Entry.$Properties instead.
             */
            interface IEntry extends sild.audit.v1.Entry.$Properties {
            }

            /** One log entry: the leaf and its decoded fields. */
            class Entry {

                /**
                 * Constructs a new Entry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.Entry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Position of the entry in the log (leaf index, from 0). */
                index: (number|Long);

                /** The leaf bytes the tree commits to (docs/auditing.md, "Leaf layout"). */
                leaf: Uint8Array;

                /** Envelope or decision. */
                entryType: sild.audit.v1.EntryType;

                /** Kind of the envelope (the one decided about, for decisions). */
                kind: sild.v1.MessageKind;

                /** Envelopes: valid or invalid. */
                verdict: sild.audit.v1.Verdict;

                /** Decisions: what was decided. */
                outcome: sild.v1.DecisionOutcome;

                /** Decisions: which side decided. */
                role: sild.v1.DecisionRole;

                /** Why an envelope is invalid, or why a decision denied or failed. */
                reason: sild.v1.Reason;

                /** SHA-256 of the Kafka record value as received. */
                recordSha256: Uint8Array;

                /** SHA-256 of the envelope the entry is about (empty when unknown). */
                envelopeSha256: Uint8Array;

                /** W3C trace id (32 hex), empty when absent. */
                traceId: string;

                /** When the envelope was created or the decision taken (unset when unknown). */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Kafka topic of the record. */
                topic: string;

                /** Kafka partition of the record. */
                partition: number;

                /** Kafka offset of the record. */
                offset: (number|Long);

                /** The sending gateway instance's message sequence number (0 when absent). */
                senderSequence: (number|Long);

                /** Message id of the envelope (decided about). */
                messageId: string;

                /** The request answered, or the other message of a decided step. */
                relatedMessageId: string;

                /** Correlation id of the conversation. */
                correlationId: string;

                /** Sender, `INSTANCE/CLASS/CODE[/SUBSYSTEM]`. */
                sender: string;

                /** Recipient client or service (envelopes). */
                recipient: string;

                /** Service `PROVIDER/SERVICE/VERSION` or event type. */
                service: string;

                /** Sending (envelopes) or deciding (decisions) gateway instance. */
                instanceId: string;

                /** Keyed pseudonym of the subject an event is about. */
                subjectKey: string;

                /** Purpose the data was asked for or sent with. */
                purpose: string;

                /** The end user on whose behalf the message was sent. */
                onBehalfOf: string;

                /** The client whose gateway decided (decisions). */
                decidedBy: string;

                /** The verifier's explanation of an invalid envelope. */
                refusal: string;

                /** When the entry was appended. */
                appendedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Entry instance
                 */
                static create(properties: sild.audit.v1.Entry.$Shape): sild.audit.v1.Entry & sild.audit.v1.Entry.$Shape;
                static create(properties?: sild.audit.v1.Entry.$Properties): sild.audit.v1.Entry;

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link sild.audit.v1.Entry.verify|verify} messages.
                 * @param message Entry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Entry message, length delimited. Does not implicitly {@link sild.audit.v1.Entry.verify|verify} messages.
                 * @param message Entry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.Entry & sild.audit.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.Entry & sild.audit.v1.Entry.$Shape;

                /**
                 * Decodes an Entry message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.Entry & sild.audit.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.Entry & sild.audit.v1.Entry.$Shape;

                /**
                 * Verifies an Entry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Entry
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.Entry;

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @param message Entry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.Entry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Entry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Entry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Entry {

                /** Properties of an Entry. */
                interface $Properties {

                    /** Position of the entry in the log (leaf index, from 0). */
                    index?: (number|Long|null);

                    /** The leaf bytes the tree commits to (docs/auditing.md, "Leaf layout"). */
                    leaf?: (Uint8Array|null);

                    /** Envelope or decision. */
                    entryType?: (sild.audit.v1.EntryType|null);

                    /** Kind of the envelope (the one decided about, for decisions). */
                    kind?: (sild.v1.MessageKind|null);

                    /** Envelopes: valid or invalid. */
                    verdict?: (sild.audit.v1.Verdict|null);

                    /** Decisions: what was decided. */
                    outcome?: (sild.v1.DecisionOutcome|null);

                    /** Decisions: which side decided. */
                    role?: (sild.v1.DecisionRole|null);

                    /** Why an envelope is invalid, or why a decision denied or failed. */
                    reason?: (sild.v1.Reason|null);

                    /** SHA-256 of the Kafka record value as received. */
                    recordSha256?: (Uint8Array|null);

                    /** SHA-256 of the envelope the entry is about (empty when unknown). */
                    envelopeSha256?: (Uint8Array|null);

                    /** W3C trace id (32 hex), empty when absent. */
                    traceId?: (string|null);

                    /** When the envelope was created or the decision taken (unset when unknown). */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Kafka topic of the record. */
                    topic?: (string|null);

                    /** Kafka partition of the record. */
                    partition?: (number|null);

                    /** Kafka offset of the record. */
                    offset?: (number|Long|null);

                    /** The sending gateway instance's message sequence number (0 when absent). */
                    senderSequence?: (number|Long|null);

                    /** Message id of the envelope (decided about). */
                    messageId?: (string|null);

                    /** The request answered, or the other message of a decided step. */
                    relatedMessageId?: (string|null);

                    /** Correlation id of the conversation. */
                    correlationId?: (string|null);

                    /** Sender, `INSTANCE/CLASS/CODE[/SUBSYSTEM]`. */
                    sender?: (string|null);

                    /** Recipient client or service (envelopes). */
                    recipient?: (string|null);

                    /** Service `PROVIDER/SERVICE/VERSION` or event type. */
                    service?: (string|null);

                    /** Sending (envelopes) or deciding (decisions) gateway instance. */
                    instanceId?: (string|null);

                    /** Keyed pseudonym of the subject an event is about. */
                    subjectKey?: (string|null);

                    /** Purpose the data was asked for or sent with. */
                    purpose?: (string|null);

                    /** The end user on whose behalf the message was sent. */
                    onBehalfOf?: (string|null);

                    /** The client whose gateway decided (decisions). */
                    decidedBy?: (string|null);

                    /** The verifier's explanation of an invalid envelope. */
                    refusal?: (string|null);

                    /** When the entry was appended. */
                    appendedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Entry. */
                type $Shape = sild.audit.v1.Entry.$Properties;
            }

            /**
             * Properties of an EntryPage.
             * @deprecated Use sild.audit.v1.EntryPage.$Properties instead.
             */
            interface IEntryPage extends sild.audit.v1.EntryPage.$Properties {
            }

            /** A page of entries. */
            class EntryPage {

                /**
                 * Constructs a new EntryPage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.EntryPage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The entries, in the order the operation documents. */
                entries: sild.audit.v1.Entry.$Properties[];

                /** Pass it as `page_token` to get the next page; empty on the last page. */
                nextPageToken: string;

                /**
                 * Creates a new EntryPage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EntryPage instance
                 */
                static create(properties: sild.audit.v1.EntryPage.$Shape): sild.audit.v1.EntryPage & sild.audit.v1.EntryPage.$Shape;
                static create(properties?: sild.audit.v1.EntryPage.$Properties): sild.audit.v1.EntryPage;

                /**
                 * Encodes the specified EntryPage message. Does not implicitly {@link sild.audit.v1.EntryPage.verify|verify} messages.
                 * @param message EntryPage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.EntryPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EntryPage message, length delimited. Does not implicitly {@link sild.audit.v1.EntryPage.verify|verify} messages.
                 * @param message EntryPage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.EntryPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EntryPage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.EntryPage & sild.audit.v1.EntryPage.$Shape} EntryPage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.EntryPage & sild.audit.v1.EntryPage.$Shape;

                /**
                 * Decodes an EntryPage message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.EntryPage & sild.audit.v1.EntryPage.$Shape} EntryPage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.EntryPage & sild.audit.v1.EntryPage.$Shape;

                /**
                 * Verifies an EntryPage message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EntryPage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EntryPage
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.EntryPage;

                /**
                 * Creates a plain object from an EntryPage message. Also converts values to other types if specified.
                 * @param message EntryPage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.EntryPage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EntryPage to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EntryPage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EntryPage {

                /** Properties of an EntryPage. */
                interface $Properties {

                    /** The entries, in the order the operation documents. */
                    entries?: (sild.audit.v1.Entry.$Properties[]|null);

                    /** Pass it as `page_token` to get the next page; empty on the last page. */
                    nextPageToken?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EntryPage. */
                type $Shape = sild.audit.v1.EntryPage.$Properties;
            }

            /**
             * Properties of a GetTraceRequest.
             * @deprecated Use sild.audit.v1.GetTraceRequest.$Properties instead.
             */
            interface IGetTraceRequest extends sild.audit.v1.GetTraceRequest.$Properties {
            }

            /** Request of Audit.GetTrace. */
            class GetTraceRequest {

                /**
                 * Constructs a new GetTraceRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.GetTraceRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The W3C trace id, 32 lower-case hex digits. */
                traceId: string;

                /**
                 * Creates a new GetTraceRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetTraceRequest instance
                 */
                static create(properties: sild.audit.v1.GetTraceRequest.$Shape): sild.audit.v1.GetTraceRequest & sild.audit.v1.GetTraceRequest.$Shape;
                static create(properties?: sild.audit.v1.GetTraceRequest.$Properties): sild.audit.v1.GetTraceRequest;

                /**
                 * Encodes the specified GetTraceRequest message. Does not implicitly {@link sild.audit.v1.GetTraceRequest.verify|verify} messages.
                 * @param message GetTraceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.GetTraceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetTraceRequest message, length delimited. Does not implicitly {@link sild.audit.v1.GetTraceRequest.verify|verify} messages.
                 * @param message GetTraceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.GetTraceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetTraceRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.GetTraceRequest & sild.audit.v1.GetTraceRequest.$Shape} GetTraceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.GetTraceRequest & sild.audit.v1.GetTraceRequest.$Shape;

                /**
                 * Decodes a GetTraceRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.GetTraceRequest & sild.audit.v1.GetTraceRequest.$Shape} GetTraceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.GetTraceRequest & sild.audit.v1.GetTraceRequest.$Shape;

                /**
                 * Verifies a GetTraceRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetTraceRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetTraceRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.GetTraceRequest;

                /**
                 * Creates a plain object from a GetTraceRequest message. Also converts values to other types if specified.
                 * @param message GetTraceRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.GetTraceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetTraceRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetTraceRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetTraceRequest {

                /** Properties of a GetTraceRequest. */
                interface $Properties {

                    /** The W3C trace id, 32 lower-case hex digits. */
                    traceId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetTraceRequest. */
                type $Shape = sild.audit.v1.GetTraceRequest.$Properties;
            }

            /**
             * Properties of a GetMessageRequest.
             * @deprecated Use sild.audit.v1.GetMessageRequest.$Properties instead.
             */
            interface IGetMessageRequest extends sild.audit.v1.GetMessageRequest.$Properties {
            }

            /** Request of Audit.GetMessage. */
            class GetMessageRequest {

                /**
                 * Constructs a new GetMessageRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.GetMessageRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The message id (UUIDv7). */
                messageId: string;

                /**
                 * Creates a new GetMessageRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetMessageRequest instance
                 */
                static create(properties: sild.audit.v1.GetMessageRequest.$Shape): sild.audit.v1.GetMessageRequest & sild.audit.v1.GetMessageRequest.$Shape;
                static create(properties?: sild.audit.v1.GetMessageRequest.$Properties): sild.audit.v1.GetMessageRequest;

                /**
                 * Encodes the specified GetMessageRequest message. Does not implicitly {@link sild.audit.v1.GetMessageRequest.verify|verify} messages.
                 * @param message GetMessageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.GetMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetMessageRequest message, length delimited. Does not implicitly {@link sild.audit.v1.GetMessageRequest.verify|verify} messages.
                 * @param message GetMessageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.GetMessageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMessageRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.GetMessageRequest & sild.audit.v1.GetMessageRequest.$Shape} GetMessageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.GetMessageRequest & sild.audit.v1.GetMessageRequest.$Shape;

                /**
                 * Decodes a GetMessageRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.GetMessageRequest & sild.audit.v1.GetMessageRequest.$Shape} GetMessageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.GetMessageRequest & sild.audit.v1.GetMessageRequest.$Shape;

                /**
                 * Verifies a GetMessageRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetMessageRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetMessageRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.GetMessageRequest;

                /**
                 * Creates a plain object from a GetMessageRequest message. Also converts values to other types if specified.
                 * @param message GetMessageRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.GetMessageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetMessageRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetMessageRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetMessageRequest {

                /** Properties of a GetMessageRequest. */
                interface $Properties {

                    /** The message id (UUIDv7). */
                    messageId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetMessageRequest. */
                type $Shape = sild.audit.v1.GetMessageRequest.$Properties;
            }

            /**
             * Properties of a ListEntriesRequest.
             * @deprecated Use sild.audit.v1.ListEntriesRequest.$Properties instead.
             */
            interface IListEntriesRequest extends sild.audit.v1.ListEntriesRequest.$Properties {
            }

            /** Request of Audit.ListEntries. At least one of member, service and event type is needed. */
            class ListEntriesRequest {

                /**
                 * Constructs a new ListEntriesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.ListEntriesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** A member `INSTANCE/CLASS/CODE`: entries it sent, received or decided. */
                member: string;

                /** A service `INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION`. */
                service: string;

                /** An event type name. */
                eventType: string;

                /** Entries created at or after this time. */
                from?: (google.protobuf.Timestamp.$Properties|null);

                /** Entries created before this time. */
                to?: (google.protobuf.Timestamp.$Properties|null);

                /** Entries per page, 1 to 1000 (0: 100). */
                pageSize: number;

                /** `next_page_token` of the previous page. */
                pageToken: string;

                /**
                 * Creates a new ListEntriesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListEntriesRequest instance
                 */
                static create(properties: sild.audit.v1.ListEntriesRequest.$Shape): sild.audit.v1.ListEntriesRequest & sild.audit.v1.ListEntriesRequest.$Shape;
                static create(properties?: sild.audit.v1.ListEntriesRequest.$Properties): sild.audit.v1.ListEntriesRequest;

                /**
                 * Encodes the specified ListEntriesRequest message. Does not implicitly {@link sild.audit.v1.ListEntriesRequest.verify|verify} messages.
                 * @param message ListEntriesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.ListEntriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListEntriesRequest message, length delimited. Does not implicitly {@link sild.audit.v1.ListEntriesRequest.verify|verify} messages.
                 * @param message ListEntriesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.ListEntriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListEntriesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.ListEntriesRequest & sild.audit.v1.ListEntriesRequest.$Shape} ListEntriesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.ListEntriesRequest & sild.audit.v1.ListEntriesRequest.$Shape;

                /**
                 * Decodes a ListEntriesRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.ListEntriesRequest & sild.audit.v1.ListEntriesRequest.$Shape} ListEntriesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.ListEntriesRequest & sild.audit.v1.ListEntriesRequest.$Shape;

                /**
                 * Verifies a ListEntriesRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListEntriesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListEntriesRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.ListEntriesRequest;

                /**
                 * Creates a plain object from a ListEntriesRequest message. Also converts values to other types if specified.
                 * @param message ListEntriesRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.ListEntriesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListEntriesRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListEntriesRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListEntriesRequest {

                /** Properties of a ListEntriesRequest. */
                interface $Properties {

                    /** A member `INSTANCE/CLASS/CODE`: entries it sent, received or decided. */
                    member?: (string|null);

                    /** A service `INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION`. */
                    service?: (string|null);

                    /** An event type name. */
                    eventType?: (string|null);

                    /** Entries created at or after this time. */
                    from?: (google.protobuf.Timestamp.$Properties|null);

                    /** Entries created before this time. */
                    to?: (google.protobuf.Timestamp.$Properties|null);

                    /** Entries per page, 1 to 1000 (0: 100). */
                    pageSize?: (number|null);

                    /** `next_page_token` of the previous page. */
                    pageToken?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListEntriesRequest. */
                type $Shape = sild.audit.v1.ListEntriesRequest.$Properties;
            }

            /**
             * Properties of a GetSubjectAccessRequest.
             * @deprecated Use sild.audit.v1.GetSubjectAccessRequest.$Properties instead.
             */
            interface IGetSubjectAccessRequest extends sild.audit.v1.GetSubjectAccessRequest.$Properties {
            }

            /** Request of Audit.GetSubjectAccess. */
            class GetSubjectAccessRequest {

                /**
                 * Constructs a new GetSubjectAccessRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.GetSubjectAccessRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subject's keyed pseudonym (never a national id). */
                subjectKey: string;

                /** Entries created at or after this time. */
                from?: (google.protobuf.Timestamp.$Properties|null);

                /** Entries created before this time. */
                to?: (google.protobuf.Timestamp.$Properties|null);

                /** Entries per page, 1 to 1000 (0: 100). */
                pageSize: number;

                /** `next_page_token` of the previous page. */
                pageToken: string;

                /**
                 * Creates a new GetSubjectAccessRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetSubjectAccessRequest instance
                 */
                static create(properties: sild.audit.v1.GetSubjectAccessRequest.$Shape): sild.audit.v1.GetSubjectAccessRequest & sild.audit.v1.GetSubjectAccessRequest.$Shape;
                static create(properties?: sild.audit.v1.GetSubjectAccessRequest.$Properties): sild.audit.v1.GetSubjectAccessRequest;

                /**
                 * Encodes the specified GetSubjectAccessRequest message. Does not implicitly {@link sild.audit.v1.GetSubjectAccessRequest.verify|verify} messages.
                 * @param message GetSubjectAccessRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.GetSubjectAccessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetSubjectAccessRequest message, length delimited. Does not implicitly {@link sild.audit.v1.GetSubjectAccessRequest.verify|verify} messages.
                 * @param message GetSubjectAccessRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.GetSubjectAccessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetSubjectAccessRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.GetSubjectAccessRequest & sild.audit.v1.GetSubjectAccessRequest.$Shape} GetSubjectAccessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.GetSubjectAccessRequest & sild.audit.v1.GetSubjectAccessRequest.$Shape;

                /**
                 * Decodes a GetSubjectAccessRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.GetSubjectAccessRequest & sild.audit.v1.GetSubjectAccessRequest.$Shape} GetSubjectAccessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.GetSubjectAccessRequest & sild.audit.v1.GetSubjectAccessRequest.$Shape;

                /**
                 * Verifies a GetSubjectAccessRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetSubjectAccessRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetSubjectAccessRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.GetSubjectAccessRequest;

                /**
                 * Creates a plain object from a GetSubjectAccessRequest message. Also converts values to other types if specified.
                 * @param message GetSubjectAccessRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.GetSubjectAccessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetSubjectAccessRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetSubjectAccessRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetSubjectAccessRequest {

                /** Properties of a GetSubjectAccessRequest. */
                interface $Properties {

                    /** The subject's keyed pseudonym (never a national id). */
                    subjectKey?: (string|null);

                    /** Entries created at or after this time. */
                    from?: (google.protobuf.Timestamp.$Properties|null);

                    /** Entries created before this time. */
                    to?: (google.protobuf.Timestamp.$Properties|null);

                    /** Entries per page, 1 to 1000 (0: 100). */
                    pageSize?: (number|null);

                    /** `next_page_token` of the previous page. */
                    pageToken?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetSubjectAccessRequest. */
                type $Shape = sild.audit.v1.GetSubjectAccessRequest.$Properties;
            }

            /**
             * Properties of a GetInclusionProofRequest.
             * @deprecated Use sild.audit.v1.GetInclusionProofRequest.$Properties instead.
             */
            interface IGetInclusionProofRequest extends sild.audit.v1.GetInclusionProofRequest.$Properties {
            }

            /** Request of Audit.GetInclusionProof. */
            class GetInclusionProofRequest {

                /**
                 * Constructs a new GetInclusionProofRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.GetInclusionProofRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The entry's index. */
                index: (number|Long);

                /** Size of a signed checkpoint; 0: the latest one. */
                treeSize: (number|Long);

                /**
                 * Creates a new GetInclusionProofRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetInclusionProofRequest instance
                 */
                static create(properties: sild.audit.v1.GetInclusionProofRequest.$Shape): sild.audit.v1.GetInclusionProofRequest & sild.audit.v1.GetInclusionProofRequest.$Shape;
                static create(properties?: sild.audit.v1.GetInclusionProofRequest.$Properties): sild.audit.v1.GetInclusionProofRequest;

                /**
                 * Encodes the specified GetInclusionProofRequest message. Does not implicitly {@link sild.audit.v1.GetInclusionProofRequest.verify|verify} messages.
                 * @param message GetInclusionProofRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.GetInclusionProofRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetInclusionProofRequest message, length delimited. Does not implicitly {@link sild.audit.v1.GetInclusionProofRequest.verify|verify} messages.
                 * @param message GetInclusionProofRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.GetInclusionProofRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetInclusionProofRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.GetInclusionProofRequest & sild.audit.v1.GetInclusionProofRequest.$Shape} GetInclusionProofRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.GetInclusionProofRequest & sild.audit.v1.GetInclusionProofRequest.$Shape;

                /**
                 * Decodes a GetInclusionProofRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.GetInclusionProofRequest & sild.audit.v1.GetInclusionProofRequest.$Shape} GetInclusionProofRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.GetInclusionProofRequest & sild.audit.v1.GetInclusionProofRequest.$Shape;

                /**
                 * Verifies a GetInclusionProofRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetInclusionProofRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetInclusionProofRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.GetInclusionProofRequest;

                /**
                 * Creates a plain object from a GetInclusionProofRequest message. Also converts values to other types if specified.
                 * @param message GetInclusionProofRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.GetInclusionProofRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetInclusionProofRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetInclusionProofRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetInclusionProofRequest {

                /** Properties of a GetInclusionProofRequest. */
                interface $Properties {

                    /** The entry's index. */
                    index?: (number|Long|null);

                    /** Size of a signed checkpoint; 0: the latest one. */
                    treeSize?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetInclusionProofRequest. */
                type $Shape = sild.audit.v1.GetInclusionProofRequest.$Properties;
            }

            /**
             * Properties of an InclusionProof.
             * @deprecated Use sild.audit.v1.InclusionProof.$Properties instead.
             */
            interface IInclusionProof extends sild.audit.v1.InclusionProof.$Properties {
            }

            /** An RFC 9162 inclusion proof with the checkpoint it is against. */
            class InclusionProof {

                /**
                 * Constructs a new InclusionProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.InclusionProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The entry's index. */
                leafIndex: (number|Long);

                /** Size of the tree the proof is against. */
                treeSize: (number|Long);

                /** The audit path, from the leaf's sibling up. */
                hashes: Uint8Array[];

                /** The entry's leaf bytes. */
                leaf: Uint8Array;

                /** The signed checkpoint of `tree_size`. */
                checkpoint: string;

                /**
                 * Creates a new InclusionProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InclusionProof instance
                 */
                static create(properties: sild.audit.v1.InclusionProof.$Shape): sild.audit.v1.InclusionProof & sild.audit.v1.InclusionProof.$Shape;
                static create(properties?: sild.audit.v1.InclusionProof.$Properties): sild.audit.v1.InclusionProof;

                /**
                 * Encodes the specified InclusionProof message. Does not implicitly {@link sild.audit.v1.InclusionProof.verify|verify} messages.
                 * @param message InclusionProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.InclusionProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified InclusionProof message, length delimited. Does not implicitly {@link sild.audit.v1.InclusionProof.verify|verify} messages.
                 * @param message InclusionProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.InclusionProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InclusionProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.InclusionProof & sild.audit.v1.InclusionProof.$Shape} InclusionProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.InclusionProof & sild.audit.v1.InclusionProof.$Shape;

                /**
                 * Decodes an InclusionProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.InclusionProof & sild.audit.v1.InclusionProof.$Shape} InclusionProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.InclusionProof & sild.audit.v1.InclusionProof.$Shape;

                /**
                 * Verifies an InclusionProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an InclusionProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InclusionProof
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.InclusionProof;

                /**
                 * Creates a plain object from an InclusionProof message. Also converts values to other types if specified.
                 * @param message InclusionProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.InclusionProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InclusionProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for InclusionProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace InclusionProof {

                /** Properties of an InclusionProof. */
                interface $Properties {

                    /** The entry's index. */
                    leafIndex?: (number|Long|null);

                    /** Size of the tree the proof is against. */
                    treeSize?: (number|Long|null);

                    /** The audit path, from the leaf's sibling up. */
                    hashes?: (Uint8Array[]|null);

                    /** The entry's leaf bytes. */
                    leaf?: (Uint8Array|null);

                    /** The signed checkpoint of `tree_size`. */
                    checkpoint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InclusionProof. */
                type $Shape = sild.audit.v1.InclusionProof.$Properties;
            }

            /**
             * Properties of a GetConsistencyProofRequest.
             * @deprecated Use sild.audit.v1.GetConsistencyProofRequest.$Properties instead.
             */
            interface IGetConsistencyProofRequest extends sild.audit.v1.GetConsistencyProofRequest.$Properties {
            }

            /** Request of Audit.GetConsistencyProof. */
            class GetConsistencyProofRequest {

                /**
                 * Constructs a new GetConsistencyProofRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.GetConsistencyProofRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Size of the earlier signed checkpoint. */
                size1: (number|Long);

                /** Size of the later signed checkpoint; 0: the latest one. */
                size2: (number|Long);

                /**
                 * Creates a new GetConsistencyProofRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetConsistencyProofRequest instance
                 */
                static create(properties: sild.audit.v1.GetConsistencyProofRequest.$Shape): sild.audit.v1.GetConsistencyProofRequest & sild.audit.v1.GetConsistencyProofRequest.$Shape;
                static create(properties?: sild.audit.v1.GetConsistencyProofRequest.$Properties): sild.audit.v1.GetConsistencyProofRequest;

                /**
                 * Encodes the specified GetConsistencyProofRequest message. Does not implicitly {@link sild.audit.v1.GetConsistencyProofRequest.verify|verify} messages.
                 * @param message GetConsistencyProofRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.GetConsistencyProofRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetConsistencyProofRequest message, length delimited. Does not implicitly {@link sild.audit.v1.GetConsistencyProofRequest.verify|verify} messages.
                 * @param message GetConsistencyProofRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.GetConsistencyProofRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetConsistencyProofRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.GetConsistencyProofRequest & sild.audit.v1.GetConsistencyProofRequest.$Shape} GetConsistencyProofRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.GetConsistencyProofRequest & sild.audit.v1.GetConsistencyProofRequest.$Shape;

                /**
                 * Decodes a GetConsistencyProofRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.GetConsistencyProofRequest & sild.audit.v1.GetConsistencyProofRequest.$Shape} GetConsistencyProofRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.GetConsistencyProofRequest & sild.audit.v1.GetConsistencyProofRequest.$Shape;

                /**
                 * Verifies a GetConsistencyProofRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetConsistencyProofRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetConsistencyProofRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.GetConsistencyProofRequest;

                /**
                 * Creates a plain object from a GetConsistencyProofRequest message. Also converts values to other types if specified.
                 * @param message GetConsistencyProofRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.GetConsistencyProofRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetConsistencyProofRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetConsistencyProofRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetConsistencyProofRequest {

                /** Properties of a GetConsistencyProofRequest. */
                interface $Properties {

                    /** Size of the earlier signed checkpoint. */
                    size1?: (number|Long|null);

                    /** Size of the later signed checkpoint; 0: the latest one. */
                    size2?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetConsistencyProofRequest. */
                type $Shape = sild.audit.v1.GetConsistencyProofRequest.$Properties;
            }

            /**
             * Properties of a ConsistencyProof.
             * @deprecated Use sild.audit.v1.ConsistencyProof.$Properties instead.
             */
            interface IConsistencyProof extends sild.audit.v1.ConsistencyProof.$Properties {
            }

            /** An RFC 9162 consistency proof between two signed checkpoints. */
            class ConsistencyProof {

                /**
                 * Constructs a new ConsistencyProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.ConsistencyProof.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Size of the earlier tree. */
                size1: (number|Long);

                /** Size of the later tree. */
                size2: (number|Long);

                /** The proof hashes. */
                hashes: Uint8Array[];

                /** The signed checkpoint of `size1`. */
                checkpoint1: string;

                /** The signed checkpoint of `size2`. */
                checkpoint2: string;

                /**
                 * Creates a new ConsistencyProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConsistencyProof instance
                 */
                static create(properties: sild.audit.v1.ConsistencyProof.$Shape): sild.audit.v1.ConsistencyProof & sild.audit.v1.ConsistencyProof.$Shape;
                static create(properties?: sild.audit.v1.ConsistencyProof.$Properties): sild.audit.v1.ConsistencyProof;

                /**
                 * Encodes the specified ConsistencyProof message. Does not implicitly {@link sild.audit.v1.ConsistencyProof.verify|verify} messages.
                 * @param message ConsistencyProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.ConsistencyProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConsistencyProof message, length delimited. Does not implicitly {@link sild.audit.v1.ConsistencyProof.verify|verify} messages.
                 * @param message ConsistencyProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.ConsistencyProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConsistencyProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.ConsistencyProof & sild.audit.v1.ConsistencyProof.$Shape} ConsistencyProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.ConsistencyProof & sild.audit.v1.ConsistencyProof.$Shape;

                /**
                 * Decodes a ConsistencyProof message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.ConsistencyProof & sild.audit.v1.ConsistencyProof.$Shape} ConsistencyProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.ConsistencyProof & sild.audit.v1.ConsistencyProof.$Shape;

                /**
                 * Verifies a ConsistencyProof message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConsistencyProof message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConsistencyProof
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.ConsistencyProof;

                /**
                 * Creates a plain object from a ConsistencyProof message. Also converts values to other types if specified.
                 * @param message ConsistencyProof
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.ConsistencyProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConsistencyProof to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConsistencyProof
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConsistencyProof {

                /** Properties of a ConsistencyProof. */
                interface $Properties {

                    /** Size of the earlier tree. */
                    size1?: (number|Long|null);

                    /** Size of the later tree. */
                    size2?: (number|Long|null);

                    /** The proof hashes. */
                    hashes?: (Uint8Array[]|null);

                    /** The signed checkpoint of `size1`. */
                    checkpoint1?: (string|null);

                    /** The signed checkpoint of `size2`. */
                    checkpoint2?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConsistencyProof. */
                type $Shape = sild.audit.v1.ConsistencyProof.$Properties;
            }

            /**
             * Properties of a GetLatestCheckpointRequest.
             * @deprecated Use sild.audit.v1.GetLatestCheckpointRequest.$Properties instead.
             */
            interface IGetLatestCheckpointRequest extends sild.audit.v1.GetLatestCheckpointRequest.$Properties {
            }

            /** Request of Audit.GetLatestCheckpoint. */
            class GetLatestCheckpointRequest {

                /**
                 * Constructs a new GetLatestCheckpointRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.GetLatestCheckpointRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetLatestCheckpointRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetLatestCheckpointRequest instance
                 */
                static create(properties: sild.audit.v1.GetLatestCheckpointRequest.$Shape): sild.audit.v1.GetLatestCheckpointRequest & sild.audit.v1.GetLatestCheckpointRequest.$Shape;
                static create(properties?: sild.audit.v1.GetLatestCheckpointRequest.$Properties): sild.audit.v1.GetLatestCheckpointRequest;

                /**
                 * Encodes the specified GetLatestCheckpointRequest message. Does not implicitly {@link sild.audit.v1.GetLatestCheckpointRequest.verify|verify} messages.
                 * @param message GetLatestCheckpointRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.GetLatestCheckpointRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetLatestCheckpointRequest message, length delimited. Does not implicitly {@link sild.audit.v1.GetLatestCheckpointRequest.verify|verify} messages.
                 * @param message GetLatestCheckpointRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.GetLatestCheckpointRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetLatestCheckpointRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.GetLatestCheckpointRequest & sild.audit.v1.GetLatestCheckpointRequest.$Shape} GetLatestCheckpointRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.GetLatestCheckpointRequest & sild.audit.v1.GetLatestCheckpointRequest.$Shape;

                /**
                 * Decodes a GetLatestCheckpointRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.GetLatestCheckpointRequest & sild.audit.v1.GetLatestCheckpointRequest.$Shape} GetLatestCheckpointRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.GetLatestCheckpointRequest & sild.audit.v1.GetLatestCheckpointRequest.$Shape;

                /**
                 * Verifies a GetLatestCheckpointRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetLatestCheckpointRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetLatestCheckpointRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.GetLatestCheckpointRequest;

                /**
                 * Creates a plain object from a GetLatestCheckpointRequest message. Also converts values to other types if specified.
                 * @param message GetLatestCheckpointRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.GetLatestCheckpointRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetLatestCheckpointRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetLatestCheckpointRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetLatestCheckpointRequest {

                /** Properties of a GetLatestCheckpointRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetLatestCheckpointRequest. */
                type $Shape = sild.audit.v1.GetLatestCheckpointRequest.$Properties;
            }

            /**
             * Properties of a Checkpoint.
             * @deprecated Use sild.audit.v1.Checkpoint.$Properties instead.
             */
            interface ICheckpoint extends sild.audit.v1.Checkpoint.$Properties {
            }

            /** A signed checkpoint. */
            class Checkpoint {

                /**
                 * Constructs a new Checkpoint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.Checkpoint.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The log's origin (first line of the note). */
                origin: string;

                /** Tree size. */
                size: (number|Long);

                /** Root hash of the tree. */
                rootHash: Uint8Array;

                /** The whole signed note (C2SP tlog-checkpoint). */
                note: string;

                /** When it was signed. */
                signedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** The log's verifier key, `<name>+<key id>+<base64 key>`. */
                verifierKey: string;

                /**
                 * Creates a new Checkpoint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Checkpoint instance
                 */
                static create(properties: sild.audit.v1.Checkpoint.$Shape): sild.audit.v1.Checkpoint & sild.audit.v1.Checkpoint.$Shape;
                static create(properties?: sild.audit.v1.Checkpoint.$Properties): sild.audit.v1.Checkpoint;

                /**
                 * Encodes the specified Checkpoint message. Does not implicitly {@link sild.audit.v1.Checkpoint.verify|verify} messages.
                 * @param message Checkpoint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.Checkpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Checkpoint message, length delimited. Does not implicitly {@link sild.audit.v1.Checkpoint.verify|verify} messages.
                 * @param message Checkpoint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.Checkpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Checkpoint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.Checkpoint & sild.audit.v1.Checkpoint.$Shape} Checkpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.Checkpoint & sild.audit.v1.Checkpoint.$Shape;

                /**
                 * Decodes a Checkpoint message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.Checkpoint & sild.audit.v1.Checkpoint.$Shape} Checkpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.Checkpoint & sild.audit.v1.Checkpoint.$Shape;

                /**
                 * Verifies a Checkpoint message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Checkpoint message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Checkpoint
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.Checkpoint;

                /**
                 * Creates a plain object from a Checkpoint message. Also converts values to other types if specified.
                 * @param message Checkpoint
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.Checkpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Checkpoint to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Checkpoint
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Checkpoint {

                /** Properties of a Checkpoint. */
                interface $Properties {

                    /** The log's origin (first line of the note). */
                    origin?: (string|null);

                    /** Tree size. */
                    size?: (number|Long|null);

                    /** Root hash of the tree. */
                    rootHash?: (Uint8Array|null);

                    /** The whole signed note (C2SP tlog-checkpoint). */
                    note?: (string|null);

                    /** When it was signed. */
                    signedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** The log's verifier key, `<name>+<key id>+<base64 key>`. */
                    verifierKey?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Checkpoint. */
                type $Shape = sild.audit.v1.Checkpoint.$Properties;
            }

            /**
             * Properties of a GetCompletenessRequest.
             * @deprecated Use sild.audit.v1.GetCompletenessRequest.$Properties instead.
             */
            interface IGetCompletenessRequest extends sild.audit.v1.GetCompletenessRequest.$Properties {
            }

            /** Request of Audit.GetCompleteness. */
            class GetCompletenessRequest {

                /**
                 * Constructs a new GetCompletenessRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.GetCompletenessRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Envelopes and decisions younger than this are not reported as unmatched yet (0: 60). */
                graceSeconds: number;

                /** At most this many entries per list (0: 100, at most 1000). */
                limit: number;

                /**
                 * Creates a new GetCompletenessRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetCompletenessRequest instance
                 */
                static create(properties: sild.audit.v1.GetCompletenessRequest.$Shape): sild.audit.v1.GetCompletenessRequest & sild.audit.v1.GetCompletenessRequest.$Shape;
                static create(properties?: sild.audit.v1.GetCompletenessRequest.$Properties): sild.audit.v1.GetCompletenessRequest;

                /**
                 * Encodes the specified GetCompletenessRequest message. Does not implicitly {@link sild.audit.v1.GetCompletenessRequest.verify|verify} messages.
                 * @param message GetCompletenessRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.GetCompletenessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetCompletenessRequest message, length delimited. Does not implicitly {@link sild.audit.v1.GetCompletenessRequest.verify|verify} messages.
                 * @param message GetCompletenessRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.GetCompletenessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetCompletenessRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.GetCompletenessRequest & sild.audit.v1.GetCompletenessRequest.$Shape} GetCompletenessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.GetCompletenessRequest & sild.audit.v1.GetCompletenessRequest.$Shape;

                /**
                 * Decodes a GetCompletenessRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.GetCompletenessRequest & sild.audit.v1.GetCompletenessRequest.$Shape} GetCompletenessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.GetCompletenessRequest & sild.audit.v1.GetCompletenessRequest.$Shape;

                /**
                 * Verifies a GetCompletenessRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetCompletenessRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetCompletenessRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.GetCompletenessRequest;

                /**
                 * Creates a plain object from a GetCompletenessRequest message. Also converts values to other types if specified.
                 * @param message GetCompletenessRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.GetCompletenessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetCompletenessRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetCompletenessRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetCompletenessRequest {

                /** Properties of a GetCompletenessRequest. */
                interface $Properties {

                    /** Envelopes and decisions younger than this are not reported as unmatched yet (0: 60). */
                    graceSeconds?: (number|null);

                    /** At most this many entries per list (0: 100, at most 1000). */
                    limit?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetCompletenessRequest. */
                type $Shape = sild.audit.v1.GetCompletenessRequest.$Properties;
            }

            /**
             * Properties of a SequenceGap.
             * @deprecated Use sild.audit.v1.SequenceGap.$Properties instead.
             */
            interface ISequenceGap extends sild.audit.v1.SequenceGap.$Properties {
            }

            /** Missing sender sequence numbers: `first` to `last`, both included. */
            class SequenceGap {

                /**
                 * Constructs a new SequenceGap.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.SequenceGap.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** First missing sequence number. */
                first: (number|Long);

                /** Last missing sequence number. */
                last: (number|Long);

                /**
                 * Creates a new SequenceGap instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SequenceGap instance
                 */
                static create(properties: sild.audit.v1.SequenceGap.$Shape): sild.audit.v1.SequenceGap & sild.audit.v1.SequenceGap.$Shape;
                static create(properties?: sild.audit.v1.SequenceGap.$Properties): sild.audit.v1.SequenceGap;

                /**
                 * Encodes the specified SequenceGap message. Does not implicitly {@link sild.audit.v1.SequenceGap.verify|verify} messages.
                 * @param message SequenceGap message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.SequenceGap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SequenceGap message, length delimited. Does not implicitly {@link sild.audit.v1.SequenceGap.verify|verify} messages.
                 * @param message SequenceGap message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.SequenceGap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SequenceGap message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.SequenceGap & sild.audit.v1.SequenceGap.$Shape} SequenceGap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.SequenceGap & sild.audit.v1.SequenceGap.$Shape;

                /**
                 * Decodes a SequenceGap message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.SequenceGap & sild.audit.v1.SequenceGap.$Shape} SequenceGap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.SequenceGap & sild.audit.v1.SequenceGap.$Shape;

                /**
                 * Verifies a SequenceGap message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SequenceGap message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SequenceGap
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.SequenceGap;

                /**
                 * Creates a plain object from a SequenceGap message. Also converts values to other types if specified.
                 * @param message SequenceGap
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.SequenceGap, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SequenceGap to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SequenceGap
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SequenceGap {

                /** Properties of a SequenceGap. */
                interface $Properties {

                    /** First missing sequence number. */
                    first?: (number|Long|null);

                    /** Last missing sequence number. */
                    last?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SequenceGap. */
                type $Shape = sild.audit.v1.SequenceGap.$Properties;
            }

            /**
             * Properties of a SenderSequences.
             * @deprecated Use sild.audit.v1.SenderSequences.$Properties instead.
             */
            interface ISenderSequences extends sild.audit.v1.SenderSequences.$Properties {
            }

            /** The sequences one sending gateway instance used. */
            class SenderSequences {

                /**
                 * Constructs a new SenderSequences.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.SenderSequences.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The sending gateway instance. */
                instanceId: string;

                /** The member (and subsystem) it sent as. */
                sender: string;

                /** Lowest sequence number seen. */
                firstSequence: (number|Long);

                /** Highest sequence number seen. */
                lastSequence: (number|Long);

                /** Entries with a sequence number of this instance (copies of one message count each). */
                entries: (number|Long);

                /** Sequence numbers missing between 1 and `last_sequence`. */
                gaps: sild.audit.v1.SequenceGap.$Properties[];

                /**
                 * Creates a new SenderSequences instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SenderSequences instance
                 */
                static create(properties: sild.audit.v1.SenderSequences.$Shape): sild.audit.v1.SenderSequences & sild.audit.v1.SenderSequences.$Shape;
                static create(properties?: sild.audit.v1.SenderSequences.$Properties): sild.audit.v1.SenderSequences;

                /**
                 * Encodes the specified SenderSequences message. Does not implicitly {@link sild.audit.v1.SenderSequences.verify|verify} messages.
                 * @param message SenderSequences message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.SenderSequences.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SenderSequences message, length delimited. Does not implicitly {@link sild.audit.v1.SenderSequences.verify|verify} messages.
                 * @param message SenderSequences message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.SenderSequences.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SenderSequences message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.SenderSequences & sild.audit.v1.SenderSequences.$Shape} SenderSequences
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.SenderSequences & sild.audit.v1.SenderSequences.$Shape;

                /**
                 * Decodes a SenderSequences message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.SenderSequences & sild.audit.v1.SenderSequences.$Shape} SenderSequences
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.SenderSequences & sild.audit.v1.SenderSequences.$Shape;

                /**
                 * Verifies a SenderSequences message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SenderSequences message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SenderSequences
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.SenderSequences;

                /**
                 * Creates a plain object from a SenderSequences message. Also converts values to other types if specified.
                 * @param message SenderSequences
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.SenderSequences, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SenderSequences to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SenderSequences
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SenderSequences {

                /** Properties of a SenderSequences. */
                interface $Properties {

                    /** The sending gateway instance. */
                    instanceId?: (string|null);

                    /** The member (and subsystem) it sent as. */
                    sender?: (string|null);

                    /** Lowest sequence number seen. */
                    firstSequence?: (number|Long|null);

                    /** Highest sequence number seen. */
                    lastSequence?: (number|Long|null);

                    /** Entries with a sequence number of this instance (copies of one message count each). */
                    entries?: (number|Long|null);

                    /** Sequence numbers missing between 1 and `last_sequence`. */
                    gaps?: (sild.audit.v1.SequenceGap.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SenderSequences. */
                type $Shape = sild.audit.v1.SenderSequences.$Properties;
            }

            /**
             * Properties of a CompletenessReport.
             * @deprecated Use sild.audit.v1.CompletenessReport.$Properties instead.
             */
            interface ICompletenessReport extends sild.audit.v1.CompletenessReport.$Properties {
            }

            /** What the log is missing, as far as it can tell. */
            class CompletenessReport {

                /**
                 * Constructs a new CompletenessReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.CompletenessReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Log size the report is about. */
                logSize: (number|Long);

                /** Per sending instance: its sequences and their gaps. */
                senders: sild.audit.v1.SenderSequences.$Properties[];

                /** Decisions about a message id no envelope in the log has. */
                decisionsWithoutEnvelope: sild.audit.v1.Entry.$Properties[];

                /** Valid REQUEST and EVENT envelopes no decision is about. */
                envelopesWithoutDecision: sild.audit.v1.Entry.$Properties[];

                /**
                 * Creates a new CompletenessReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CompletenessReport instance
                 */
                static create(properties: sild.audit.v1.CompletenessReport.$Shape): sild.audit.v1.CompletenessReport & sild.audit.v1.CompletenessReport.$Shape;
                static create(properties?: sild.audit.v1.CompletenessReport.$Properties): sild.audit.v1.CompletenessReport;

                /**
                 * Encodes the specified CompletenessReport message. Does not implicitly {@link sild.audit.v1.CompletenessReport.verify|verify} messages.
                 * @param message CompletenessReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.CompletenessReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CompletenessReport message, length delimited. Does not implicitly {@link sild.audit.v1.CompletenessReport.verify|verify} messages.
                 * @param message CompletenessReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.CompletenessReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompletenessReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.CompletenessReport & sild.audit.v1.CompletenessReport.$Shape} CompletenessReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.CompletenessReport & sild.audit.v1.CompletenessReport.$Shape;

                /**
                 * Decodes a CompletenessReport message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.CompletenessReport & sild.audit.v1.CompletenessReport.$Shape} CompletenessReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.CompletenessReport & sild.audit.v1.CompletenessReport.$Shape;

                /**
                 * Verifies a CompletenessReport message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CompletenessReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CompletenessReport
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.CompletenessReport;

                /**
                 * Creates a plain object from a CompletenessReport message. Also converts values to other types if specified.
                 * @param message CompletenessReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.CompletenessReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CompletenessReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CompletenessReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CompletenessReport {

                /** Properties of a CompletenessReport. */
                interface $Properties {

                    /** Log size the report is about. */
                    logSize?: (number|Long|null);

                    /** Per sending instance: its sequences and their gaps. */
                    senders?: (sild.audit.v1.SenderSequences.$Properties[]|null);

                    /** Decisions about a message id no envelope in the log has. */
                    decisionsWithoutEnvelope?: (sild.audit.v1.Entry.$Properties[]|null);

                    /** Valid REQUEST and EVENT envelopes no decision is about. */
                    envelopesWithoutDecision?: (sild.audit.v1.Entry.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CompletenessReport. */
                type $Shape = sild.audit.v1.CompletenessReport.$Properties;
            }

            /**
             * Properties of an ExportTraceRequest.
             * @deprecated Use sild.audit.v1.ExportTraceRequest.$Properties instead.
             */
            interface IExportTraceRequest extends sild.audit.v1.ExportTraceRequest.$Properties {
            }

            /** Request of Audit.ExportTrace. */
            class ExportTraceRequest {

                /**
                 * Constructs a new ExportTraceRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.ExportTraceRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The W3C trace id, 32 lower-case hex digits. */
                traceId: string;

                /** Size of a checkpoint the auditor holds already: the bundle proves the latest one extends it. */
                knownTreeSize: (number|Long);

                /**
                 * Creates a new ExportTraceRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExportTraceRequest instance
                 */
                static create(properties: sild.audit.v1.ExportTraceRequest.$Shape): sild.audit.v1.ExportTraceRequest & sild.audit.v1.ExportTraceRequest.$Shape;
                static create(properties?: sild.audit.v1.ExportTraceRequest.$Properties): sild.audit.v1.ExportTraceRequest;

                /**
                 * Encodes the specified ExportTraceRequest message. Does not implicitly {@link sild.audit.v1.ExportTraceRequest.verify|verify} messages.
                 * @param message ExportTraceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.ExportTraceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExportTraceRequest message, length delimited. Does not implicitly {@link sild.audit.v1.ExportTraceRequest.verify|verify} messages.
                 * @param message ExportTraceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.ExportTraceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExportTraceRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.ExportTraceRequest & sild.audit.v1.ExportTraceRequest.$Shape} ExportTraceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.ExportTraceRequest & sild.audit.v1.ExportTraceRequest.$Shape;

                /**
                 * Decodes an ExportTraceRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.ExportTraceRequest & sild.audit.v1.ExportTraceRequest.$Shape} ExportTraceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.ExportTraceRequest & sild.audit.v1.ExportTraceRequest.$Shape;

                /**
                 * Verifies an ExportTraceRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExportTraceRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExportTraceRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.ExportTraceRequest;

                /**
                 * Creates a plain object from an ExportTraceRequest message. Also converts values to other types if specified.
                 * @param message ExportTraceRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.ExportTraceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExportTraceRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExportTraceRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExportTraceRequest {

                /** Properties of an ExportTraceRequest. */
                interface $Properties {

                    /** The W3C trace id, 32 lower-case hex digits. */
                    traceId?: (string|null);

                    /** Size of a checkpoint the auditor holds already: the bundle proves the latest one extends it. */
                    knownTreeSize?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExportTraceRequest. */
                type $Shape = sild.audit.v1.ExportTraceRequest.$Properties;
            }

            /**
             * Properties of an ExportTraceResponse.
             * @deprecated Use sild.audit.v1.ExportTraceResponse.$Properties instead.
             */
            interface IExportTraceResponse extends sild.audit.v1.ExportTraceResponse.$Properties {
            }

            /** Response of Audit.ExportTrace. */
            class ExportTraceResponse {

                /**
                 * Constructs a new ExportTraceResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.audit.v1.ExportTraceResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The evidence bundle, a JSON document (docs/auditing.md, "Evidence bundles"). */
                bundleJson: string;

                /** Entries of the trace that no checkpoint covers yet, left out of the bundle. */
                uncoveredEntries: number;

                /**
                 * Creates a new ExportTraceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExportTraceResponse instance
                 */
                static create(properties: sild.audit.v1.ExportTraceResponse.$Shape): sild.audit.v1.ExportTraceResponse & sild.audit.v1.ExportTraceResponse.$Shape;
                static create(properties?: sild.audit.v1.ExportTraceResponse.$Properties): sild.audit.v1.ExportTraceResponse;

                /**
                 * Encodes the specified ExportTraceResponse message. Does not implicitly {@link sild.audit.v1.ExportTraceResponse.verify|verify} messages.
                 * @param message ExportTraceResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.audit.v1.ExportTraceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExportTraceResponse message, length delimited. Does not implicitly {@link sild.audit.v1.ExportTraceResponse.verify|verify} messages.
                 * @param message ExportTraceResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.audit.v1.ExportTraceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExportTraceResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.audit.v1.ExportTraceResponse & sild.audit.v1.ExportTraceResponse.$Shape} ExportTraceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.audit.v1.ExportTraceResponse & sild.audit.v1.ExportTraceResponse.$Shape;

                /**
                 * Decodes an ExportTraceResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.audit.v1.ExportTraceResponse & sild.audit.v1.ExportTraceResponse.$Shape} ExportTraceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.audit.v1.ExportTraceResponse & sild.audit.v1.ExportTraceResponse.$Shape;

                /**
                 * Verifies an ExportTraceResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExportTraceResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExportTraceResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.audit.v1.ExportTraceResponse;

                /**
                 * Creates a plain object from an ExportTraceResponse message. Also converts values to other types if specified.
                 * @param message ExportTraceResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.audit.v1.ExportTraceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExportTraceResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExportTraceResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExportTraceResponse {

                /** Properties of an ExportTraceResponse. */
                interface $Properties {

                    /** The evidence bundle, a JSON document (docs/auditing.md, "Evidence bundles"). */
                    bundleJson?: (string|null);

                    /** Entries of the trace that no checkpoint covers yet, left out of the bundle. */
                    uncoveredEntries?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExportTraceResponse. */
                type $Shape = sild.audit.v1.ExportTraceResponse.$Properties;
            }
        }
    }

    /** Namespace v1. */
    namespace v1 {

        /** What was decided. */
        enum DecisionOutcome {

            /** Not set. */
            DECISION_OUTCOME_UNSPECIFIED = 0,

            /** A client gateway signed a request and Kafka accepted it. */
            DECISION_OUTCOME_SENT = 1,

            /** A provider gateway accepted a request: every trust and grant check passed. */
            DECISION_OUTCOME_ACCEPTED = 2,

            /** A request was refused (`reason` says why); nothing reached the provider system. */
            DECISION_OUTCOME_DENIED = 3,

            /** A provider gateway sent the signed answer (RESPONSE or ERROR) to the client's reply topic. */
            DECISION_OUTCOME_ANSWERED = 4,

            /** A client gateway verified the answer and returned it to the calling system. */
            DECISION_OUTCOME_DELIVERED = 5,

            /** The call failed after acceptance: provider system down or broken, timeout, refused answer. */
            DECISION_OUTCOME_FAILED = 6,

            /** Bytes that are not an envelope were parked on a dead-letter topic. */
            DECISION_OUTCOME_DEAD_LETTERED = 7
        }

        /** Which side of an exchange took the decision. */
        enum DecisionRole {

            /** Not set. */
            DECISION_ROLE_UNSPECIFIED = 0,

            /** The gateway of the calling (or sending) organisation. */
            DECISION_ROLE_CLIENT = 1,

            /** The gateway of the providing (or receiving) organisation. */
            DECISION_ROLE_PROVIDER = 2,

            /** The gateway of an event type's owner, publishing an event. */
            DECISION_ROLE_PUBLISHER = 3,

            /** The router, fanning an event out to subscriptions. */
            DECISION_ROLE_ROUTER = 4,

            /** The gateway of a subscriber, delivering an event to the subscriber system. */
            DECISION_ROLE_SUBSCRIBER = 5
        }

        /**
         * Properties of a Decision.
         * @deprecated Use sild.v1.Decision.$Properties instead.
         */
        interface IDecision extends sild.v1.Decision.$Properties {
        }

        /** One decision about one envelope. Value of a record on the decisions topic. */
        class Decision {

            /**
             * Constructs a new Decision.
             * @param [properties] Properties to set
             */
            constructor(properties?: sild.v1.Decision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message id of the envelope decided about; empty when the bytes could not be decoded. */
            messageId: string;

            /** Trace id (32 hex) of the exchange, from the signed header's traceparent; may be empty. */
            traceId: string;

            /** Correlation id of the conversation. */
            correlationId: string;

            /** What was decided. */
            outcome: sild.v1.DecisionOutcome;

            /** Why, for DENIED, FAILED and DEAD_LETTERED; REASON_UNSPECIFIED otherwise. */
            reason: sild.v1.Reason;

            /** A short English explanation; never personal data. */
            detail: string;

            /** Which side decided. */
            role: sild.v1.DecisionRole;

            /** The member (and subsystem) whose gateway decided. */
            decidedBy?: (sild.v1.ClientId.$Properties|null);

            /** Id of the deciding gateway instance (process or pod). */
            deciderInstanceId: string;

            /** Kind of the envelope decided about. */
            kind: sild.v1.MessageKind;

            /** Sender of the envelope, as its signed header says (unverified when DENIED). */
            sender?: (sild.v1.ClientId.$Properties|null);

            /** The service called or answered. */
            service?: (sild.v1.ServiceId.$Properties|null);

            /** The event type, for events. */
            eventType: string;

            /** SHA-256 of the envelope bytes as received or sent. */
            envelopeSha256: Uint8Array;

            /** Kafka topic the envelope was read from or written to. */
            topic: string;

            /** Kafka partition of the envelope; -1 when unknown. */
            partition: number;

            /** Kafka offset of the envelope; -1 when unknown. */
            offset: (number|Long);

            /** When the decision was taken. */
            decidedAt?: (google.protobuf.Timestamp.$Properties|null);

            /** The other message of the step: the answer sent for a request, or the request an answer belongs to. */
            relatedMessageId: string;

            /** On whose behalf the request was made (copied from the signed header). */
            onBehalfOf: string;

            /** Why the data was asked for (copied from the signed header). */
            purpose: string;

            /** Milliseconds the step took (e.g. the provider system's answer time, the whole call). */
            durationMs: number;

            /** For events: the subscription the event was routed or delivered for. */
            subscriptionId: string;

            /** For events: the delivery attempt (1-based) that the decision closes. */
            attempt: number;

            /**
             * Creates a new Decision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Decision instance
             */
            static create(properties: sild.v1.Decision.$Shape): sild.v1.Decision & sild.v1.Decision.$Shape;
            static create(properties?: sild.v1.Decision.$Properties): sild.v1.Decision;

            /**
             * Encodes the specified Decision message. Does not implicitly {@link sild.v1.Decision.verify|verify} messages.
             * @param message Decision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sild.v1.Decision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Decision message, length delimited. Does not implicitly {@link sild.v1.Decision.verify|verify} messages.
             * @param message Decision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sild.v1.Decision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Decision message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sild.v1.Decision & sild.v1.Decision.$Shape} Decision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.v1.Decision & sild.v1.Decision.$Shape;

            /**
             * Decodes a Decision message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sild.v1.Decision & sild.v1.Decision.$Shape} Decision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.v1.Decision & sild.v1.Decision.$Shape;

            /**
             * Verifies a Decision message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Decision message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Decision
             */
            static fromObject(object: { [k: string]: any }): sild.v1.Decision;

            /**
             * Creates a plain object from a Decision message. Also converts values to other types if specified.
             * @param message Decision
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sild.v1.Decision, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Decision to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Decision
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Decision {

            /** Properties of a Decision. */
            interface $Properties {

                /** Message id of the envelope decided about; empty when the bytes could not be decoded. */
                messageId?: (string|null);

                /** Trace id (32 hex) of the exchange, from the signed header's traceparent; may be empty. */
                traceId?: (string|null);

                /** Correlation id of the conversation. */
                correlationId?: (string|null);

                /** What was decided. */
                outcome?: (sild.v1.DecisionOutcome|null);

                /** Why, for DENIED, FAILED and DEAD_LETTERED; REASON_UNSPECIFIED otherwise. */
                reason?: (sild.v1.Reason|null);

                /** A short English explanation; never personal data. */
                detail?: (string|null);

                /** Which side decided. */
                role?: (sild.v1.DecisionRole|null);

                /** The member (and subsystem) whose gateway decided. */
                decidedBy?: (sild.v1.ClientId.$Properties|null);

                /** Id of the deciding gateway instance (process or pod). */
                deciderInstanceId?: (string|null);

                /** Kind of the envelope decided about. */
                kind?: (sild.v1.MessageKind|null);

                /** Sender of the envelope, as its signed header says (unverified when DENIED). */
                sender?: (sild.v1.ClientId.$Properties|null);

                /** The service called or answered. */
                service?: (sild.v1.ServiceId.$Properties|null);

                /** The event type, for events. */
                eventType?: (string|null);

                /** SHA-256 of the envelope bytes as received or sent. */
                envelopeSha256?: (Uint8Array|null);

                /** Kafka topic the envelope was read from or written to. */
                topic?: (string|null);

                /** Kafka partition of the envelope; -1 when unknown. */
                partition?: (number|null);

                /** Kafka offset of the envelope; -1 when unknown. */
                offset?: (number|Long|null);

                /** When the decision was taken. */
                decidedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** The other message of the step: the answer sent for a request, or the request an answer belongs to. */
                relatedMessageId?: (string|null);

                /** On whose behalf the request was made (copied from the signed header). */
                onBehalfOf?: (string|null);

                /** Why the data was asked for (copied from the signed header). */
                purpose?: (string|null);

                /** Milliseconds the step took (e.g. the provider system's answer time, the whole call). */
                durationMs?: (number|null);

                /** For events: the subscription the event was routed or delivered for. */
                subscriptionId?: (string|null);

                /** For events: the delivery attempt (1-based) that the decision closes. */
                attempt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Decision. */
            type $Shape = sild.v1.Decision.$Properties;
        }

        /** Stable reason codes. Numbers and names never change; new reasons are appended. */
        enum Reason {

            /** Not set. */
            REASON_UNSPECIFIED = 0,

            /** No grant or subscription allows the sender to do this. */
            REASON_ACCESS_DENIED = 1,

            /** The signature does not verify with the key identified by `key_id`. */
            REASON_INVALID_SIGNATURE = 2,

            /** The signer certificate was not valid at the message's `created_at`. */
            REASON_CERT_EXPIRED = 3,

            /** The signer certificate has been revoked. */
            REASON_CERT_REVOKED = 4,

            /** The signer certificate does not chain to the instance's trust root, or is unknown. */
            REASON_CERT_UNTRUSTED = 5,

            /** The header's sender is not the member named in the signer certificate. */
            REASON_SENDER_MISMATCH = 6,

            /** The message's `expires_at` has passed (or its `created_at` lies too far in the future). */
            REASON_EXPIRED = 7,

            /** A message with this sender and message id was already accepted. */
            REASON_REPLAYED = 8,

            /** The payload's SHA-256 does not match the header's `payload_sha256`. */
            REASON_DIGEST_MISMATCH = 9,

            /** The service or event type is not registered. */
            REASON_UNKNOWN_SERVICE = 10,

            /** The provider system could not be reached or failed. */
            REASON_PROVIDER_UNAVAILABLE = 11,

            /** No answer arrived in time. */
            REASON_TIMEOUT = 12,

            /** The bytes are not a well-formed envelope or header, or a required field is missing. */
            REASON_MALFORMED = 13,

            /** The envelope or one of its parts exceeds the configured size limit. */
            REASON_TOO_LARGE = 14,

            /** The request or payload is well-formed but its content is not acceptable to the provider. */
            REASON_INVALID_ARGUMENT = 15,

            /** The sender sends more than its quota allows. */
            REASON_RATE_LIMITED = 16,

            /** An unexpected failure inside the platform. */
            REASON_INTERNAL = 17,

            /** A referenced entity (member, service, subscription, ...) does not exist. */
            REASON_NOT_FOUND = 18,

            /** The entity to create exists already. */
            REASON_ALREADY_EXISTS = 19,

            /** The change is illegal in the entity's current state (e.g. approving a revoked subscription). */
            REASON_FAILED_PRECONDITION = 20,

            /** The event type is not registered, or the sender does not own it. */
            REASON_UNKNOWN_EVENT_TYPE = 21,

            /** The subscriber system did not take the event within the retry budget. */
            REASON_DELIVERY_FAILED = 22
        }

        /**
         * Properties of an Error.
         * @deprecated Use sild.v1.Error.$Properties instead.
         */
        interface IError extends sild.v1.Error.$Properties {
        }

        /** The payload of an ERROR envelope (`payload_type` = `type.googleapis.com/sild.v1.Error`). */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: sild.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Why the request failed. */
            reason: sild.v1.Reason;

            /** A human-readable explanation in English; never contains personal data. */
            message: string;

            /** True when sending the same request again later may succeed. */
            retryable: boolean;

            /** Machine-readable details, e.g. `{"field": "birth_date"}`. */
            details: { [k: string]: string };

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: sild.v1.Error.$Shape): sild.v1.Error & sild.v1.Error.$Shape;
            static create(properties?: sild.v1.Error.$Properties): sild.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link sild.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sild.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link sild.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sild.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sild.v1.Error & sild.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.v1.Error & sild.v1.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sild.v1.Error & sild.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.v1.Error & sild.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): sild.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sild.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Why the request failed. */
                reason?: (sild.v1.Reason|null);

                /** A human-readable explanation in English; never contains personal data. */
                message?: (string|null);

                /** True when sending the same request again later may succeed. */
                retryable?: (boolean|null);

                /** Machine-readable details, e.g. `{"field": "birth_date"}`. */
                details?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = sild.v1.Error.$Properties;
        }

        /** What an envelope is. */
        enum MessageKind {

            /** Not set: rejected as malformed. */
            MESSAGE_KIND_UNSPECIFIED = 0,

            /** A service call from a client subsystem to a provider's service. */
            MESSAGE_KIND_REQUEST = 1,

            /** The provider's answer to a request (`in_reply_to`, `request_hash` set). */
            MESSAGE_KIND_RESPONSE = 2,

            /** A data-change notification of an event type, published by its provider. */
            MESSAGE_KIND_EVENT = 3,

            /** A refusal or failure answering a request; the payload is a `sild.v1.Error`. */
            MESSAGE_KIND_ERROR = 4,

            /** A signed management request to the registry (register member, grant, subscribe, ...). */
            MESSAGE_KIND_MANAGEMENT = 5
        }

        /** How the payload bytes are encoded. */
        enum PayloadEncoding {

            /** Not set: rejected as malformed. */
            PAYLOAD_ENCODING_UNSPECIFIED = 0,

            /** Binary protobuf of the message named by `payload_type`. */
            PAYLOAD_ENCODING_PROTOBUF = 1,

            /** UTF-8 JSON (protobuf JSON mapping when `payload_type` names a protobuf message). */
            PAYLOAD_ENCODING_JSON = 2,

            /** Opaque bytes. */
            PAYLOAD_ENCODING_OCTET_STREAM = 3
        }

        /**
         * Properties of a Header.
         * @deprecated Use sild.v1.Header.$Properties instead.
         */
        interface IHeader extends sild.v1.Header.$Properties {
        }

        /** The envelope header. Serialized into `Envelope.header` and covered by the signature. */
        class Header {

            /**
             * Constructs a new Header.
             * @param [properties] Properties to set
             */
            constructor(properties?: sild.v1.Header.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message id: a UUIDv7 in canonical text form (lower-case, hyphenated). Unique per sender. */
            messageId: string;

            /** What this message is. */
            kind: sild.v1.MessageKind;

            /** The sending client (member or subsystem); must match the signer certificate's subject. */
            sender?: (sild.v1.ClientId.$Properties|null);

            /** A client, e.g. the requester a RESPONSE or ERROR goes back to, or the registry. */
            recipientClient?: (sild.v1.ClientId.$Properties|null);

            /** A service, for a REQUEST: the provider subsystem and the service called. */
            recipientService?: (sild.v1.ServiceId.$Properties|null);

            /** The service called (REQUEST, MANAGEMENT) or answered (RESPONSE, ERROR). */
            service?: (sild.v1.ServiceId.$Properties|null);

            /** The event type of an EVENT. */
            eventType?: (sild.v1.EventTypeId.$Properties|null);

            /** Correlation id shared by all messages of one conversation (set by the first request). */
            correlationId: string;

            /** For RESPONSE and ERROR: the message id of the request answered. */
            inReplyTo: string;

            /**
             * For RESPONSE and ERROR: SHA-256 of the answered request's header bytes as received
             * (they include the request payload's digest), binding the answer to that exact request.
             */
            requestHash: Uint8Array;

            /** W3C trace context `traceparent`, e.g. `00-<trace id>-<span id>-01`. */
            traceparent: string;

            /** W3C trace context `tracestate` (may be empty). */
            tracestate: string;

            /** When the sender created the message. The signer certificate must be valid at this time. */
            createdAt?: (google.protobuf.Timestamp.$Properties|null);

            /** After this time receivers refuse the message (reason EXPIRED). */
            expiresAt?: (google.protobuf.Timestamp.$Properties|null);

            /** Type URL of the payload, e.g. `type.googleapis.com/sild.examples.population.v1.PersonRelocated`. */
            payloadType: string;

            /** SHA-256 of the payload bytes (32 bytes); also part of the signed bytes. */
            payloadSha256: Uint8Array;

            /** How the payload is encoded. */
            payloadEncoding: sild.v1.PayloadEncoding;

            /** The end user on whose behalf the message is sent (X-Road `userId`), e.g. an employee id. */
            onBehalfOf: string;

            /** Why the data is asked for or sent (X-Road `issue`): a purpose code or case reference. */
            purpose: string;

            /**
             * For EVENT: the subject the event is about, as a keyed pseudonym (never a national id).
             * It is the Kafka key, so one subject's events stay in order.
             */
            subjectKey: string;

            /** For EVENT: 1-based sequence number of this event among the sender's events on `subject_key`. */
            subjectSequence: (number|Long);

            /** Id of the sending gateway instance (one process or pod of the sender's gateway). */
            senderInstanceId: string;

            /**
             * 1-based sequence number of this message among all messages of `sender_instance_id`, so
             * that the audit can prove that no message of the sender went missing.
             */
            senderSequence: (number|Long);

            /**
             * For EVENT: the attributes subscription filters act on (CloudEvents Subscriptions API
             * dialects), e.g. `municipality` = `0363`. Names are lower-case `[a-z0-9]`, at most 20
             * characters; values are at most 256 characters. Never personal data: a subscriber's filter
             * can see them, and so can the router.
             */
            attributes: { [k: string]: string };

            /** Who the message is for. Absent for events (the router fans them out to subscribers). */
            recipient?: ("recipientClient"|"recipientService");

            /** What the message is about: the service called or answered, or the event type published. */
            topic?: ("service"|"eventType");

            /**
             * Creates a new Header instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Header instance
             */
            static create(properties: sild.v1.Header.$Shape): sild.v1.Header & sild.v1.Header.$Shape;
            static create(properties?: sild.v1.Header.$Properties): sild.v1.Header;

            /**
             * Encodes the specified Header message. Does not implicitly {@link sild.v1.Header.verify|verify} messages.
             * @param message Header message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sild.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Header message, length delimited. Does not implicitly {@link sild.v1.Header.verify|verify} messages.
             * @param message Header message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sild.v1.Header.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Header message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sild.v1.Header & sild.v1.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.v1.Header & sild.v1.Header.$Shape;

            /**
             * Decodes a Header message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sild.v1.Header & sild.v1.Header.$Shape} Header
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.v1.Header & sild.v1.Header.$Shape;

            /**
             * Verifies a Header message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Header message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Header
             */
            static fromObject(object: { [k: string]: any }): sild.v1.Header;

            /**
             * Creates a plain object from a Header message. Also converts values to other types if specified.
             * @param message Header
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sild.v1.Header, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Header to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Header
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Header {

            /** Properties of a Header. */
            interface $Properties {

                /** Message id: a UUIDv7 in canonical text form (lower-case, hyphenated). Unique per sender. */
                messageId?: (string|null);

                /** What this message is. */
                kind?: (sild.v1.MessageKind|null);

                /** The sending client (member or subsystem); must match the signer certificate's subject. */
                sender?: (sild.v1.ClientId.$Properties|null);

                /** A client, e.g. the requester a RESPONSE or ERROR goes back to, or the registry. */
                recipientClient?: (sild.v1.ClientId.$Properties|null);

                /** A service, for a REQUEST: the provider subsystem and the service called. */
                recipientService?: (sild.v1.ServiceId.$Properties|null);

                /** The service called (REQUEST, MANAGEMENT) or answered (RESPONSE, ERROR). */
                service?: (sild.v1.ServiceId.$Properties|null);

                /** The event type of an EVENT. */
                eventType?: (sild.v1.EventTypeId.$Properties|null);

                /** Correlation id shared by all messages of one conversation (set by the first request). */
                correlationId?: (string|null);

                /** For RESPONSE and ERROR: the message id of the request answered. */
                inReplyTo?: (string|null);

                /**
                 * For RESPONSE and ERROR: SHA-256 of the answered request's header bytes as received
                 * (they include the request payload's digest), binding the answer to that exact request.
                 */
                requestHash?: (Uint8Array|null);

                /** W3C trace context `traceparent`, e.g. `00-<trace id>-<span id>-01`. */
                traceparent?: (string|null);

                /** W3C trace context `tracestate` (may be empty). */
                tracestate?: (string|null);

                /** When the sender created the message. The signer certificate must be valid at this time. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /** After this time receivers refuse the message (reason EXPIRED). */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Type URL of the payload, e.g. `type.googleapis.com/sild.examples.population.v1.PersonRelocated`. */
                payloadType?: (string|null);

                /** SHA-256 of the payload bytes (32 bytes); also part of the signed bytes. */
                payloadSha256?: (Uint8Array|null);

                /** How the payload is encoded. */
                payloadEncoding?: (sild.v1.PayloadEncoding|null);

                /** The end user on whose behalf the message is sent (X-Road `userId`), e.g. an employee id. */
                onBehalfOf?: (string|null);

                /** Why the data is asked for or sent (X-Road `issue`): a purpose code or case reference. */
                purpose?: (string|null);

                /**
                 * For EVENT: the subject the event is about, as a keyed pseudonym (never a national id).
                 * It is the Kafka key, so one subject's events stay in order.
                 */
                subjectKey?: (string|null);

                /** For EVENT: 1-based sequence number of this event among the sender's events on `subject_key`. */
                subjectSequence?: (number|Long|null);

                /** Id of the sending gateway instance (one process or pod of the sender's gateway). */
                senderInstanceId?: (string|null);

                /**
                 * 1-based sequence number of this message among all messages of `sender_instance_id`, so
                 * that the audit can prove that no message of the sender went missing.
                 */
                senderSequence?: (number|Long|null);

                /**
                 * For EVENT: the attributes subscription filters act on (CloudEvents Subscriptions API
                 * dialects), e.g. `municipality` = `0363`. Names are lower-case `[a-z0-9]`, at most 20
                 * characters; values are at most 256 characters. Never personal data: a subscriber's filter
                 * can see them, and so can the router.
                 */
                attributes?: ({ [k: string]: string }|null);

                /** Who the message is for. Absent for events (the router fans them out to subscribers). */
                recipient?: ("recipientClient"|"recipientService");

                /** What the message is about: the service called or answered, or the event type published. */
                topic?: ("service"|"eventType");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Header. */
            type $Shape = {
              messageId?: string|null;
              kind?: sild.v1.MessageKind|null;
              sender?: sild.v1.ClientId.$Shape|null;
              recipientClient?: sild.v1.ClientId.$Shape|null;
              recipientService?: sild.v1.ServiceId.$Shape|null;
              service?: sild.v1.ServiceId.$Shape|null;
              eventType?: sild.v1.EventTypeId.$Shape|null;
              correlationId?: string|null;
              inReplyTo?: string|null;
              requestHash?: Uint8Array|null;
              traceparent?: string|null;
              tracestate?: string|null;
              createdAt?: google.protobuf.Timestamp.$Shape|null;
              expiresAt?: google.protobuf.Timestamp.$Shape|null;
              payloadType?: string|null;
              payloadSha256?: Uint8Array|null;
              payloadEncoding?: sild.v1.PayloadEncoding|null;
              onBehalfOf?: string|null;
              purpose?: string|null;
              subjectKey?: string|null;
              subjectSequence?: number|Long|null;
              senderInstanceId?: string|null;
              senderSequence?: number|Long|null;
              attributes?: { [k: string]: string }|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ recipient?: undefined; recipientClient?: null; recipientService?: null }|{ recipient?: "recipientClient"; recipientClient: sild.v1.ClientId.$Shape; recipientService?: null }|{ recipient?: "recipientService"; recipientClient?: null; recipientService: sild.v1.ServiceId.$Shape })
            ) & (
              ({ topic?: undefined; service?: null; eventType?: null }|{ topic?: "service"; service: sild.v1.ServiceId.$Shape; eventType?: null }|{ topic?: "eventType"; service?: null; eventType: sild.v1.EventTypeId.$Shape })
            );
        }

        /**
         * Properties of a ClientId.
         * @deprecated Use sild.v1.ClientId.$Properties instead.
         */
        interface IClientId extends sild.v1.ClientId.$Properties {
        }

        /**
         * Identifies a member (an organisation) or one of its subsystems within an instance.
         * Text form: `INSTANCE/MEMBER_CLASS/MEMBER_CODE[/SUBSYSTEM]`, e.g. `NL/MUN/0363/burgerzaken`.
         */
        class ClientId {

            /**
             * Constructs a new ClientId.
             * @param [properties] Properties to set
             */
            constructor(properties?: sild.v1.ClientId.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Instance (ecosystem) code, e.g. `NL`; one instance has one registry and one trust root. */
            instance: string;

            /** Member class, e.g. `GOV`, `MUN`, `COM`. */
            memberClass: string;

            /** Member code, unique within the member class, e.g. `00000001`, `0363`. */
            memberCode: string;

            /** Subsystem code, e.g. `burgerzaken`; empty when the client is the member itself. */
            subsystem: string;

            /**
             * Creates a new ClientId instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientId instance
             */
            static create(properties: sild.v1.ClientId.$Shape): sild.v1.ClientId & sild.v1.ClientId.$Shape;
            static create(properties?: sild.v1.ClientId.$Properties): sild.v1.ClientId;

            /**
             * Encodes the specified ClientId message. Does not implicitly {@link sild.v1.ClientId.verify|verify} messages.
             * @param message ClientId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sild.v1.ClientId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientId message, length delimited. Does not implicitly {@link sild.v1.ClientId.verify|verify} messages.
             * @param message ClientId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sild.v1.ClientId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientId message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sild.v1.ClientId & sild.v1.ClientId.$Shape} ClientId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.v1.ClientId & sild.v1.ClientId.$Shape;

            /**
             * Decodes a ClientId message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sild.v1.ClientId & sild.v1.ClientId.$Shape} ClientId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.v1.ClientId & sild.v1.ClientId.$Shape;

            /**
             * Verifies a ClientId message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientId message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientId
             */
            static fromObject(object: { [k: string]: any }): sild.v1.ClientId;

            /**
             * Creates a plain object from a ClientId message. Also converts values to other types if specified.
             * @param message ClientId
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sild.v1.ClientId, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientId to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientId
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientId {

            /** Properties of a ClientId. */
            interface $Properties {

                /** Instance (ecosystem) code, e.g. `NL`; one instance has one registry and one trust root. */
                instance?: (string|null);

                /** Member class, e.g. `GOV`, `MUN`, `COM`. */
                memberClass?: (string|null);

                /** Member code, unique within the member class, e.g. `00000001`, `0363`. */
                memberCode?: (string|null);

                /** Subsystem code, e.g. `burgerzaken`; empty when the client is the member itself. */
                subsystem?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClientId. */
            type $Shape = sild.v1.ClientId.$Properties;
        }

        /**
         * Properties of a ServiceId.
         * @deprecated Use sild.v1.ServiceId.$Properties instead.
         */
        interface IServiceId extends sild.v1.ServiceId.$Properties {
        }

        /**
         * Identifies a service offered by a provider subsystem.
         * Text form: `INSTANCE/MEMBER_CLASS/MEMBER_CODE/SUBSYSTEM/SERVICE_CODE.VERSION`,
         * e.g. `NL/GOV/00000001/brp/persons.v1`.
         */
        class ServiceId {

            /**
             * Constructs a new ServiceId.
             * @param [properties] Properties to set
             */
            constructor(properties?: sild.v1.ServiceId.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The provider subsystem that offers the service (its subsystem is required). */
            provider?: (sild.v1.ClientId.$Properties|null);

            /** Service code, e.g. `persons`. */
            serviceCode: string;

            /** Service version, e.g. `v1`. */
            serviceVersion: string;

            /**
             * Creates a new ServiceId instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceId instance
             */
            static create(properties: sild.v1.ServiceId.$Shape): sild.v1.ServiceId & sild.v1.ServiceId.$Shape;
            static create(properties?: sild.v1.ServiceId.$Properties): sild.v1.ServiceId;

            /**
             * Encodes the specified ServiceId message. Does not implicitly {@link sild.v1.ServiceId.verify|verify} messages.
             * @param message ServiceId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sild.v1.ServiceId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServiceId message, length delimited. Does not implicitly {@link sild.v1.ServiceId.verify|verify} messages.
             * @param message ServiceId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sild.v1.ServiceId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceId message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sild.v1.ServiceId & sild.v1.ServiceId.$Shape} ServiceId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.v1.ServiceId & sild.v1.ServiceId.$Shape;

            /**
             * Decodes a ServiceId message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sild.v1.ServiceId & sild.v1.ServiceId.$Shape} ServiceId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.v1.ServiceId & sild.v1.ServiceId.$Shape;

            /**
             * Verifies a ServiceId message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServiceId message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceId
             */
            static fromObject(object: { [k: string]: any }): sild.v1.ServiceId;

            /**
             * Creates a plain object from a ServiceId message. Also converts values to other types if specified.
             * @param message ServiceId
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sild.v1.ServiceId, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceId to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServiceId
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServiceId {

            /** Properties of a ServiceId. */
            interface $Properties {

                /** The provider subsystem that offers the service (its subsystem is required). */
                provider?: (sild.v1.ClientId.$Properties|null);

                /** Service code, e.g. `persons`. */
                serviceCode?: (string|null);

                /** Service version, e.g. `v1`. */
                serviceVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceId. */
            type $Shape = sild.v1.ServiceId.$Properties;
        }

        /**
         * Properties of an EventTypeId.
         * @deprecated Use sild.v1.EventTypeId.$Properties instead.
         */
        interface IEventTypeId extends sild.v1.EventTypeId.$Properties {
        }

        /** Identifies a kind of notification owned by one provider subsystem (the envelope's sender). */
        class EventTypeId {

            /**
             * Constructs a new EventTypeId.
             * @param [properties] Properties to set
             */
            constructor(properties?: sild.v1.EventTypeId.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dotted, versioned name, e.g. `nl.brp.person.relocated.v1`. */
            name: string;

            /**
             * Creates a new EventTypeId instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventTypeId instance
             */
            static create(properties: sild.v1.EventTypeId.$Shape): sild.v1.EventTypeId & sild.v1.EventTypeId.$Shape;
            static create(properties?: sild.v1.EventTypeId.$Properties): sild.v1.EventTypeId;

            /**
             * Encodes the specified EventTypeId message. Does not implicitly {@link sild.v1.EventTypeId.verify|verify} messages.
             * @param message EventTypeId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sild.v1.EventTypeId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EventTypeId message, length delimited. Does not implicitly {@link sild.v1.EventTypeId.verify|verify} messages.
             * @param message EventTypeId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sild.v1.EventTypeId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventTypeId message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sild.v1.EventTypeId & sild.v1.EventTypeId.$Shape} EventTypeId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.v1.EventTypeId & sild.v1.EventTypeId.$Shape;

            /**
             * Decodes an EventTypeId message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sild.v1.EventTypeId & sild.v1.EventTypeId.$Shape} EventTypeId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.v1.EventTypeId & sild.v1.EventTypeId.$Shape;

            /**
             * Verifies an EventTypeId message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EventTypeId message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventTypeId
             */
            static fromObject(object: { [k: string]: any }): sild.v1.EventTypeId;

            /**
             * Creates a plain object from an EventTypeId message. Also converts values to other types if specified.
             * @param message EventTypeId
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sild.v1.EventTypeId, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventTypeId to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EventTypeId
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventTypeId {

            /** Properties of an EventTypeId. */
            interface $Properties {

                /** Dotted, versioned name, e.g. `nl.brp.person.relocated.v1`. */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EventTypeId. */
            type $Shape = sild.v1.EventTypeId.$Properties;
        }

        /** Signature algorithms accepted on the bus. The hash is part of the algorithm. */
        enum SignatureAlgorithm {

            /** Not set: an envelope with this value is rejected as malformed. */
            SIGNATURE_ALGORITHM_UNSPECIFIED = 0,

            /** ECDSA over NIST P-256 with SHA-256; `value` is the DER-encoded ECDSA-Sig-Value. The default. */
            SIGNATURE_ALGORITHM_ECDSA_P256_SHA256 = 1,

            /** Pure Ed25519 (RFC 8032) over the to-be-signed bytes; `value` is 64 bytes. */
            SIGNATURE_ALGORITHM_ED25519 = 2,

            /** RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt; `value` is as long as the RSA modulus. */
            SIGNATURE_ALGORITHM_RSA_PSS_SHA256 = 3
        }

        /**
         * Properties of a Signature.
         * @deprecated Use sild.v1.Signature.$Properties instead.
         */
        interface ISignature extends sild.v1.Signature.$Properties {
        }

        /**
         * A signature over the envelope's to-be-signed bytes (TBS):
         * `"sild/v1/envelope\n" || uint32be(len(header)) || header || SHA-256(payload)`.
         */
        class Signature {

            /**
             * Constructs a new Signature.
             * @param [properties] Properties to set
             */
            constructor(properties?: sild.v1.Signature.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Algorithm used to produce `value`; must match the signer certificate's key type. */
            algorithm: sild.v1.SignatureAlgorithm;

            /** SHA-256 of the signer's X.509 certificate (DER), 32 bytes. */
            keyId: Uint8Array;

            /** Signature value in the algorithm's standard encoding. */
            value: Uint8Array;

            /**
             * Creates a new Signature instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Signature instance
             */
            static create(properties: sild.v1.Signature.$Shape): sild.v1.Signature & sild.v1.Signature.$Shape;
            static create(properties?: sild.v1.Signature.$Properties): sild.v1.Signature;

            /**
             * Encodes the specified Signature message. Does not implicitly {@link sild.v1.Signature.verify|verify} messages.
             * @param message Signature message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sild.v1.Signature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Signature message, length delimited. Does not implicitly {@link sild.v1.Signature.verify|verify} messages.
             * @param message Signature message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sild.v1.Signature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Signature message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sild.v1.Signature & sild.v1.Signature.$Shape} Signature
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.v1.Signature & sild.v1.Signature.$Shape;

            /**
             * Decodes a Signature message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sild.v1.Signature & sild.v1.Signature.$Shape} Signature
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.v1.Signature & sild.v1.Signature.$Shape;

            /**
             * Verifies a Signature message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Signature message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Signature
             */
            static fromObject(object: { [k: string]: any }): sild.v1.Signature;

            /**
             * Creates a plain object from a Signature message. Also converts values to other types if specified.
             * @param message Signature
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sild.v1.Signature, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Signature to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Signature
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Signature {

            /** Properties of a Signature. */
            interface $Properties {

                /** Algorithm used to produce `value`; must match the signer certificate's key type. */
                algorithm?: (sild.v1.SignatureAlgorithm|null);

                /** SHA-256 of the signer's X.509 certificate (DER), 32 bytes. */
                keyId?: (Uint8Array|null);

                /** Signature value in the algorithm's standard encoding. */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Signature. */
            type $Shape = sild.v1.Signature.$Properties;
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use sild.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends sild.v1.Envelope.$Properties {
        }

        /**
         * A signed message. The header is carried as bytes so that the signature covers exactly the
         * bytes that were sent; receivers verify those bytes and decode them, never a re-serialization.
         */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: sild.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** A serialized `sild.v1.Header`. */
            header: Uint8Array;

            /** The payload; its type, encoding and SHA-256 are declared in the header. */
            payload: Uint8Array;

            /** Signature over header and payload, made with the sender's signing key. */
            signature?: (sild.v1.Signature.$Properties|null);

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: sild.v1.Envelope.$Shape): sild.v1.Envelope & sild.v1.Envelope.$Shape;
            static create(properties?: sild.v1.Envelope.$Properties): sild.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link sild.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sild.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link sild.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sild.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sild.v1.Envelope & sild.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.v1.Envelope & sild.v1.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sild.v1.Envelope & sild.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.v1.Envelope & sild.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): sild.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sild.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** A serialized `sild.v1.Header`. */
                header?: (Uint8Array|null);

                /** The payload; its type, encoding and SHA-256 are declared in the header. */
                payload?: (Uint8Array|null);

                /** Signature over header and payload, made with the sender's signing key. */
                signature?: (sild.v1.Signature.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Envelope. */
            type $Shape = sild.v1.Envelope.$Properties;
        }

        /**
         * Properties of a FollowIndication.
         * @deprecated Use sild.v1.FollowIndication.$Properties instead.
         */
        interface IFollowIndication extends sild.v1.FollowIndication.$Properties {
        }

        /**
         * Payload of a MANAGEMENT envelope on the follows topic (key `<subscription id>/<subject key>`).
         * The envelope's sender must be the subscription's subscriber.
         */
        class FollowIndication {

            /**
             * Constructs a new FollowIndication.
             * @param [properties] Properties to set
             */
            constructor(properties?: sild.v1.FollowIndication.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** The subscription. */
            subscriptionId: string;

            /** The subject's keyed pseudonym. */
            subjectKey: string;

            /** True while following; false withdraws the indication. */
            following: boolean;

            /** When the interest ends; unset means until withdrawn. */
            until?: (google.protobuf.Timestamp.$Properties|null);

            /**
             * Creates a new FollowIndication instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FollowIndication instance
             */
            static create(properties: sild.v1.FollowIndication.$Shape): sild.v1.FollowIndication & sild.v1.FollowIndication.$Shape;
            static create(properties?: sild.v1.FollowIndication.$Properties): sild.v1.FollowIndication;

            /**
             * Encodes the specified FollowIndication message. Does not implicitly {@link sild.v1.FollowIndication.verify|verify} messages.
             * @param message FollowIndication message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sild.v1.FollowIndication.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FollowIndication message, length delimited. Does not implicitly {@link sild.v1.FollowIndication.verify|verify} messages.
             * @param message FollowIndication message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sild.v1.FollowIndication.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FollowIndication message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sild.v1.FollowIndication & sild.v1.FollowIndication.$Shape} FollowIndication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.v1.FollowIndication & sild.v1.FollowIndication.$Shape;

            /**
             * Decodes a FollowIndication message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sild.v1.FollowIndication & sild.v1.FollowIndication.$Shape} FollowIndication
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.v1.FollowIndication & sild.v1.FollowIndication.$Shape;

            /**
             * Verifies a FollowIndication message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FollowIndication message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FollowIndication
             */
            static fromObject(object: { [k: string]: any }): sild.v1.FollowIndication;

            /**
             * Creates a plain object from a FollowIndication message. Also converts values to other types if specified.
             * @param message FollowIndication
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sild.v1.FollowIndication, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FollowIndication to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FollowIndication
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FollowIndication {

            /** Properties of a FollowIndication. */
            interface $Properties {

                /** The subscription. */
                subscriptionId?: (string|null);

                /** The subject's keyed pseudonym. */
                subjectKey?: (string|null);

                /** True while following; false withdraws the indication. */
                following?: (boolean|null);

                /** When the interest ends; unset means until withdrawn. */
                until?: (google.protobuf.Timestamp.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FollowIndication. */
            type $Shape = sild.v1.FollowIndication.$Properties;
        }
    }

    /** Namespace examples. */
    namespace examples {

        /** Namespace population. */
        namespace population {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a Date.
                 * @deprecated Use sild.examples.population.v1.Date.$Properties instead.
                 */
                interface IDate extends sild.examples.population.v1.Date.$Properties {
                }

                /** A calendar date without time zone. */
                class Date {

                    /**
                     * Constructs a new Date.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.Date.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Year, e.g. 1987. */
                    year: number;

                    /** Month of year, 1-12. */
                    month: number;

                    /** Day of month, 1-31. */
                    day: number;

                    /**
                     * Creates a new Date instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Date instance
                     */
                    static create(properties: sild.examples.population.v1.Date.$Shape): sild.examples.population.v1.Date & sild.examples.population.v1.Date.$Shape;
                    static create(properties?: sild.examples.population.v1.Date.$Properties): sild.examples.population.v1.Date;

                    /**
                     * Encodes the specified Date message. Does not implicitly {@link sild.examples.population.v1.Date.verify|verify} messages.
                     * @param message Date message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.Date.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Date message, length delimited. Does not implicitly {@link sild.examples.population.v1.Date.verify|verify} messages.
                     * @param message Date message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.Date.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Date message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.Date & sild.examples.population.v1.Date.$Shape} Date
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.Date & sild.examples.population.v1.Date.$Shape;

                    /**
                     * Decodes a Date message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.Date & sild.examples.population.v1.Date.$Shape} Date
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.Date & sild.examples.population.v1.Date.$Shape;

                    /**
                     * Verifies a Date message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Date message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Date
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.Date;

                    /**
                     * Creates a plain object from a Date message. Also converts values to other types if specified.
                     * @param message Date
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.Date, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Date to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Date
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Date {

                    /** Properties of a Date. */
                    interface $Properties {

                        /** Year, e.g. 1987. */
                        year?: (number|null);

                        /** Month of year, 1-12. */
                        month?: (number|null);

                        /** Day of month, 1-31. */
                        day?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Date. */
                    type $Shape = sild.examples.population.v1.Date.$Properties;
                }

                /**
                 * Properties of an Address.
                 * @deprecated Use sild.examples.population.v1.Address.$Properties instead.
                 */
                interface IAddress extends sild.examples.population.v1.Address.$Properties {
                }

                /** A Dutch-style address. */
                class Address {

                    /**
                     * Constructs a new Address.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.Address.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Street name. */
                    street: string;

                    /** House number, with any letter or addition, e.g. `12A`. */
                    houseNumber: string;

                    /** Postal code, e.g. `1011 AB`. */
                    postalCode: string;

                    /** City or place name. */
                    city: string;

                    /** Municipality code of the address, e.g. `0363` (Amsterdam). */
                    municipalityCode: string;

                    /**
                     * Creates a new Address instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Address instance
                     */
                    static create(properties: sild.examples.population.v1.Address.$Shape): sild.examples.population.v1.Address & sild.examples.population.v1.Address.$Shape;
                    static create(properties?: sild.examples.population.v1.Address.$Properties): sild.examples.population.v1.Address;

                    /**
                     * Encodes the specified Address message. Does not implicitly {@link sild.examples.population.v1.Address.verify|verify} messages.
                     * @param message Address message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Address message, length delimited. Does not implicitly {@link sild.examples.population.v1.Address.verify|verify} messages.
                     * @param message Address message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Address message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.Address & sild.examples.population.v1.Address.$Shape} Address
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.Address & sild.examples.population.v1.Address.$Shape;

                    /**
                     * Decodes an Address message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.Address & sild.examples.population.v1.Address.$Shape} Address
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.Address & sild.examples.population.v1.Address.$Shape;

                    /**
                     * Verifies an Address message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates an Address message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Address
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.Address;

                    /**
                     * Creates a plain object from an Address message. Also converts values to other types if specified.
                     * @param message Address
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.Address, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Address to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Address
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Address {

                    /** Properties of an Address. */
                    interface $Properties {

                        /** Street name. */
                        street?: (string|null);

                        /** House number, with any letter or addition, e.g. `12A`. */
                        houseNumber?: (string|null);

                        /** Postal code, e.g. `1011 AB`. */
                        postalCode?: (string|null);

                        /** City or place name. */
                        city?: (string|null);

                        /** Municipality code of the address, e.g. `0363` (Amsterdam). */
                        municipalityCode?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Address. */
                    type $Shape = sild.examples.population.v1.Address.$Properties;
                }

                /**
                 * Properties of a PersonName.
                 * @deprecated Use sild.examples.population.v1.PersonName.$Properties instead.
                 */
                interface IPersonName extends sild.examples.population.v1.PersonName.$Properties {
                }

                /** A person's name. */
                class PersonName {

                    /**
                     * Constructs a new PersonName.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.PersonName.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Given names, space separated. */
                    givenNames: string;

                    /** Surname prefix, e.g. `van der`. */
                    surnamePrefix: string;

                    /** Surname. */
                    surname: string;

                    /**
                     * Creates a new PersonName instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PersonName instance
                     */
                    static create(properties: sild.examples.population.v1.PersonName.$Shape): sild.examples.population.v1.PersonName & sild.examples.population.v1.PersonName.$Shape;
                    static create(properties?: sild.examples.population.v1.PersonName.$Properties): sild.examples.population.v1.PersonName;

                    /**
                     * Encodes the specified PersonName message. Does not implicitly {@link sild.examples.population.v1.PersonName.verify|verify} messages.
                     * @param message PersonName message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.PersonName.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified PersonName message, length delimited. Does not implicitly {@link sild.examples.population.v1.PersonName.verify|verify} messages.
                     * @param message PersonName message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.PersonName.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PersonName message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.PersonName & sild.examples.population.v1.PersonName.$Shape} PersonName
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.PersonName & sild.examples.population.v1.PersonName.$Shape;

                    /**
                     * Decodes a PersonName message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.PersonName & sild.examples.population.v1.PersonName.$Shape} PersonName
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.PersonName & sild.examples.population.v1.PersonName.$Shape;

                    /**
                     * Verifies a PersonName message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a PersonName message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns PersonName
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.PersonName;

                    /**
                     * Creates a plain object from a PersonName message. Also converts values to other types if specified.
                     * @param message PersonName
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.PersonName, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this PersonName to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for PersonName
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PersonName {

                    /** Properties of a PersonName. */
                    interface $Properties {

                        /** Given names, space separated. */
                        givenNames?: (string|null);

                        /** Surname prefix, e.g. `van der`. */
                        surnamePrefix?: (string|null);

                        /** Surname. */
                        surname?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a PersonName. */
                    type $Shape = sild.examples.population.v1.PersonName.$Properties;
                }

                /**
                 * Properties of a Person.
                 * @deprecated Use sild.examples.population.v1.Person.$Properties instead.
                 */
                interface IPerson extends sild.examples.population.v1.Person.$Properties {
                }

                /** A person as the population register knows them. */
                class Person {

                    /**
                     * Constructs a new Person.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.Person.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** National identification number (BSN). Only ever inside a payload, never in keys or headers. */
                    nationalId: string;

                    /** Current name. */
                    name?: (sild.examples.population.v1.PersonName.$Properties|null);

                    /** Date of birth. */
                    birthDate?: (sild.examples.population.v1.Date.$Properties|null);

                    /** Current residential address. */
                    address?: (sild.examples.population.v1.Address.$Properties|null);

                    /** Date of death, when deceased. */
                    deathDate?: (sild.examples.population.v1.Date.$Properties|null);

                    /**
                     * Creates a new Person instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Person instance
                     */
                    static create(properties: sild.examples.population.v1.Person.$Shape): sild.examples.population.v1.Person & sild.examples.population.v1.Person.$Shape;
                    static create(properties?: sild.examples.population.v1.Person.$Properties): sild.examples.population.v1.Person;

                    /**
                     * Encodes the specified Person message. Does not implicitly {@link sild.examples.population.v1.Person.verify|verify} messages.
                     * @param message Person message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.Person.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified Person message, length delimited. Does not implicitly {@link sild.examples.population.v1.Person.verify|verify} messages.
                     * @param message Person message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.Person.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Person message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.Person & sild.examples.population.v1.Person.$Shape} Person
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.Person & sild.examples.population.v1.Person.$Shape;

                    /**
                     * Decodes a Person message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.Person & sild.examples.population.v1.Person.$Shape} Person
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.Person & sild.examples.population.v1.Person.$Shape;

                    /**
                     * Verifies a Person message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a Person message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Person
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.Person;

                    /**
                     * Creates a plain object from a Person message. Also converts values to other types if specified.
                     * @param message Person
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.Person, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Person to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Person
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Person {

                    /** Properties of a Person. */
                    interface $Properties {

                        /** National identification number (BSN). Only ever inside a payload, never in keys or headers. */
                        nationalId?: (string|null);

                        /** Current name. */
                        name?: (sild.examples.population.v1.PersonName.$Properties|null);

                        /** Date of birth. */
                        birthDate?: (sild.examples.population.v1.Date.$Properties|null);

                        /** Current residential address. */
                        address?: (sild.examples.population.v1.Address.$Properties|null);

                        /** Date of death, when deceased. */
                        deathDate?: (sild.examples.population.v1.Date.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Person. */
                    type $Shape = sild.examples.population.v1.Person.$Properties;
                }

                /**
                 * Properties of a BirthRegistered.
                 * @deprecated Use sild.examples.population.v1.BirthRegistered.$Properties instead.
                 */
                interface IBirthRegistered extends sild.examples.population.v1.BirthRegistered.$Properties {
                }

                /** Event `nl.brp.person.born.v1`: a birth was registered. */
                class BirthRegistered {

                    /**
                     * Constructs a new BirthRegistered.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.BirthRegistered.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** The newborn as registered. */
                    person?: (sild.examples.population.v1.Person.$Properties|null);

                    /** National ids of the parents known to the register. */
                    parentNationalIds: string[];

                    /** Municipality code of the place of birth. */
                    birthMunicipalityCode: string;

                    /**
                     * Creates a new BirthRegistered instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BirthRegistered instance
                     */
                    static create(properties: sild.examples.population.v1.BirthRegistered.$Shape): sild.examples.population.v1.BirthRegistered & sild.examples.population.v1.BirthRegistered.$Shape;
                    static create(properties?: sild.examples.population.v1.BirthRegistered.$Properties): sild.examples.population.v1.BirthRegistered;

                    /**
                     * Encodes the specified BirthRegistered message. Does not implicitly {@link sild.examples.population.v1.BirthRegistered.verify|verify} messages.
                     * @param message BirthRegistered message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.BirthRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified BirthRegistered message, length delimited. Does not implicitly {@link sild.examples.population.v1.BirthRegistered.verify|verify} messages.
                     * @param message BirthRegistered message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.BirthRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BirthRegistered message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.BirthRegistered & sild.examples.population.v1.BirthRegistered.$Shape} BirthRegistered
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.BirthRegistered & sild.examples.population.v1.BirthRegistered.$Shape;

                    /**
                     * Decodes a BirthRegistered message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.BirthRegistered & sild.examples.population.v1.BirthRegistered.$Shape} BirthRegistered
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.BirthRegistered & sild.examples.population.v1.BirthRegistered.$Shape;

                    /**
                     * Verifies a BirthRegistered message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a BirthRegistered message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns BirthRegistered
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.BirthRegistered;

                    /**
                     * Creates a plain object from a BirthRegistered message. Also converts values to other types if specified.
                     * @param message BirthRegistered
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.BirthRegistered, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BirthRegistered to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BirthRegistered
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BirthRegistered {

                    /** Properties of a BirthRegistered. */
                    interface $Properties {

                        /** The newborn as registered. */
                        person?: (sild.examples.population.v1.Person.$Properties|null);

                        /** National ids of the parents known to the register. */
                        parentNationalIds?: (string[]|null);

                        /** Municipality code of the place of birth. */
                        birthMunicipalityCode?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BirthRegistered. */
                    type $Shape = sild.examples.population.v1.BirthRegistered.$Properties;
                }

                /**
                 * Properties of a DeathRegistered.
                 * @deprecated Use sild.examples.population.v1.DeathRegistered.$Properties instead.
                 */
                interface IDeathRegistered extends sild.examples.population.v1.DeathRegistered.$Properties {
                }

                /** Event `nl.brp.person.died.v1`: a death was registered. */
                class DeathRegistered {

                    /**
                     * Constructs a new DeathRegistered.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.DeathRegistered.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** National id of the deceased. */
                    nationalId: string;

                    /** Date of death. */
                    deathDate?: (sild.examples.population.v1.Date.$Properties|null);

                    /** Municipality code of the place of death. */
                    deathMunicipalityCode: string;

                    /**
                     * Creates a new DeathRegistered instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns DeathRegistered instance
                     */
                    static create(properties: sild.examples.population.v1.DeathRegistered.$Shape): sild.examples.population.v1.DeathRegistered & sild.examples.population.v1.DeathRegistered.$Shape;
                    static create(properties?: sild.examples.population.v1.DeathRegistered.$Properties): sild.examples.population.v1.DeathRegistered;

                    /**
                     * Encodes the specified DeathRegistered message. Does not implicitly {@link sild.examples.population.v1.DeathRegistered.verify|verify} messages.
                     * @param message DeathRegistered message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.DeathRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified DeathRegistered message, length delimited. Does not implicitly {@link sild.examples.population.v1.DeathRegistered.verify|verify} messages.
                     * @param message DeathRegistered message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.DeathRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a DeathRegistered message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.DeathRegistered & sild.examples.population.v1.DeathRegistered.$Shape} DeathRegistered
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.DeathRegistered & sild.examples.population.v1.DeathRegistered.$Shape;

                    /**
                     * Decodes a DeathRegistered message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.DeathRegistered & sild.examples.population.v1.DeathRegistered.$Shape} DeathRegistered
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.DeathRegistered & sild.examples.population.v1.DeathRegistered.$Shape;

                    /**
                     * Verifies a DeathRegistered message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a DeathRegistered message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns DeathRegistered
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.DeathRegistered;

                    /**
                     * Creates a plain object from a DeathRegistered message. Also converts values to other types if specified.
                     * @param message DeathRegistered
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.DeathRegistered, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this DeathRegistered to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for DeathRegistered
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace DeathRegistered {

                    /** Properties of a DeathRegistered. */
                    interface $Properties {

                        /** National id of the deceased. */
                        nationalId?: (string|null);

                        /** Date of death. */
                        deathDate?: (sild.examples.population.v1.Date.$Properties|null);

                        /** Municipality code of the place of death. */
                        deathMunicipalityCode?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a DeathRegistered. */
                    type $Shape = sild.examples.population.v1.DeathRegistered.$Properties;
                }

                /**
                 * Properties of a PersonRelocated.
                 * @deprecated Use sild.examples.population.v1.PersonRelocated.$Properties instead.
                 */
                interface IPersonRelocated extends sild.examples.population.v1.PersonRelocated.$Properties {
                }

                /** Event `nl.brp.person.relocated.v1`: a person moved to a new address. */
                class PersonRelocated {

                    /**
                     * Constructs a new PersonRelocated.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.PersonRelocated.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** National id of the person. */
                    nationalId: string;

                    /** Previous address. */
                    previousAddress?: (sild.examples.population.v1.Address.$Properties|null);

                    /** New address. */
                    newAddress?: (sild.examples.population.v1.Address.$Properties|null);

                    /** Date the move took effect. */
                    effectiveDate?: (sild.examples.population.v1.Date.$Properties|null);

                    /**
                     * Creates a new PersonRelocated instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns PersonRelocated instance
                     */
                    static create(properties: sild.examples.population.v1.PersonRelocated.$Shape): sild.examples.population.v1.PersonRelocated & sild.examples.population.v1.PersonRelocated.$Shape;
                    static create(properties?: sild.examples.population.v1.PersonRelocated.$Properties): sild.examples.population.v1.PersonRelocated;

                    /**
                     * Encodes the specified PersonRelocated message. Does not implicitly {@link sild.examples.population.v1.PersonRelocated.verify|verify} messages.
                     * @param message PersonRelocated message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.PersonRelocated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified PersonRelocated message, length delimited. Does not implicitly {@link sild.examples.population.v1.PersonRelocated.verify|verify} messages.
                     * @param message PersonRelocated message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.PersonRelocated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a PersonRelocated message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.PersonRelocated & sild.examples.population.v1.PersonRelocated.$Shape} PersonRelocated
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.PersonRelocated & sild.examples.population.v1.PersonRelocated.$Shape;

                    /**
                     * Decodes a PersonRelocated message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.PersonRelocated & sild.examples.population.v1.PersonRelocated.$Shape} PersonRelocated
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.PersonRelocated & sild.examples.population.v1.PersonRelocated.$Shape;

                    /**
                     * Verifies a PersonRelocated message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a PersonRelocated message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns PersonRelocated
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.PersonRelocated;

                    /**
                     * Creates a plain object from a PersonRelocated message. Also converts values to other types if specified.
                     * @param message PersonRelocated
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.PersonRelocated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this PersonRelocated to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for PersonRelocated
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PersonRelocated {

                    /** Properties of a PersonRelocated. */
                    interface $Properties {

                        /** National id of the person. */
                        nationalId?: (string|null);

                        /** Previous address. */
                        previousAddress?: (sild.examples.population.v1.Address.$Properties|null);

                        /** New address. */
                        newAddress?: (sild.examples.population.v1.Address.$Properties|null);

                        /** Date the move took effect. */
                        effectiveDate?: (sild.examples.population.v1.Date.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a PersonRelocated. */
                    type $Shape = sild.examples.population.v1.PersonRelocated.$Properties;
                }

                /**
                 * Properties of a NameChanged.
                 * @deprecated Use sild.examples.population.v1.NameChanged.$Properties instead.
                 */
                interface INameChanged extends sild.examples.population.v1.NameChanged.$Properties {
                }

                /** Event `nl.brp.person.renamed.v1`: a person's name changed. */
                class NameChanged {

                    /**
                     * Constructs a new NameChanged.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.NameChanged.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** National id of the person. */
                    nationalId: string;

                    /** Previous name. */
                    previousName?: (sild.examples.population.v1.PersonName.$Properties|null);

                    /** New name. */
                    newName?: (sild.examples.population.v1.PersonName.$Properties|null);

                    /** Date the change took effect. */
                    effectiveDate?: (sild.examples.population.v1.Date.$Properties|null);

                    /**
                     * Creates a new NameChanged instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns NameChanged instance
                     */
                    static create(properties: sild.examples.population.v1.NameChanged.$Shape): sild.examples.population.v1.NameChanged & sild.examples.population.v1.NameChanged.$Shape;
                    static create(properties?: sild.examples.population.v1.NameChanged.$Properties): sild.examples.population.v1.NameChanged;

                    /**
                     * Encodes the specified NameChanged message. Does not implicitly {@link sild.examples.population.v1.NameChanged.verify|verify} messages.
                     * @param message NameChanged message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.NameChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified NameChanged message, length delimited. Does not implicitly {@link sild.examples.population.v1.NameChanged.verify|verify} messages.
                     * @param message NameChanged message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.NameChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a NameChanged message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.NameChanged & sild.examples.population.v1.NameChanged.$Shape} NameChanged
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.NameChanged & sild.examples.population.v1.NameChanged.$Shape;

                    /**
                     * Decodes a NameChanged message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.NameChanged & sild.examples.population.v1.NameChanged.$Shape} NameChanged
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.NameChanged & sild.examples.population.v1.NameChanged.$Shape;

                    /**
                     * Verifies a NameChanged message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a NameChanged message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns NameChanged
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.NameChanged;

                    /**
                     * Creates a plain object from a NameChanged message. Also converts values to other types if specified.
                     * @param message NameChanged
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.NameChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this NameChanged to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for NameChanged
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace NameChanged {

                    /** Properties of a NameChanged. */
                    interface $Properties {

                        /** National id of the person. */
                        nationalId?: (string|null);

                        /** Previous name. */
                        previousName?: (sild.examples.population.v1.PersonName.$Properties|null);

                        /** New name. */
                        newName?: (sild.examples.population.v1.PersonName.$Properties|null);

                        /** Date the change took effect. */
                        effectiveDate?: (sild.examples.population.v1.Date.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a NameChanged. */
                    type $Shape = sild.examples.population.v1.NameChanged.$Properties;
                }

                /**
                 * Properties of a GetPersonRequest.
                 * @deprecated Use sild.examples.population.v1.GetPersonRequest.$Properties instead.
                 */
                interface IGetPersonRequest extends sild.examples.population.v1.GetPersonRequest.$Properties {
                }

                /** Request of service `persons.v1` (operation "get person"). */
                class GetPersonRequest {

                    /**
                     * Constructs a new GetPersonRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.GetPersonRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** National id of the person asked for. */
                    nationalId: string;

                    /**
                     * Creates a new GetPersonRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPersonRequest instance
                     */
                    static create(properties: sild.examples.population.v1.GetPersonRequest.$Shape): sild.examples.population.v1.GetPersonRequest & sild.examples.population.v1.GetPersonRequest.$Shape;
                    static create(properties?: sild.examples.population.v1.GetPersonRequest.$Properties): sild.examples.population.v1.GetPersonRequest;

                    /**
                     * Encodes the specified GetPersonRequest message. Does not implicitly {@link sild.examples.population.v1.GetPersonRequest.verify|verify} messages.
                     * @param message GetPersonRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.GetPersonRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified GetPersonRequest message, length delimited. Does not implicitly {@link sild.examples.population.v1.GetPersonRequest.verify|verify} messages.
                     * @param message GetPersonRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.GetPersonRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPersonRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.GetPersonRequest & sild.examples.population.v1.GetPersonRequest.$Shape} GetPersonRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.GetPersonRequest & sild.examples.population.v1.GetPersonRequest.$Shape;

                    /**
                     * Decodes a GetPersonRequest message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.GetPersonRequest & sild.examples.population.v1.GetPersonRequest.$Shape} GetPersonRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.GetPersonRequest & sild.examples.population.v1.GetPersonRequest.$Shape;

                    /**
                     * Verifies a GetPersonRequest message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a GetPersonRequest message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns GetPersonRequest
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.GetPersonRequest;

                    /**
                     * Creates a plain object from a GetPersonRequest message. Also converts values to other types if specified.
                     * @param message GetPersonRequest
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.GetPersonRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this GetPersonRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for GetPersonRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace GetPersonRequest {

                    /** Properties of a GetPersonRequest. */
                    interface $Properties {

                        /** National id of the person asked for. */
                        nationalId?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a GetPersonRequest. */
                    type $Shape = sild.examples.population.v1.GetPersonRequest.$Properties;
                }

                /**
                 * Properties of a GetPersonResponse.
                 * @deprecated Use sild.examples.population.v1.GetPersonResponse.$Properties instead.
                 */
                interface IGetPersonResponse extends sild.examples.population.v1.GetPersonResponse.$Properties {
                }

                /** Response of service `persons.v1` (operation "get person"). */
                class GetPersonResponse {

                    /**
                     * Constructs a new GetPersonResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.GetPersonResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** The person found. */
                    person?: (sild.examples.population.v1.Person.$Properties|null);

                    /**
                     * Creates a new GetPersonResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns GetPersonResponse instance
                     */
                    static create(properties: sild.examples.population.v1.GetPersonResponse.$Shape): sild.examples.population.v1.GetPersonResponse & sild.examples.population.v1.GetPersonResponse.$Shape;
                    static create(properties?: sild.examples.population.v1.GetPersonResponse.$Properties): sild.examples.population.v1.GetPersonResponse;

                    /**
                     * Encodes the specified GetPersonResponse message. Does not implicitly {@link sild.examples.population.v1.GetPersonResponse.verify|verify} messages.
                     * @param message GetPersonResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.GetPersonResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified GetPersonResponse message, length delimited. Does not implicitly {@link sild.examples.population.v1.GetPersonResponse.verify|verify} messages.
                     * @param message GetPersonResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.GetPersonResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a GetPersonResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.GetPersonResponse & sild.examples.population.v1.GetPersonResponse.$Shape} GetPersonResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.GetPersonResponse & sild.examples.population.v1.GetPersonResponse.$Shape;

                    /**
                     * Decodes a GetPersonResponse message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.GetPersonResponse & sild.examples.population.v1.GetPersonResponse.$Shape} GetPersonResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.GetPersonResponse & sild.examples.population.v1.GetPersonResponse.$Shape;

                    /**
                     * Verifies a GetPersonResponse message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a GetPersonResponse message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns GetPersonResponse
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.GetPersonResponse;

                    /**
                     * Creates a plain object from a GetPersonResponse message. Also converts values to other types if specified.
                     * @param message GetPersonResponse
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.GetPersonResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this GetPersonResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for GetPersonResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace GetPersonResponse {

                    /** Properties of a GetPersonResponse. */
                    interface $Properties {

                        /** The person found. */
                        person?: (sild.examples.population.v1.Person.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a GetPersonResponse. */
                    type $Shape = sild.examples.population.v1.GetPersonResponse.$Properties;
                }

                /**
                 * Properties of a SearchPersonsRequest.
                 * @deprecated Use sild.examples.population.v1.SearchPersonsRequest.$Properties instead.
                 */
                interface ISearchPersonsRequest extends sild.examples.population.v1.SearchPersonsRequest.$Properties {
                }

                /** Request of service `persons.v1` (operation "search by municipality"). */
                class SearchPersonsRequest {

                    /**
                     * Constructs a new SearchPersonsRequest.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.SearchPersonsRequest.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Municipality code of the residential address, e.g. `0363`. */
                    municipalityCode: string;

                    /** Most persons returned; 0 means 50, at most 500. */
                    pageSize: number;

                    /** Continuation from a previous response's `next_page_token`; empty for the first page. */
                    pageToken: string;

                    /**
                     * Creates a new SearchPersonsRequest instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SearchPersonsRequest instance
                     */
                    static create(properties: sild.examples.population.v1.SearchPersonsRequest.$Shape): sild.examples.population.v1.SearchPersonsRequest & sild.examples.population.v1.SearchPersonsRequest.$Shape;
                    static create(properties?: sild.examples.population.v1.SearchPersonsRequest.$Properties): sild.examples.population.v1.SearchPersonsRequest;

                    /**
                     * Encodes the specified SearchPersonsRequest message. Does not implicitly {@link sild.examples.population.v1.SearchPersonsRequest.verify|verify} messages.
                     * @param message SearchPersonsRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.SearchPersonsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified SearchPersonsRequest message, length delimited. Does not implicitly {@link sild.examples.population.v1.SearchPersonsRequest.verify|verify} messages.
                     * @param message SearchPersonsRequest message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.SearchPersonsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SearchPersonsRequest message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.SearchPersonsRequest & sild.examples.population.v1.SearchPersonsRequest.$Shape} SearchPersonsRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.SearchPersonsRequest & sild.examples.population.v1.SearchPersonsRequest.$Shape;

                    /**
                     * Decodes a SearchPersonsRequest message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.SearchPersonsRequest & sild.examples.population.v1.SearchPersonsRequest.$Shape} SearchPersonsRequest
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.SearchPersonsRequest & sild.examples.population.v1.SearchPersonsRequest.$Shape;

                    /**
                     * Verifies a SearchPersonsRequest message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a SearchPersonsRequest message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns SearchPersonsRequest
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.SearchPersonsRequest;

                    /**
                     * Creates a plain object from a SearchPersonsRequest message. Also converts values to other types if specified.
                     * @param message SearchPersonsRequest
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.SearchPersonsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this SearchPersonsRequest to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for SearchPersonsRequest
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace SearchPersonsRequest {

                    /** Properties of a SearchPersonsRequest. */
                    interface $Properties {

                        /** Municipality code of the residential address, e.g. `0363`. */
                        municipalityCode?: (string|null);

                        /** Most persons returned; 0 means 50, at most 500. */
                        pageSize?: (number|null);

                        /** Continuation from a previous response's `next_page_token`; empty for the first page. */
                        pageToken?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SearchPersonsRequest. */
                    type $Shape = sild.examples.population.v1.SearchPersonsRequest.$Properties;
                }

                /**
                 * Properties of a SearchPersonsResponse.
                 * @deprecated Use sild.examples.population.v1.SearchPersonsResponse.$Properties instead.
                 */
                interface ISearchPersonsResponse extends sild.examples.population.v1.SearchPersonsResponse.$Properties {
                }

                /** Response of service `persons.v1` (operation "search by municipality"). */
                class SearchPersonsResponse {

                    /**
                     * Constructs a new SearchPersonsResponse.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: sild.examples.population.v1.SearchPersonsResponse.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Living residents of the municipality, ordered by national id. */
                    persons: sild.examples.population.v1.Person.$Properties[];

                    /** Token of the next page; empty on the last page. */
                    nextPageToken: string;

                    /** Number of living residents of the municipality. */
                    total: number;

                    /**
                     * Creates a new SearchPersonsResponse instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SearchPersonsResponse instance
                     */
                    static create(properties: sild.examples.population.v1.SearchPersonsResponse.$Shape): sild.examples.population.v1.SearchPersonsResponse & sild.examples.population.v1.SearchPersonsResponse.$Shape;
                    static create(properties?: sild.examples.population.v1.SearchPersonsResponse.$Properties): sild.examples.population.v1.SearchPersonsResponse;

                    /**
                     * Encodes the specified SearchPersonsResponse message. Does not implicitly {@link sild.examples.population.v1.SearchPersonsResponse.verify|verify} messages.
                     * @param message SearchPersonsResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: sild.examples.population.v1.SearchPersonsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Encodes the specified SearchPersonsResponse message, length delimited. Does not implicitly {@link sild.examples.population.v1.SearchPersonsResponse.verify|verify} messages.
                     * @param message SearchPersonsResponse message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encodeDelimited(message: sild.examples.population.v1.SearchPersonsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SearchPersonsResponse message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {sild.examples.population.v1.SearchPersonsResponse & sild.examples.population.v1.SearchPersonsResponse.$Shape} SearchPersonsResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.examples.population.v1.SearchPersonsResponse & sild.examples.population.v1.SearchPersonsResponse.$Shape;

                    /**
                     * Decodes a SearchPersonsResponse message from the specified reader or buffer, length delimited.
                     * @param reader Reader or buffer to decode from
                     * @returns {sild.examples.population.v1.SearchPersonsResponse & sild.examples.population.v1.SearchPersonsResponse.$Shape} SearchPersonsResponse
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.examples.population.v1.SearchPersonsResponse & sild.examples.population.v1.SearchPersonsResponse.$Shape;

                    /**
                     * Verifies a SearchPersonsResponse message.
                     * @param message Plain object to verify
                     * @returns `null` if valid, otherwise the reason why it is not
                     */
                    static verify(message: { [k: string]: any }): (string|null);

                    /**
                     * Creates a SearchPersonsResponse message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns SearchPersonsResponse
                     */
                    static fromObject(object: { [k: string]: any }): sild.examples.population.v1.SearchPersonsResponse;

                    /**
                     * Creates a plain object from a SearchPersonsResponse message. Also converts values to other types if specified.
                     * @param message SearchPersonsResponse
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: sild.examples.population.v1.SearchPersonsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this SearchPersonsResponse to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for SearchPersonsResponse
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace SearchPersonsResponse {

                    /** Properties of a SearchPersonsResponse. */
                    interface $Properties {

                        /** Living residents of the municipality, ordered by national id. */
                        persons?: (sild.examples.population.v1.Person.$Properties[]|null);

                        /** Token of the next page; empty on the last page. */
                        nextPageToken?: (string|null);

                        /** Number of living residents of the municipality. */
                        total?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SearchPersonsResponse. */
                    type $Shape = sild.examples.population.v1.SearchPersonsResponse.$Properties;
                }
            }
        }
    }

    /** Namespace gateway. */
    namespace gateway {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a PublishRequest.
             * @deprecated Use sild.gateway.v1.PublishRequest.$Properties instead.
             */
            interface IPublishRequest extends sild.gateway.v1.PublishRequest.$Properties {
            }

            /** An event to publish. */
            class PublishRequest {

                /**
                 * Constructs a new PublishRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.PublishRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subsystem that owns the event type; the caller's API token must allow it. */
                publisher?: (sild.v1.ClientId.$Properties|null);

                /** The event type, e.g. `nl.brp.person.relocated.v1`. */
                eventType: string;

                /**
                 * The subject the event is about, e.g. a citizen service number. It never leaves the gateway:
                 * the envelope and the Kafka key carry its keyed pseudonym (the subject key).
                 */
                subject: string;

                /** Header attributes for subscription filters (see `sild.v1.Header.attributes`). */
                attributes: { [k: string]: string };

                /** The event payload (at most the gateway's payload limit). */
                payload: Uint8Array;

                /** Type URL of the payload; must be the event type's registered payload type when it has one. */
                payloadType: string;

                /** How the payload is encoded; unset means protobuf. */
                payloadEncoding: sild.v1.PayloadEncoding;

                /**
                 * Creates a new PublishRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishRequest instance
                 */
                static create(properties: sild.gateway.v1.PublishRequest.$Shape): sild.gateway.v1.PublishRequest & sild.gateway.v1.PublishRequest.$Shape;
                static create(properties?: sild.gateway.v1.PublishRequest.$Properties): sild.gateway.v1.PublishRequest;

                /**
                 * Encodes the specified PublishRequest message. Does not implicitly {@link sild.gateway.v1.PublishRequest.verify|verify} messages.
                 * @param message PublishRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.PublishRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PublishRequest message, length delimited. Does not implicitly {@link sild.gateway.v1.PublishRequest.verify|verify} messages.
                 * @param message PublishRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.PublishRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.PublishRequest & sild.gateway.v1.PublishRequest.$Shape} PublishRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.PublishRequest & sild.gateway.v1.PublishRequest.$Shape;

                /**
                 * Decodes a PublishRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.PublishRequest & sild.gateway.v1.PublishRequest.$Shape} PublishRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.PublishRequest & sild.gateway.v1.PublishRequest.$Shape;

                /**
                 * Verifies a PublishRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.PublishRequest;

                /**
                 * Creates a plain object from a PublishRequest message. Also converts values to other types if specified.
                 * @param message PublishRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.PublishRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishRequest {

                /** Properties of a PublishRequest. */
                interface $Properties {

                    /** The subsystem that owns the event type; the caller's API token must allow it. */
                    publisher?: (sild.v1.ClientId.$Properties|null);

                    /** The event type, e.g. `nl.brp.person.relocated.v1`. */
                    eventType?: (string|null);

                    /**
                     * The subject the event is about, e.g. a citizen service number. It never leaves the gateway:
                     * the envelope and the Kafka key carry its keyed pseudonym (the subject key).
                     */
                    subject?: (string|null);

                    /** Header attributes for subscription filters (see `sild.v1.Header.attributes`). */
                    attributes?: ({ [k: string]: string }|null);

                    /** The event payload (at most the gateway's payload limit). */
                    payload?: (Uint8Array|null);

                    /** Type URL of the payload; must be the event type's registered payload type when it has one. */
                    payloadType?: (string|null);

                    /** How the payload is encoded; unset means protobuf. */
                    payloadEncoding?: (sild.v1.PayloadEncoding|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublishRequest. */
                type $Shape = sild.gateway.v1.PublishRequest.$Properties;
            }

            /**
             * Properties of a PublishResponse.
             * @deprecated Use sild.gateway.v1.PublishResponse.$Properties instead.
             */
            interface IPublishResponse extends sild.gateway.v1.PublishResponse.$Properties {
            }

            /** Where a published event went. */
            class PublishResponse {

                /**
                 * Constructs a new PublishResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.PublishResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Message id of the signed EVENT envelope. */
                messageId: string;

                /** Trace id (32 hex) of the publication. */
                traceId: string;

                /** The subject's keyed pseudonym. */
                subjectKey: string;

                /** The event's number among the publisher's events about this subject (1-based). */
                subjectSequence: (number|Long);

                /**
                 * Creates a new PublishResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishResponse instance
                 */
                static create(properties: sild.gateway.v1.PublishResponse.$Shape): sild.gateway.v1.PublishResponse & sild.gateway.v1.PublishResponse.$Shape;
                static create(properties?: sild.gateway.v1.PublishResponse.$Properties): sild.gateway.v1.PublishResponse;

                /**
                 * Encodes the specified PublishResponse message. Does not implicitly {@link sild.gateway.v1.PublishResponse.verify|verify} messages.
                 * @param message PublishResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.PublishResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PublishResponse message, length delimited. Does not implicitly {@link sild.gateway.v1.PublishResponse.verify|verify} messages.
                 * @param message PublishResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.PublishResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.PublishResponse & sild.gateway.v1.PublishResponse.$Shape} PublishResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.PublishResponse & sild.gateway.v1.PublishResponse.$Shape;

                /**
                 * Decodes a PublishResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.PublishResponse & sild.gateway.v1.PublishResponse.$Shape} PublishResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.PublishResponse & sild.gateway.v1.PublishResponse.$Shape;

                /**
                 * Verifies a PublishResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.PublishResponse;

                /**
                 * Creates a plain object from a PublishResponse message. Also converts values to other types if specified.
                 * @param message PublishResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.PublishResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishResponse {

                /** Properties of a PublishResponse. */
                interface $Properties {

                    /** Message id of the signed EVENT envelope. */
                    messageId?: (string|null);

                    /** Trace id (32 hex) of the publication. */
                    traceId?: (string|null);

                    /** The subject's keyed pseudonym. */
                    subjectKey?: (string|null);

                    /** The event's number among the publisher's events about this subject (1-based). */
                    subjectSequence?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublishResponse. */
                type $Shape = sild.gateway.v1.PublishResponse.$Properties;
            }

            /**
             * Properties of a PublishBatchRequest.
             * @deprecated Use sild.gateway.v1.PublishBatchRequest.$Properties instead.
             */
            interface IPublishBatchRequest extends sild.gateway.v1.PublishBatchRequest.$Properties {
            }

            /**
             * Events to publish in one call (at most 1,000), each checked, signed and published as Publish
             * would; one call instead of one per event.
             */
            class PublishBatchRequest {

                /**
                 * Constructs a new PublishBatchRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.PublishBatchRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The events; a subject's events are published (and numbered) in this order. */
                events: sild.gateway.v1.PublishRequest.$Properties[];

                /**
                 * Creates a new PublishBatchRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishBatchRequest instance
                 */
                static create(properties: sild.gateway.v1.PublishBatchRequest.$Shape): sild.gateway.v1.PublishBatchRequest & sild.gateway.v1.PublishBatchRequest.$Shape;
                static create(properties?: sild.gateway.v1.PublishBatchRequest.$Properties): sild.gateway.v1.PublishBatchRequest;

                /**
                 * Encodes the specified PublishBatchRequest message. Does not implicitly {@link sild.gateway.v1.PublishBatchRequest.verify|verify} messages.
                 * @param message PublishBatchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.PublishBatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PublishBatchRequest message, length delimited. Does not implicitly {@link sild.gateway.v1.PublishBatchRequest.verify|verify} messages.
                 * @param message PublishBatchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.PublishBatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishBatchRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.PublishBatchRequest & sild.gateway.v1.PublishBatchRequest.$Shape} PublishBatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.PublishBatchRequest & sild.gateway.v1.PublishBatchRequest.$Shape;

                /**
                 * Decodes a PublishBatchRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.PublishBatchRequest & sild.gateway.v1.PublishBatchRequest.$Shape} PublishBatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.PublishBatchRequest & sild.gateway.v1.PublishBatchRequest.$Shape;

                /**
                 * Verifies a PublishBatchRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishBatchRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishBatchRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.PublishBatchRequest;

                /**
                 * Creates a plain object from a PublishBatchRequest message. Also converts values to other types if specified.
                 * @param message PublishBatchRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.PublishBatchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishBatchRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishBatchRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishBatchRequest {

                /** Properties of a PublishBatchRequest. */
                interface $Properties {

                    /** The events; a subject's events are published (and numbered) in this order. */
                    events?: (sild.gateway.v1.PublishRequest.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublishBatchRequest. */
                type $Shape = sild.gateway.v1.PublishBatchRequest.$Properties;
            }

            /**
             * Properties of a PublishBatchResponse.
             * @deprecated Use sild.gateway.v1.PublishBatchResponse.$Properties instead.
             */
            interface IPublishBatchResponse extends sild.gateway.v1.PublishBatchResponse.$Properties {
            }

            /** What became of each event of a batch, in the order of the request. */
            class PublishBatchResponse {

                /**
                 * Constructs a new PublishBatchResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.PublishBatchResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** One result per event. */
                results: sild.gateway.v1.PublishResult.$Properties[];

                /**
                 * Creates a new PublishBatchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishBatchResponse instance
                 */
                static create(properties: sild.gateway.v1.PublishBatchResponse.$Shape): sild.gateway.v1.PublishBatchResponse & sild.gateway.v1.PublishBatchResponse.$Shape;
                static create(properties?: sild.gateway.v1.PublishBatchResponse.$Properties): sild.gateway.v1.PublishBatchResponse;

                /**
                 * Encodes the specified PublishBatchResponse message. Does not implicitly {@link sild.gateway.v1.PublishBatchResponse.verify|verify} messages.
                 * @param message PublishBatchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.PublishBatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PublishBatchResponse message, length delimited. Does not implicitly {@link sild.gateway.v1.PublishBatchResponse.verify|verify} messages.
                 * @param message PublishBatchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.PublishBatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishBatchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.PublishBatchResponse & sild.gateway.v1.PublishBatchResponse.$Shape} PublishBatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.PublishBatchResponse & sild.gateway.v1.PublishBatchResponse.$Shape;

                /**
                 * Decodes a PublishBatchResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.PublishBatchResponse & sild.gateway.v1.PublishBatchResponse.$Shape} PublishBatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.PublishBatchResponse & sild.gateway.v1.PublishBatchResponse.$Shape;

                /**
                 * Verifies a PublishBatchResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishBatchResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishBatchResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.PublishBatchResponse;

                /**
                 * Creates a plain object from a PublishBatchResponse message. Also converts values to other types if specified.
                 * @param message PublishBatchResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.PublishBatchResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishBatchResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishBatchResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishBatchResponse {

                /** Properties of a PublishBatchResponse. */
                interface $Properties {

                    /** One result per event. */
                    results?: (sild.gateway.v1.PublishResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PublishBatchResponse. */
                type $Shape = {
                  results?: sild.gateway.v1.PublishResult.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a PublishResult.
             * @deprecated Use sild.gateway.v1.PublishResult.$Properties instead.
             */
            interface IPublishResult extends sild.gateway.v1.PublishResult.$Properties {
            }

            /** One event of a batch: published, or refused with the reason Publish would have given. */
            class PublishResult {

                /**
                 * Constructs a new PublishResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.PublishResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Where the event went. */
                published?: (sild.gateway.v1.PublishResponse.$Properties|null);

                /** Why it was refused (e.g. REASON_UNKNOWN_EVENT_TYPE, REASON_INVALID_ARGUMENT). */
                error?: (sild.v1.Error.$Properties|null);

                /** The outcome. */
                outcome?: ("published"|"error");

                /**
                 * Creates a new PublishResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PublishResult instance
                 */
                static create(properties: sild.gateway.v1.PublishResult.$Shape): sild.gateway.v1.PublishResult & sild.gateway.v1.PublishResult.$Shape;
                static create(properties?: sild.gateway.v1.PublishResult.$Properties): sild.gateway.v1.PublishResult;

                /**
                 * Encodes the specified PublishResult message. Does not implicitly {@link sild.gateway.v1.PublishResult.verify|verify} messages.
                 * @param message PublishResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.PublishResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PublishResult message, length delimited. Does not implicitly {@link sild.gateway.v1.PublishResult.verify|verify} messages.
                 * @param message PublishResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.PublishResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PublishResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.PublishResult & sild.gateway.v1.PublishResult.$Shape} PublishResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.PublishResult & sild.gateway.v1.PublishResult.$Shape;

                /**
                 * Decodes a PublishResult message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.PublishResult & sild.gateway.v1.PublishResult.$Shape} PublishResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.PublishResult & sild.gateway.v1.PublishResult.$Shape;

                /**
                 * Verifies a PublishResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PublishResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PublishResult
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.PublishResult;

                /**
                 * Creates a plain object from a PublishResult message. Also converts values to other types if specified.
                 * @param message PublishResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.PublishResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PublishResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PublishResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PublishResult {

                /** Properties of a PublishResult. */
                interface $Properties {

                    /** Where the event went. */
                    published?: (sild.gateway.v1.PublishResponse.$Properties|null);

                    /** Why it was refused (e.g. REASON_UNKNOWN_EVENT_TYPE, REASON_INVALID_ARGUMENT). */
                    error?: (sild.v1.Error.$Properties|null);

                    /** The outcome. */
                    outcome?: ("published"|"error");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a PublishResult. */
                type $Shape = {
                  published?: sild.gateway.v1.PublishResponse.$Shape|null;
                  error?: sild.v1.Error.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ outcome?: undefined; published?: null; error?: null }|{ outcome?: "published"; published: sild.gateway.v1.PublishResponse.$Shape; error?: null }|{ outcome?: "error"; published?: null; error: sild.v1.Error.$Shape })
                );
            }

            /**
             * Properties of a ReceiveRequest.
             * @deprecated Use sild.gateway.v1.ReceiveRequest.$Properties instead.
             */
            interface IReceiveRequest extends sild.gateway.v1.ReceiveRequest.$Properties {
            }

            /** A message from the subscriber system on a Receive stream. */
            class ReceiveRequest {

                /**
                 * Constructs a new ReceiveRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.ReceiveRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Opens the stream for one subscription. */
                open?: (sild.gateway.v1.ReceiveOpen.$Properties|null);

                /** Acknowledges deliveries, by message id. */
                ack?: (sild.gateway.v1.ReceiveAck.$Properties|null);

                /** The first message opens the stream; later ones acknowledge. */
                action?: ("open"|"ack");

                /**
                 * Creates a new ReceiveRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReceiveRequest instance
                 */
                static create(properties: sild.gateway.v1.ReceiveRequest.$Shape): sild.gateway.v1.ReceiveRequest & sild.gateway.v1.ReceiveRequest.$Shape;
                static create(properties?: sild.gateway.v1.ReceiveRequest.$Properties): sild.gateway.v1.ReceiveRequest;

                /**
                 * Encodes the specified ReceiveRequest message. Does not implicitly {@link sild.gateway.v1.ReceiveRequest.verify|verify} messages.
                 * @param message ReceiveRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.ReceiveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReceiveRequest message, length delimited. Does not implicitly {@link sild.gateway.v1.ReceiveRequest.verify|verify} messages.
                 * @param message ReceiveRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.ReceiveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReceiveRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.ReceiveRequest & sild.gateway.v1.ReceiveRequest.$Shape} ReceiveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.ReceiveRequest & sild.gateway.v1.ReceiveRequest.$Shape;

                /**
                 * Decodes a ReceiveRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.ReceiveRequest & sild.gateway.v1.ReceiveRequest.$Shape} ReceiveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.ReceiveRequest & sild.gateway.v1.ReceiveRequest.$Shape;

                /**
                 * Verifies a ReceiveRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReceiveRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReceiveRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.ReceiveRequest;

                /**
                 * Creates a plain object from a ReceiveRequest message. Also converts values to other types if specified.
                 * @param message ReceiveRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.ReceiveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReceiveRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReceiveRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReceiveRequest {

                /** Properties of a ReceiveRequest. */
                interface $Properties {

                    /** Opens the stream for one subscription. */
                    open?: (sild.gateway.v1.ReceiveOpen.$Properties|null);

                    /** Acknowledges deliveries, by message id. */
                    ack?: (sild.gateway.v1.ReceiveAck.$Properties|null);

                    /** The first message opens the stream; later ones acknowledge. */
                    action?: ("open"|"ack");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ReceiveRequest. */
                type $Shape = {
                  open?: sild.gateway.v1.ReceiveOpen.$Shape|null;
                  ack?: sild.gateway.v1.ReceiveAck.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ action?: undefined; open?: null; ack?: null }|{ action?: "open"; open: sild.gateway.v1.ReceiveOpen.$Shape; ack?: null }|{ action?: "ack"; open?: null; ack: sild.gateway.v1.ReceiveAck.$Shape })
                );
            }

            /**
             * Properties of a ReceiveOpen.
             * @deprecated Use sild.gateway.v1.ReceiveOpen.$Properties instead.
             */
            interface IReceiveOpen extends sild.gateway.v1.ReceiveOpen.$Properties {
            }

            /** Opens a Receive stream. */
            class ReceiveOpen {

                /**
                 * Constructs a new ReceiveOpen.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.ReceiveOpen.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subscriber subsystem; the caller's API token must allow it. */
                subscriber?: (sild.v1.ClientId.$Properties|null);

                /** The subscription to receive. */
                subscriptionId: string;

                /** Deliveries sent but not yet acknowledged, at most; 0 means the gateway's default. */
                maxInFlight: number;

                /**
                 * Creates a new ReceiveOpen instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReceiveOpen instance
                 */
                static create(properties: sild.gateway.v1.ReceiveOpen.$Shape): sild.gateway.v1.ReceiveOpen & sild.gateway.v1.ReceiveOpen.$Shape;
                static create(properties?: sild.gateway.v1.ReceiveOpen.$Properties): sild.gateway.v1.ReceiveOpen;

                /**
                 * Encodes the specified ReceiveOpen message. Does not implicitly {@link sild.gateway.v1.ReceiveOpen.verify|verify} messages.
                 * @param message ReceiveOpen message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.ReceiveOpen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReceiveOpen message, length delimited. Does not implicitly {@link sild.gateway.v1.ReceiveOpen.verify|verify} messages.
                 * @param message ReceiveOpen message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.ReceiveOpen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReceiveOpen message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.ReceiveOpen & sild.gateway.v1.ReceiveOpen.$Shape} ReceiveOpen
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.ReceiveOpen & sild.gateway.v1.ReceiveOpen.$Shape;

                /**
                 * Decodes a ReceiveOpen message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.ReceiveOpen & sild.gateway.v1.ReceiveOpen.$Shape} ReceiveOpen
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.ReceiveOpen & sild.gateway.v1.ReceiveOpen.$Shape;

                /**
                 * Verifies a ReceiveOpen message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReceiveOpen message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReceiveOpen
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.ReceiveOpen;

                /**
                 * Creates a plain object from a ReceiveOpen message. Also converts values to other types if specified.
                 * @param message ReceiveOpen
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.ReceiveOpen, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReceiveOpen to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReceiveOpen
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReceiveOpen {

                /** Properties of a ReceiveOpen. */
                interface $Properties {

                    /** The subscriber subsystem; the caller's API token must allow it. */
                    subscriber?: (sild.v1.ClientId.$Properties|null);

                    /** The subscription to receive. */
                    subscriptionId?: (string|null);

                    /** Deliveries sent but not yet acknowledged, at most; 0 means the gateway's default. */
                    maxInFlight?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReceiveOpen. */
                type $Shape = sild.gateway.v1.ReceiveOpen.$Properties;
            }

            /**
             * Properties of a ReceiveAck.
             * @deprecated Use sild.gateway.v1.ReceiveAck.$Properties instead.
             */
            interface IReceiveAck extends sild.gateway.v1.ReceiveAck.$Properties {
            }

            /** Acknowledges deliveries: the subscriber system has stored their effect. */
            class ReceiveAck {

                /**
                 * Constructs a new ReceiveAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.ReceiveAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Message ids of the acknowledged events. */
                messageIds: string[];

                /**
                 * Creates a new ReceiveAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReceiveAck instance
                 */
                static create(properties: sild.gateway.v1.ReceiveAck.$Shape): sild.gateway.v1.ReceiveAck & sild.gateway.v1.ReceiveAck.$Shape;
                static create(properties?: sild.gateway.v1.ReceiveAck.$Properties): sild.gateway.v1.ReceiveAck;

                /**
                 * Encodes the specified ReceiveAck message. Does not implicitly {@link sild.gateway.v1.ReceiveAck.verify|verify} messages.
                 * @param message ReceiveAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.ReceiveAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReceiveAck message, length delimited. Does not implicitly {@link sild.gateway.v1.ReceiveAck.verify|verify} messages.
                 * @param message ReceiveAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.ReceiveAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReceiveAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.ReceiveAck & sild.gateway.v1.ReceiveAck.$Shape} ReceiveAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.ReceiveAck & sild.gateway.v1.ReceiveAck.$Shape;

                /**
                 * Decodes a ReceiveAck message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.ReceiveAck & sild.gateway.v1.ReceiveAck.$Shape} ReceiveAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.ReceiveAck & sild.gateway.v1.ReceiveAck.$Shape;

                /**
                 * Verifies a ReceiveAck message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReceiveAck message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReceiveAck
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.ReceiveAck;

                /**
                 * Creates a plain object from a ReceiveAck message. Also converts values to other types if specified.
                 * @param message ReceiveAck
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.ReceiveAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReceiveAck to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReceiveAck
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReceiveAck {

                /** Properties of a ReceiveAck. */
                interface $Properties {

                    /** Message ids of the acknowledged events. */
                    messageIds?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReceiveAck. */
                type $Shape = sild.gateway.v1.ReceiveAck.$Properties;
            }

            /**
             * Properties of an EventDelivery.
             * @deprecated Use sild.gateway.v1.EventDelivery.$Properties instead.
             */
            interface IEventDelivery extends sild.gateway.v1.EventDelivery.$Properties {
            }

            /** One event, verified end to end by the subscriber's gateway. */
            class EventDelivery {

                /**
                 * Constructs a new EventDelivery.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.EventDelivery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subscription it is delivered for. */
                subscriptionId: string;

                /** Message id of the EVENT envelope: the subscriber deduplicates by it. */
                messageId: string;

                /** The event type. */
                eventType: string;

                /** The publisher subsystem (verified against its certificate). */
                publisher?: (sild.v1.ClientId.$Properties|null);

                /** The subject's keyed pseudonym. */
                subjectKey: string;

                /** The event's number among the publisher's events about this subject: a jump shows a gap. */
                subjectSequence: (number|Long);

                /** The event's header attributes. */
                attributes: { [k: string]: string };

                /** The payload as published. */
                payload: Uint8Array;

                /** Type URL of the payload. */
                payloadType: string;

                /** How the payload is encoded. */
                payloadEncoding: sild.v1.PayloadEncoding;

                /** When the publisher created the event. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /** W3C traceparent of the publication. */
                traceparent: string;

                /** The signed envelope bytes, for subscribers that keep their own evidence. */
                envelope: Uint8Array;

                /** 1 for the first attempt; higher when delivered again (retry, redrive, reconnect). */
                attempt: number;

                /** Set when the delivery is part of a replay or a redrive. */
                redelivery: boolean;

                /**
                 * Creates a new EventDelivery instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventDelivery instance
                 */
                static create(properties: sild.gateway.v1.EventDelivery.$Shape): sild.gateway.v1.EventDelivery & sild.gateway.v1.EventDelivery.$Shape;
                static create(properties?: sild.gateway.v1.EventDelivery.$Properties): sild.gateway.v1.EventDelivery;

                /**
                 * Encodes the specified EventDelivery message. Does not implicitly {@link sild.gateway.v1.EventDelivery.verify|verify} messages.
                 * @param message EventDelivery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.EventDelivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventDelivery message, length delimited. Does not implicitly {@link sild.gateway.v1.EventDelivery.verify|verify} messages.
                 * @param message EventDelivery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.EventDelivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventDelivery message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.EventDelivery & sild.gateway.v1.EventDelivery.$Shape} EventDelivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.EventDelivery & sild.gateway.v1.EventDelivery.$Shape;

                /**
                 * Decodes an EventDelivery message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.EventDelivery & sild.gateway.v1.EventDelivery.$Shape} EventDelivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.EventDelivery & sild.gateway.v1.EventDelivery.$Shape;

                /**
                 * Verifies an EventDelivery message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventDelivery message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventDelivery
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.EventDelivery;

                /**
                 * Creates a plain object from an EventDelivery message. Also converts values to other types if specified.
                 * @param message EventDelivery
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.EventDelivery, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventDelivery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventDelivery
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventDelivery {

                /** Properties of an EventDelivery. */
                interface $Properties {

                    /** The subscription it is delivered for. */
                    subscriptionId?: (string|null);

                    /** Message id of the EVENT envelope: the subscriber deduplicates by it. */
                    messageId?: (string|null);

                    /** The event type. */
                    eventType?: (string|null);

                    /** The publisher subsystem (verified against its certificate). */
                    publisher?: (sild.v1.ClientId.$Properties|null);

                    /** The subject's keyed pseudonym. */
                    subjectKey?: (string|null);

                    /** The event's number among the publisher's events about this subject: a jump shows a gap. */
                    subjectSequence?: (number|Long|null);

                    /** The event's header attributes. */
                    attributes?: ({ [k: string]: string }|null);

                    /** The payload as published. */
                    payload?: (Uint8Array|null);

                    /** Type URL of the payload. */
                    payloadType?: (string|null);

                    /** How the payload is encoded. */
                    payloadEncoding?: (sild.v1.PayloadEncoding|null);

                    /** When the publisher created the event. */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** W3C traceparent of the publication. */
                    traceparent?: (string|null);

                    /** The signed envelope bytes, for subscribers that keep their own evidence. */
                    envelope?: (Uint8Array|null);

                    /** 1 for the first attempt; higher when delivered again (retry, redrive, reconnect). */
                    attempt?: (number|null);

                    /** Set when the delivery is part of a replay or a redrive. */
                    redelivery?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventDelivery. */
                type $Shape = sild.gateway.v1.EventDelivery.$Properties;
            }

            /**
             * Properties of a FollowRequest.
             * @deprecated Use sild.gateway.v1.FollowRequest.$Properties instead.
             */
            interface IFollowRequest extends sild.gateway.v1.FollowRequest.$Properties {
            }

            /** Registers or ends interest in one subject (a follow indication). */
            class FollowRequest {

                /**
                 * Constructs a new FollowRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.FollowRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subscriber subsystem; the caller's API token must allow it. */
                subscriber?: (sild.v1.ClientId.$Properties|null);

                /** The subscription whose events about the subject are wanted. */
                subscriptionId: string;

                /** The subject, e.g. a citizen service number; only its keyed pseudonym leaves the gateway. */
                subject: string;

                /** True to follow, false to stop following. */
                following: boolean;

                /** With `following`: when the interest ends; unset means until withdrawn. */
                until?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new FollowRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FollowRequest instance
                 */
                static create(properties: sild.gateway.v1.FollowRequest.$Shape): sild.gateway.v1.FollowRequest & sild.gateway.v1.FollowRequest.$Shape;
                static create(properties?: sild.gateway.v1.FollowRequest.$Properties): sild.gateway.v1.FollowRequest;

                /**
                 * Encodes the specified FollowRequest message. Does not implicitly {@link sild.gateway.v1.FollowRequest.verify|verify} messages.
                 * @param message FollowRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.FollowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified FollowRequest message, length delimited. Does not implicitly {@link sild.gateway.v1.FollowRequest.verify|verify} messages.
                 * @param message FollowRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.FollowRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FollowRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.FollowRequest & sild.gateway.v1.FollowRequest.$Shape} FollowRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.FollowRequest & sild.gateway.v1.FollowRequest.$Shape;

                /**
                 * Decodes a FollowRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.FollowRequest & sild.gateway.v1.FollowRequest.$Shape} FollowRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.FollowRequest & sild.gateway.v1.FollowRequest.$Shape;

                /**
                 * Verifies a FollowRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a FollowRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FollowRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.FollowRequest;

                /**
                 * Creates a plain object from a FollowRequest message. Also converts values to other types if specified.
                 * @param message FollowRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.FollowRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FollowRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FollowRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FollowRequest {

                /** Properties of a FollowRequest. */
                interface $Properties {

                    /** The subscriber subsystem; the caller's API token must allow it. */
                    subscriber?: (sild.v1.ClientId.$Properties|null);

                    /** The subscription whose events about the subject are wanted. */
                    subscriptionId?: (string|null);

                    /** The subject, e.g. a citizen service number; only its keyed pseudonym leaves the gateway. */
                    subject?: (string|null);

                    /** True to follow, false to stop following. */
                    following?: (boolean|null);

                    /** With `following`: when the interest ends; unset means until withdrawn. */
                    until?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FollowRequest. */
                type $Shape = sild.gateway.v1.FollowRequest.$Properties;
            }

            /**
             * Properties of a FollowResponse.
             * @deprecated Use sild.gateway.v1.FollowResponse.$Properties instead.
             */
            interface IFollowResponse extends sild.gateway.v1.FollowResponse.$Properties {
            }

            /** The follow indication as recorded. */
            class FollowResponse {

                /**
                 * Constructs a new FollowResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.FollowResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subject's keyed pseudonym. */
                subjectKey: string;

                /** Message id of the signed follow indication. */
                messageId: string;

                /**
                 * Creates a new FollowResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FollowResponse instance
                 */
                static create(properties: sild.gateway.v1.FollowResponse.$Shape): sild.gateway.v1.FollowResponse & sild.gateway.v1.FollowResponse.$Shape;
                static create(properties?: sild.gateway.v1.FollowResponse.$Properties): sild.gateway.v1.FollowResponse;

                /**
                 * Encodes the specified FollowResponse message. Does not implicitly {@link sild.gateway.v1.FollowResponse.verify|verify} messages.
                 * @param message FollowResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.FollowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified FollowResponse message, length delimited. Does not implicitly {@link sild.gateway.v1.FollowResponse.verify|verify} messages.
                 * @param message FollowResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.FollowResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FollowResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.FollowResponse & sild.gateway.v1.FollowResponse.$Shape} FollowResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.FollowResponse & sild.gateway.v1.FollowResponse.$Shape;

                /**
                 * Decodes a FollowResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.FollowResponse & sild.gateway.v1.FollowResponse.$Shape} FollowResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.FollowResponse & sild.gateway.v1.FollowResponse.$Shape;

                /**
                 * Verifies a FollowResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a FollowResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FollowResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.FollowResponse;

                /**
                 * Creates a plain object from a FollowResponse message. Also converts values to other types if specified.
                 * @param message FollowResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.FollowResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FollowResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for FollowResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FollowResponse {

                /** Properties of a FollowResponse. */
                interface $Properties {

                    /** The subject's keyed pseudonym. */
                    subjectKey?: (string|null);

                    /** Message id of the signed follow indication. */
                    messageId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FollowResponse. */
                type $Shape = sild.gateway.v1.FollowResponse.$Properties;
            }

            /**
             * Properties of a ListDeadLettersRequest.
             * @deprecated Use sild.gateway.v1.ListDeadLettersRequest.$Properties instead.
             */
            interface IListDeadLettersRequest extends sild.gateway.v1.ListDeadLettersRequest.$Properties {
            }

            /** Asks for a subscription's dead letters. */
            class ListDeadLettersRequest {

                /**
                 * Constructs a new ListDeadLettersRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.ListDeadLettersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subscriber subsystem; the caller's API token must allow it. */
                subscriber?: (sild.v1.ClientId.$Properties|null);

                /** The subscription. */
                subscriptionId: string;

                /** At most this many; 0 means 100. */
                limit: number;

                /**
                 * Creates a new ListDeadLettersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListDeadLettersRequest instance
                 */
                static create(properties: sild.gateway.v1.ListDeadLettersRequest.$Shape): sild.gateway.v1.ListDeadLettersRequest & sild.gateway.v1.ListDeadLettersRequest.$Shape;
                static create(properties?: sild.gateway.v1.ListDeadLettersRequest.$Properties): sild.gateway.v1.ListDeadLettersRequest;

                /**
                 * Encodes the specified ListDeadLettersRequest message. Does not implicitly {@link sild.gateway.v1.ListDeadLettersRequest.verify|verify} messages.
                 * @param message ListDeadLettersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.ListDeadLettersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListDeadLettersRequest message, length delimited. Does not implicitly {@link sild.gateway.v1.ListDeadLettersRequest.verify|verify} messages.
                 * @param message ListDeadLettersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.ListDeadLettersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDeadLettersRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.ListDeadLettersRequest & sild.gateway.v1.ListDeadLettersRequest.$Shape} ListDeadLettersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.ListDeadLettersRequest & sild.gateway.v1.ListDeadLettersRequest.$Shape;

                /**
                 * Decodes a ListDeadLettersRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.ListDeadLettersRequest & sild.gateway.v1.ListDeadLettersRequest.$Shape} ListDeadLettersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.ListDeadLettersRequest & sild.gateway.v1.ListDeadLettersRequest.$Shape;

                /**
                 * Verifies a ListDeadLettersRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListDeadLettersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListDeadLettersRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.ListDeadLettersRequest;

                /**
                 * Creates a plain object from a ListDeadLettersRequest message. Also converts values to other types if specified.
                 * @param message ListDeadLettersRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.ListDeadLettersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDeadLettersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListDeadLettersRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListDeadLettersRequest {

                /** Properties of a ListDeadLettersRequest. */
                interface $Properties {

                    /** The subscriber subsystem; the caller's API token must allow it. */
                    subscriber?: (sild.v1.ClientId.$Properties|null);

                    /** The subscription. */
                    subscriptionId?: (string|null);

                    /** At most this many; 0 means 100. */
                    limit?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDeadLettersRequest. */
                type $Shape = sild.gateway.v1.ListDeadLettersRequest.$Properties;
            }

            /**
             * Properties of a DeadLetter.
             * @deprecated Use sild.gateway.v1.DeadLetter.$Properties instead.
             */
            interface IDeadLetter extends sild.gateway.v1.DeadLetter.$Properties {
            }

            /** One event the subscriber system did not take. */
            class DeadLetter {

                /**
                 * Constructs a new DeadLetter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.DeadLetter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Message id of the event. */
                messageId: string;

                /** The event type. */
                eventType: string;

                /** The subject's keyed pseudonym. */
                subjectKey: string;

                /** Sequence among the publisher's events on the subject. */
                subjectSequence: (number|Long);

                /** Why delivery stopped. */
                error?: (sild.v1.Error.$Properties|null);

                /** Attempts made. */
                attempts: number;

                /** When it was dead-lettered. */
                deadLetteredAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new DeadLetter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeadLetter instance
                 */
                static create(properties: sild.gateway.v1.DeadLetter.$Shape): sild.gateway.v1.DeadLetter & sild.gateway.v1.DeadLetter.$Shape;
                static create(properties?: sild.gateway.v1.DeadLetter.$Properties): sild.gateway.v1.DeadLetter;

                /**
                 * Encodes the specified DeadLetter message. Does not implicitly {@link sild.gateway.v1.DeadLetter.verify|verify} messages.
                 * @param message DeadLetter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.DeadLetter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeadLetter message, length delimited. Does not implicitly {@link sild.gateway.v1.DeadLetter.verify|verify} messages.
                 * @param message DeadLetter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.DeadLetter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeadLetter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.DeadLetter & sild.gateway.v1.DeadLetter.$Shape} DeadLetter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.DeadLetter & sild.gateway.v1.DeadLetter.$Shape;

                /**
                 * Decodes a DeadLetter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.DeadLetter & sild.gateway.v1.DeadLetter.$Shape} DeadLetter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.DeadLetter & sild.gateway.v1.DeadLetter.$Shape;

                /**
                 * Verifies a DeadLetter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeadLetter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeadLetter
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.DeadLetter;

                /**
                 * Creates a plain object from a DeadLetter message. Also converts values to other types if specified.
                 * @param message DeadLetter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.DeadLetter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeadLetter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeadLetter
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeadLetter {

                /** Properties of a DeadLetter. */
                interface $Properties {

                    /** Message id of the event. */
                    messageId?: (string|null);

                    /** The event type. */
                    eventType?: (string|null);

                    /** The subject's keyed pseudonym. */
                    subjectKey?: (string|null);

                    /** Sequence among the publisher's events on the subject. */
                    subjectSequence?: (number|Long|null);

                    /** Why delivery stopped. */
                    error?: (sild.v1.Error.$Properties|null);

                    /** Attempts made. */
                    attempts?: (number|null);

                    /** When it was dead-lettered. */
                    deadLetteredAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeadLetter. */
                type $Shape = sild.gateway.v1.DeadLetter.$Properties;
            }

            /**
             * Properties of a ListDeadLettersResponse.
             * @deprecated Use sild.gateway.v1.ListDeadLettersResponse.$Properties instead.
             */
            interface IListDeadLettersResponse extends sild.gateway.v1.ListDeadLettersResponse.$Properties {
            }

            /** The dead letters not yet re-driven, oldest first. */
            class ListDeadLettersResponse {

                /**
                 * Constructs a new ListDeadLettersResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.ListDeadLettersResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The dead letters. */
                deadLetters: sild.gateway.v1.DeadLetter.$Properties[];

                /** All dead letters pending, which may exceed the list. */
                pending: (number|Long);

                /**
                 * Creates a new ListDeadLettersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListDeadLettersResponse instance
                 */
                static create(properties: sild.gateway.v1.ListDeadLettersResponse.$Shape): sild.gateway.v1.ListDeadLettersResponse & sild.gateway.v1.ListDeadLettersResponse.$Shape;
                static create(properties?: sild.gateway.v1.ListDeadLettersResponse.$Properties): sild.gateway.v1.ListDeadLettersResponse;

                /**
                 * Encodes the specified ListDeadLettersResponse message. Does not implicitly {@link sild.gateway.v1.ListDeadLettersResponse.verify|verify} messages.
                 * @param message ListDeadLettersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.ListDeadLettersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListDeadLettersResponse message, length delimited. Does not implicitly {@link sild.gateway.v1.ListDeadLettersResponse.verify|verify} messages.
                 * @param message ListDeadLettersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.ListDeadLettersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDeadLettersResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.ListDeadLettersResponse & sild.gateway.v1.ListDeadLettersResponse.$Shape} ListDeadLettersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.ListDeadLettersResponse & sild.gateway.v1.ListDeadLettersResponse.$Shape;

                /**
                 * Decodes a ListDeadLettersResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.ListDeadLettersResponse & sild.gateway.v1.ListDeadLettersResponse.$Shape} ListDeadLettersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.ListDeadLettersResponse & sild.gateway.v1.ListDeadLettersResponse.$Shape;

                /**
                 * Verifies a ListDeadLettersResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListDeadLettersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListDeadLettersResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.ListDeadLettersResponse;

                /**
                 * Creates a plain object from a ListDeadLettersResponse message. Also converts values to other types if specified.
                 * @param message ListDeadLettersResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.ListDeadLettersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDeadLettersResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListDeadLettersResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListDeadLettersResponse {

                /** Properties of a ListDeadLettersResponse. */
                interface $Properties {

                    /** The dead letters. */
                    deadLetters?: (sild.gateway.v1.DeadLetter.$Properties[]|null);

                    /** All dead letters pending, which may exceed the list. */
                    pending?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDeadLettersResponse. */
                type $Shape = sild.gateway.v1.ListDeadLettersResponse.$Properties;
            }

            /**
             * Properties of a RedriveRequest.
             * @deprecated Use sild.gateway.v1.RedriveRequest.$Properties instead.
             */
            interface IRedriveRequest extends sild.gateway.v1.RedriveRequest.$Properties {
            }

            /** Delivers a subscription's dead letters again. */
            class RedriveRequest {

                /**
                 * Constructs a new RedriveRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.RedriveRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subscriber subsystem; the caller's API token must allow it. */
                subscriber?: (sild.v1.ClientId.$Properties|null);

                /** The subscription. */
                subscriptionId: string;

                /**
                 * Creates a new RedriveRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RedriveRequest instance
                 */
                static create(properties: sild.gateway.v1.RedriveRequest.$Shape): sild.gateway.v1.RedriveRequest & sild.gateway.v1.RedriveRequest.$Shape;
                static create(properties?: sild.gateway.v1.RedriveRequest.$Properties): sild.gateway.v1.RedriveRequest;

                /**
                 * Encodes the specified RedriveRequest message. Does not implicitly {@link sild.gateway.v1.RedriveRequest.verify|verify} messages.
                 * @param message RedriveRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.RedriveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RedriveRequest message, length delimited. Does not implicitly {@link sild.gateway.v1.RedriveRequest.verify|verify} messages.
                 * @param message RedriveRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.RedriveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RedriveRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.RedriveRequest & sild.gateway.v1.RedriveRequest.$Shape} RedriveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.RedriveRequest & sild.gateway.v1.RedriveRequest.$Shape;

                /**
                 * Decodes a RedriveRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.RedriveRequest & sild.gateway.v1.RedriveRequest.$Shape} RedriveRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.RedriveRequest & sild.gateway.v1.RedriveRequest.$Shape;

                /**
                 * Verifies a RedriveRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RedriveRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RedriveRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.RedriveRequest;

                /**
                 * Creates a plain object from a RedriveRequest message. Also converts values to other types if specified.
                 * @param message RedriveRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.RedriveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RedriveRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RedriveRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RedriveRequest {

                /** Properties of a RedriveRequest. */
                interface $Properties {

                    /** The subscriber subsystem; the caller's API token must allow it. */
                    subscriber?: (sild.v1.ClientId.$Properties|null);

                    /** The subscription. */
                    subscriptionId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RedriveRequest. */
                type $Shape = sild.gateway.v1.RedriveRequest.$Properties;
            }

            /**
             * Properties of a RedriveResponse.
             * @deprecated Use sild.gateway.v1.RedriveResponse.$Properties instead.
             */
            interface IRedriveResponse extends sild.gateway.v1.RedriveResponse.$Properties {
            }

            /** What a redrive did. */
            class RedriveResponse {

                /**
                 * Constructs a new RedriveResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.RedriveResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Dead letters delivered. */
                delivered: (number|Long);

                /** Dead letters that failed again and stay dead letters. */
                failed: (number|Long);

                /**
                 * Creates a new RedriveResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RedriveResponse instance
                 */
                static create(properties: sild.gateway.v1.RedriveResponse.$Shape): sild.gateway.v1.RedriveResponse & sild.gateway.v1.RedriveResponse.$Shape;
                static create(properties?: sild.gateway.v1.RedriveResponse.$Properties): sild.gateway.v1.RedriveResponse;

                /**
                 * Encodes the specified RedriveResponse message. Does not implicitly {@link sild.gateway.v1.RedriveResponse.verify|verify} messages.
                 * @param message RedriveResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.RedriveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RedriveResponse message, length delimited. Does not implicitly {@link sild.gateway.v1.RedriveResponse.verify|verify} messages.
                 * @param message RedriveResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.RedriveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RedriveResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.RedriveResponse & sild.gateway.v1.RedriveResponse.$Shape} RedriveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.RedriveResponse & sild.gateway.v1.RedriveResponse.$Shape;

                /**
                 * Decodes a RedriveResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.RedriveResponse & sild.gateway.v1.RedriveResponse.$Shape} RedriveResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.RedriveResponse & sild.gateway.v1.RedriveResponse.$Shape;

                /**
                 * Verifies a RedriveResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RedriveResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RedriveResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.RedriveResponse;

                /**
                 * Creates a plain object from a RedriveResponse message. Also converts values to other types if specified.
                 * @param message RedriveResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.RedriveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RedriveResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RedriveResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RedriveResponse {

                /** Properties of a RedriveResponse. */
                interface $Properties {

                    /** Dead letters delivered. */
                    delivered?: (number|Long|null);

                    /** Dead letters that failed again and stay dead letters. */
                    failed?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RedriveResponse. */
                type $Shape = sild.gateway.v1.RedriveResponse.$Properties;
            }

            /**
             * Properties of a ReplayRequest.
             * @deprecated Use sild.gateway.v1.ReplayRequest.$Properties instead.
             */
            interface IReplayRequest extends sild.gateway.v1.ReplayRequest.$Properties {
            }

            /** Delivers a subscription's events again from a point in time (within retention). */
            class ReplayRequest {

                /**
                 * Constructs a new ReplayRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.ReplayRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subscriber subsystem; the caller's API token must allow it. */
                subscriber?: (sild.v1.ClientId.$Properties|null);

                /** The subscription. */
                subscriptionId: string;

                /** Events routed at or after this time are delivered again. */
                from?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new ReplayRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplayRequest instance
                 */
                static create(properties: sild.gateway.v1.ReplayRequest.$Shape): sild.gateway.v1.ReplayRequest & sild.gateway.v1.ReplayRequest.$Shape;
                static create(properties?: sild.gateway.v1.ReplayRequest.$Properties): sild.gateway.v1.ReplayRequest;

                /**
                 * Encodes the specified ReplayRequest message. Does not implicitly {@link sild.gateway.v1.ReplayRequest.verify|verify} messages.
                 * @param message ReplayRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.ReplayRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReplayRequest message, length delimited. Does not implicitly {@link sild.gateway.v1.ReplayRequest.verify|verify} messages.
                 * @param message ReplayRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.ReplayRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplayRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.ReplayRequest & sild.gateway.v1.ReplayRequest.$Shape} ReplayRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.ReplayRequest & sild.gateway.v1.ReplayRequest.$Shape;

                /**
                 * Decodes a ReplayRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.ReplayRequest & sild.gateway.v1.ReplayRequest.$Shape} ReplayRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.ReplayRequest & sild.gateway.v1.ReplayRequest.$Shape;

                /**
                 * Verifies a ReplayRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReplayRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReplayRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.ReplayRequest;

                /**
                 * Creates a plain object from a ReplayRequest message. Also converts values to other types if specified.
                 * @param message ReplayRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.ReplayRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplayRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplayRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplayRequest {

                /** Properties of a ReplayRequest. */
                interface $Properties {

                    /** The subscriber subsystem; the caller's API token must allow it. */
                    subscriber?: (sild.v1.ClientId.$Properties|null);

                    /** The subscription. */
                    subscriptionId?: (string|null);

                    /** Events routed at or after this time are delivered again. */
                    from?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplayRequest. */
                type $Shape = sild.gateway.v1.ReplayRequest.$Properties;
            }

            /**
             * Properties of a ReplayResponse.
             * @deprecated Use sild.gateway.v1.ReplayResponse.$Properties instead.
             */
            interface IReplayResponse extends sild.gateway.v1.ReplayResponse.$Properties {
            }

            /** What a replay did. */
            class ReplayResponse {

                /**
                 * Constructs a new ReplayResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.ReplayResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Events delivered again. */
                delivered: (number|Long);

                /** Events that could not be delivered (dead-lettered). */
                deadLettered: (number|Long);

                /**
                 * Creates a new ReplayResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplayResponse instance
                 */
                static create(properties: sild.gateway.v1.ReplayResponse.$Shape): sild.gateway.v1.ReplayResponse & sild.gateway.v1.ReplayResponse.$Shape;
                static create(properties?: sild.gateway.v1.ReplayResponse.$Properties): sild.gateway.v1.ReplayResponse;

                /**
                 * Encodes the specified ReplayResponse message. Does not implicitly {@link sild.gateway.v1.ReplayResponse.verify|verify} messages.
                 * @param message ReplayResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.ReplayResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReplayResponse message, length delimited. Does not implicitly {@link sild.gateway.v1.ReplayResponse.verify|verify} messages.
                 * @param message ReplayResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.ReplayResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplayResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.ReplayResponse & sild.gateway.v1.ReplayResponse.$Shape} ReplayResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.ReplayResponse & sild.gateway.v1.ReplayResponse.$Shape;

                /**
                 * Decodes a ReplayResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.ReplayResponse & sild.gateway.v1.ReplayResponse.$Shape} ReplayResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.ReplayResponse & sild.gateway.v1.ReplayResponse.$Shape;

                /**
                 * Verifies a ReplayResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReplayResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReplayResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.ReplayResponse;

                /**
                 * Creates a plain object from a ReplayResponse message. Also converts values to other types if specified.
                 * @param message ReplayResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.ReplayResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplayResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplayResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplayResponse {

                /** Properties of a ReplayResponse. */
                interface $Properties {

                    /** Events delivered again. */
                    delivered?: (number|Long|null);

                    /** Events that could not be delivered (dead-lettered). */
                    deadLettered?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplayResponse. */
                type $Shape = sild.gateway.v1.ReplayResponse.$Properties;
            }

            /** Event services offered to an organisation's own systems. */
            class Events extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Events service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Events service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Events;

                /** Signs and publishes one event of an event type the publisher owns. */
                publish: sild.gateway.v1.Events.Publish;

                /** Publishes several events in one call; each is published or refused on its own. */
                publishBatch: sild.gateway.v1.Events.PublishBatch;

                /** Streams a subscription's verified events; unacknowledged ones are delivered again. */
                receive: sild.gateway.v1.Events.Receive;

                /** Registers or withdraws a follow indication. */
                follow: sild.gateway.v1.Events.Follow;

                /** Lists a subscription's dead letters. */
                listDeadLetters: sild.gateway.v1.Events.ListDeadLetters;

                /** Delivers a subscription's dead letters again. */
                redrive: sild.gateway.v1.Events.Redrive;

                /** Delivers a subscription's events again from a point in time. */
                replay: sild.gateway.v1.Events.Replay;
            }

            namespace Events {

                /**
                 * Callback as used by {@link sild.gateway.v1.Events#publish}.
                 * @param error Error, if any
                 * @param [response] PublishResponse
                 */
                type PublishCallback = (error: (Error|null), response?: sild.gateway.v1.PublishResponse) => void;

                /** Signs and publishes one event of an event type the publisher owns. */
                type Publish = {
                  (request: sild.gateway.v1.IPublishRequest, callback: sild.gateway.v1.Events.PublishCallback): void;
                  (request: sild.gateway.v1.IPublishRequest): Promise<sild.gateway.v1.PublishResponse>;
                  readonly name: "Publish";
                  readonly path: "/sild.gateway.v1.Events/Publish";
                  readonly requestType: "PublishRequest";
                  readonly responseType: "PublishResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.gateway.v1.Events#publishBatch}.
                 * @param error Error, if any
                 * @param [response] PublishBatchResponse
                 */
                type PublishBatchCallback = (error: (Error|null), response?: sild.gateway.v1.PublishBatchResponse) => void;

                /** Publishes several events in one call; each is published or refused on its own. */
                type PublishBatch = {
                  (request: sild.gateway.v1.IPublishBatchRequest, callback: sild.gateway.v1.Events.PublishBatchCallback): void;
                  (request: sild.gateway.v1.IPublishBatchRequest): Promise<sild.gateway.v1.PublishBatchResponse>;
                  readonly name: "PublishBatch";
                  readonly path: "/sild.gateway.v1.Events/PublishBatch";
                  readonly requestType: "PublishBatchRequest";
                  readonly responseType: "PublishBatchResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.gateway.v1.Events#receive}.
                 * @param error Error, if any
                 * @param [response] EventDelivery
                 */
                type ReceiveCallback = (error: (Error|null), response?: sild.gateway.v1.EventDelivery) => void;

                /** Streams a subscription's verified events; unacknowledged ones are delivered again. */
                type Receive = {
                  (request: sild.gateway.v1.IReceiveRequest, callback: sild.gateway.v1.Events.ReceiveCallback): void;
                  (request: sild.gateway.v1.IReceiveRequest): Promise<sild.gateway.v1.EventDelivery>;
                  readonly name: "Receive";
                  readonly path: "/sild.gateway.v1.Events/Receive";
                  readonly requestType: "ReceiveRequest";
                  readonly responseType: "EventDelivery";
                  readonly requestStream: true;
                  readonly responseStream: true;
                };

                /**
                 * Callback as used by {@link sild.gateway.v1.Events#follow}.
                 * @param error Error, if any
                 * @param [response] FollowResponse
                 */
                type FollowCallback = (error: (Error|null), response?: sild.gateway.v1.FollowResponse) => void;

                /** Registers or withdraws a follow indication. */
                type Follow = {
                  (request: sild.gateway.v1.IFollowRequest, callback: sild.gateway.v1.Events.FollowCallback): void;
                  (request: sild.gateway.v1.IFollowRequest): Promise<sild.gateway.v1.FollowResponse>;
                  readonly name: "Follow";
                  readonly path: "/sild.gateway.v1.Events/Follow";
                  readonly requestType: "FollowRequest";
                  readonly responseType: "FollowResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.gateway.v1.Events#listDeadLetters}.
                 * @param error Error, if any
                 * @param [response] ListDeadLettersResponse
                 */
                type ListDeadLettersCallback = (error: (Error|null), response?: sild.gateway.v1.ListDeadLettersResponse) => void;

                /** Lists a subscription's dead letters. */
                type ListDeadLetters = {
                  (request: sild.gateway.v1.IListDeadLettersRequest, callback: sild.gateway.v1.Events.ListDeadLettersCallback): void;
                  (request: sild.gateway.v1.IListDeadLettersRequest): Promise<sild.gateway.v1.ListDeadLettersResponse>;
                  readonly name: "ListDeadLetters";
                  readonly path: "/sild.gateway.v1.Events/ListDeadLetters";
                  readonly requestType: "ListDeadLettersRequest";
                  readonly responseType: "ListDeadLettersResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.gateway.v1.Events#redrive}.
                 * @param error Error, if any
                 * @param [response] RedriveResponse
                 */
                type RedriveCallback = (error: (Error|null), response?: sild.gateway.v1.RedriveResponse) => void;

                /** Delivers a subscription's dead letters again. */
                type Redrive = {
                  (request: sild.gateway.v1.IRedriveRequest, callback: sild.gateway.v1.Events.RedriveCallback): void;
                  (request: sild.gateway.v1.IRedriveRequest): Promise<sild.gateway.v1.RedriveResponse>;
                  readonly name: "Redrive";
                  readonly path: "/sild.gateway.v1.Events/Redrive";
                  readonly requestType: "RedriveRequest";
                  readonly responseType: "RedriveResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.gateway.v1.Events#replay}.
                 * @param error Error, if any
                 * @param [response] ReplayResponse
                 */
                type ReplayCallback = (error: (Error|null), response?: sild.gateway.v1.ReplayResponse) => void;

                /** Delivers a subscription's events again from a point in time. */
                type Replay = {
                  (request: sild.gateway.v1.IReplayRequest, callback: sild.gateway.v1.Events.ReplayCallback): void;
                  (request: sild.gateway.v1.IReplayRequest): Promise<sild.gateway.v1.ReplayResponse>;
                  readonly name: "Replay";
                  readonly path: "/sild.gateway.v1.Events/Replay";
                  readonly requestType: "ReplayRequest";
                  readonly responseType: "ReplayResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a CallRequest.
             * @deprecated Use sild.gateway.v1.CallRequest.$Properties instead.
             */
            interface ICallRequest extends sild.gateway.v1.CallRequest.$Properties {
            }

            /** A service call from one of the organisation's systems. */
            class CallRequest {

                /**
                 * Constructs a new CallRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.CallRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subsystem the caller acts as; its API token must allow it. */
                client?: (sild.v1.ClientId.$Properties|null);

                /** The service to call. */
                service?: (sild.v1.ServiceId.$Properties|null);

                /** The request payload (at most the gateway's payload limit). */
                payload: Uint8Array;

                /** Type URL of the payload, e.g. `type.googleapis.com/sild.examples.population.v1.GetPersonRequest`. */
                payloadType: string;

                /** How the payload is encoded; unset means protobuf. */
                payloadEncoding: sild.v1.PayloadEncoding;

                /** The end user on whose behalf the call is made, e.g. an employee id (required). */
                onBehalfOf: string;

                /** Why the data is asked for: a purpose code or case reference (required). */
                purpose: string;

                /** How long to wait for the answer in milliseconds; 0 means the gateway's default. */
                timeoutMs: number;

                /**
                 * Creates a new CallRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CallRequest instance
                 */
                static create(properties: sild.gateway.v1.CallRequest.$Shape): sild.gateway.v1.CallRequest & sild.gateway.v1.CallRequest.$Shape;
                static create(properties?: sild.gateway.v1.CallRequest.$Properties): sild.gateway.v1.CallRequest;

                /**
                 * Encodes the specified CallRequest message. Does not implicitly {@link sild.gateway.v1.CallRequest.verify|verify} messages.
                 * @param message CallRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.CallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CallRequest message, length delimited. Does not implicitly {@link sild.gateway.v1.CallRequest.verify|verify} messages.
                 * @param message CallRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.CallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CallRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.CallRequest & sild.gateway.v1.CallRequest.$Shape} CallRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.CallRequest & sild.gateway.v1.CallRequest.$Shape;

                /**
                 * Decodes a CallRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.CallRequest & sild.gateway.v1.CallRequest.$Shape} CallRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.CallRequest & sild.gateway.v1.CallRequest.$Shape;

                /**
                 * Verifies a CallRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CallRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CallRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.CallRequest;

                /**
                 * Creates a plain object from a CallRequest message. Also converts values to other types if specified.
                 * @param message CallRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.CallRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CallRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CallRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CallRequest {

                /** Properties of a CallRequest. */
                interface $Properties {

                    /** The subsystem the caller acts as; its API token must allow it. */
                    client?: (sild.v1.ClientId.$Properties|null);

                    /** The service to call. */
                    service?: (sild.v1.ServiceId.$Properties|null);

                    /** The request payload (at most the gateway's payload limit). */
                    payload?: (Uint8Array|null);

                    /** Type URL of the payload, e.g. `type.googleapis.com/sild.examples.population.v1.GetPersonRequest`. */
                    payloadType?: (string|null);

                    /** How the payload is encoded; unset means protobuf. */
                    payloadEncoding?: (sild.v1.PayloadEncoding|null);

                    /** The end user on whose behalf the call is made, e.g. an employee id (required). */
                    onBehalfOf?: (string|null);

                    /** Why the data is asked for: a purpose code or case reference (required). */
                    purpose?: (string|null);

                    /** How long to wait for the answer in milliseconds; 0 means the gateway's default. */
                    timeoutMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CallRequest. */
                type $Shape = sild.gateway.v1.CallRequest.$Properties;
            }

            /**
             * Properties of a CallResult.
             * @deprecated Use sild.gateway.v1.CallResult.$Properties instead.
             */
            interface ICallResult extends sild.gateway.v1.CallResult.$Properties {
            }

            /** The provider's answer. */
            class CallResult {

                /**
                 * Constructs a new CallResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.CallResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The response payload as the provider system returned it. */
                payload: Uint8Array;

                /** Type URL of the response payload. */
                payloadType: string;

                /** How the response payload is encoded. */
                payloadEncoding: sild.v1.PayloadEncoding;

                /** Message id of the signed RESPONSE envelope. */
                responseMessageId: string;

                /**
                 * Creates a new CallResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CallResult instance
                 */
                static create(properties: sild.gateway.v1.CallResult.$Shape): sild.gateway.v1.CallResult & sild.gateway.v1.CallResult.$Shape;
                static create(properties?: sild.gateway.v1.CallResult.$Properties): sild.gateway.v1.CallResult;

                /**
                 * Encodes the specified CallResult message. Does not implicitly {@link sild.gateway.v1.CallResult.verify|verify} messages.
                 * @param message CallResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.CallResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CallResult message, length delimited. Does not implicitly {@link sild.gateway.v1.CallResult.verify|verify} messages.
                 * @param message CallResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.CallResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CallResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.CallResult & sild.gateway.v1.CallResult.$Shape} CallResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.CallResult & sild.gateway.v1.CallResult.$Shape;

                /**
                 * Decodes a CallResult message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.CallResult & sild.gateway.v1.CallResult.$Shape} CallResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.CallResult & sild.gateway.v1.CallResult.$Shape;

                /**
                 * Verifies a CallResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CallResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CallResult
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.CallResult;

                /**
                 * Creates a plain object from a CallResult message. Also converts values to other types if specified.
                 * @param message CallResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.CallResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CallResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CallResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CallResult {

                /** Properties of a CallResult. */
                interface $Properties {

                    /** The response payload as the provider system returned it. */
                    payload?: (Uint8Array|null);

                    /** Type URL of the response payload. */
                    payloadType?: (string|null);

                    /** How the response payload is encoded. */
                    payloadEncoding?: (sild.v1.PayloadEncoding|null);

                    /** Message id of the signed RESPONSE envelope. */
                    responseMessageId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CallResult. */
                type $Shape = sild.gateway.v1.CallResult.$Properties;
            }

            /**
             * Properties of a CallResponse.
             * @deprecated Use sild.gateway.v1.CallResponse.$Properties instead.
             */
            interface ICallResponse extends sild.gateway.v1.CallResponse.$Properties {
            }

            /** The outcome of a call: the provider's answer or a typed error with its reason code. */
            class CallResponse {

                /**
                 * Constructs a new CallResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.CallResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Message id of the signed REQUEST envelope (the key to the audit trail). */
                messageId: string;

                /** Trace id (32 hex) shared by every hop of the call. */
                traceId: string;

                /** The provider answered. */
                result?: (sild.gateway.v1.CallResult.$Properties|null);

                /** The call failed: refused by either gateway, provider error, or timeout. */
                error?: (sild.v1.Error.$Properties|null);

                /** Answer or error. */
                outcome?: ("result"|"error");

                /**
                 * Creates a new CallResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CallResponse instance
                 */
                static create(properties: sild.gateway.v1.CallResponse.$Shape): sild.gateway.v1.CallResponse & sild.gateway.v1.CallResponse.$Shape;
                static create(properties?: sild.gateway.v1.CallResponse.$Properties): sild.gateway.v1.CallResponse;

                /**
                 * Encodes the specified CallResponse message. Does not implicitly {@link sild.gateway.v1.CallResponse.verify|verify} messages.
                 * @param message CallResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.CallResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CallResponse message, length delimited. Does not implicitly {@link sild.gateway.v1.CallResponse.verify|verify} messages.
                 * @param message CallResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.CallResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CallResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.CallResponse & sild.gateway.v1.CallResponse.$Shape} CallResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.CallResponse & sild.gateway.v1.CallResponse.$Shape;

                /**
                 * Decodes a CallResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.CallResponse & sild.gateway.v1.CallResponse.$Shape} CallResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.CallResponse & sild.gateway.v1.CallResponse.$Shape;

                /**
                 * Verifies a CallResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CallResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CallResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.CallResponse;

                /**
                 * Creates a plain object from a CallResponse message. Also converts values to other types if specified.
                 * @param message CallResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.CallResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CallResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CallResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CallResponse {

                /** Properties of a CallResponse. */
                interface $Properties {

                    /** Message id of the signed REQUEST envelope (the key to the audit trail). */
                    messageId?: (string|null);

                    /** Trace id (32 hex) shared by every hop of the call. */
                    traceId?: (string|null);

                    /** The provider answered. */
                    result?: (sild.gateway.v1.CallResult.$Properties|null);

                    /** The call failed: refused by either gateway, provider error, or timeout. */
                    error?: (sild.v1.Error.$Properties|null);

                    /** Answer or error. */
                    outcome?: ("result"|"error");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a CallResponse. */
                type $Shape = {
                  messageId?: string|null;
                  traceId?: string|null;
                  result?: sild.gateway.v1.CallResult.$Shape|null;
                  error?: sild.v1.Error.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ outcome?: undefined; result?: null; error?: null }|{ outcome?: "result"; result: sild.gateway.v1.CallResult.$Shape; error?: null }|{ outcome?: "error"; result?: null; error: sild.v1.Error.$Shape })
                );
            }

            /** Services offered to an organisation's own systems. */
            class Gateway extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Gateway service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Gateway service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Gateway;

                /** Calls a service of a provider subsystem and waits for its answer or the deadline. */
                call: sild.gateway.v1.Gateway.Call;
            }

            namespace Gateway {

                /**
                 * Callback as used by {@link sild.gateway.v1.Gateway#call}.
                 * @param error Error, if any
                 * @param [response] CallResponse
                 */
                type CallCallback = (error: (Error|null), response?: sild.gateway.v1.CallResponse) => void;

                /** Calls a service of a provider subsystem and waits for its answer or the deadline. */
                type Call = {
                  (request: sild.gateway.v1.ICallRequest, callback: sild.gateway.v1.Gateway.CallCallback): void;
                  (request: sild.gateway.v1.ICallRequest): Promise<sild.gateway.v1.CallResponse>;
                  readonly name: "Call";
                  readonly path: "/sild.gateway.v1.Gateway/Call";
                  readonly requestType: "CallRequest";
                  readonly responseType: "CallResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a BackendRequest.
             * @deprecated Use sild.gateway.v1.BackendRequest.$Properties instead.
             */
            interface IBackendRequest extends sild.gateway.v1.BackendRequest.$Properties {
            }

            /** A request that passed every check of the provider gateway, for the provider system. */
            class BackendRequest {

                /**
                 * Constructs a new BackendRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.BackendRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The calling subsystem (verified against its certificate). */
                client?: (sild.v1.ClientId.$Properties|null);

                /** The service called. */
                service?: (sild.v1.ServiceId.$Properties|null);

                /** Message id of the request envelope. */
                messageId: string;

                /** Correlation id of the conversation. */
                correlationId: string;

                /** The request payload. */
                payload: Uint8Array;

                /** Type URL of the request payload: selects the operation of the service. */
                payloadType: string;

                /** How the request payload is encoded. */
                payloadEncoding: sild.v1.PayloadEncoding;

                /** The end user on whose behalf the call is made. */
                onBehalfOf: string;

                /** Why the data is asked for. */
                purpose: string;

                /** Id of the grant that allows the call. */
                grantId: string;

                /**
                 * Creates a new BackendRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BackendRequest instance
                 */
                static create(properties: sild.gateway.v1.BackendRequest.$Shape): sild.gateway.v1.BackendRequest & sild.gateway.v1.BackendRequest.$Shape;
                static create(properties?: sild.gateway.v1.BackendRequest.$Properties): sild.gateway.v1.BackendRequest;

                /**
                 * Encodes the specified BackendRequest message. Does not implicitly {@link sild.gateway.v1.BackendRequest.verify|verify} messages.
                 * @param message BackendRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.BackendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BackendRequest message, length delimited. Does not implicitly {@link sild.gateway.v1.BackendRequest.verify|verify} messages.
                 * @param message BackendRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.BackendRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BackendRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.BackendRequest & sild.gateway.v1.BackendRequest.$Shape} BackendRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.BackendRequest & sild.gateway.v1.BackendRequest.$Shape;

                /**
                 * Decodes a BackendRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.BackendRequest & sild.gateway.v1.BackendRequest.$Shape} BackendRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.BackendRequest & sild.gateway.v1.BackendRequest.$Shape;

                /**
                 * Verifies a BackendRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BackendRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BackendRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.BackendRequest;

                /**
                 * Creates a plain object from a BackendRequest message. Also converts values to other types if specified.
                 * @param message BackendRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.BackendRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BackendRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BackendRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BackendRequest {

                /** Properties of a BackendRequest. */
                interface $Properties {

                    /** The calling subsystem (verified against its certificate). */
                    client?: (sild.v1.ClientId.$Properties|null);

                    /** The service called. */
                    service?: (sild.v1.ServiceId.$Properties|null);

                    /** Message id of the request envelope. */
                    messageId?: (string|null);

                    /** Correlation id of the conversation. */
                    correlationId?: (string|null);

                    /** The request payload. */
                    payload?: (Uint8Array|null);

                    /** Type URL of the request payload: selects the operation of the service. */
                    payloadType?: (string|null);

                    /** How the request payload is encoded. */
                    payloadEncoding?: (sild.v1.PayloadEncoding|null);

                    /** The end user on whose behalf the call is made. */
                    onBehalfOf?: (string|null);

                    /** Why the data is asked for. */
                    purpose?: (string|null);

                    /** Id of the grant that allows the call. */
                    grantId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BackendRequest. */
                type $Shape = sild.gateway.v1.BackendRequest.$Properties;
            }

            /**
             * Properties of a BackendResponse.
             * @deprecated Use sild.gateway.v1.BackendResponse.$Properties instead.
             */
            interface IBackendResponse extends sild.gateway.v1.BackendResponse.$Properties {
            }

            /** The provider system's answer: a payload, or an error the client sees with its reason. */
            class BackendResponse {

                /**
                 * Constructs a new BackendResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.gateway.v1.BackendResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The response payload. */
                payload: Uint8Array;

                /** Type URL of the response payload. */
                payloadType: string;

                /** How the response payload is encoded; unset means protobuf. */
                payloadEncoding: sild.v1.PayloadEncoding;

                /** Set when the provider refuses the request (e.g. REASON_INVALID_ARGUMENT, REASON_NOT_FOUND). */
                error?: (sild.v1.Error.$Properties|null);

                /**
                 * Creates a new BackendResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BackendResponse instance
                 */
                static create(properties: sild.gateway.v1.BackendResponse.$Shape): sild.gateway.v1.BackendResponse & sild.gateway.v1.BackendResponse.$Shape;
                static create(properties?: sild.gateway.v1.BackendResponse.$Properties): sild.gateway.v1.BackendResponse;

                /**
                 * Encodes the specified BackendResponse message. Does not implicitly {@link sild.gateway.v1.BackendResponse.verify|verify} messages.
                 * @param message BackendResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.gateway.v1.BackendResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BackendResponse message, length delimited. Does not implicitly {@link sild.gateway.v1.BackendResponse.verify|verify} messages.
                 * @param message BackendResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.gateway.v1.BackendResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BackendResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.gateway.v1.BackendResponse & sild.gateway.v1.BackendResponse.$Shape} BackendResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.gateway.v1.BackendResponse & sild.gateway.v1.BackendResponse.$Shape;

                /**
                 * Decodes a BackendResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.gateway.v1.BackendResponse & sild.gateway.v1.BackendResponse.$Shape} BackendResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.gateway.v1.BackendResponse & sild.gateway.v1.BackendResponse.$Shape;

                /**
                 * Verifies a BackendResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BackendResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BackendResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.gateway.v1.BackendResponse;

                /**
                 * Creates a plain object from a BackendResponse message. Also converts values to other types if specified.
                 * @param message BackendResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.gateway.v1.BackendResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BackendResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BackendResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BackendResponse {

                /** Properties of a BackendResponse. */
                interface $Properties {

                    /** The response payload. */
                    payload?: (Uint8Array|null);

                    /** Type URL of the response payload. */
                    payloadType?: (string|null);

                    /** How the response payload is encoded; unset means protobuf. */
                    payloadEncoding?: (sild.v1.PayloadEncoding|null);

                    /** Set when the provider refuses the request (e.g. REASON_INVALID_ARGUMENT, REASON_NOT_FOUND). */
                    error?: (sild.v1.Error.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BackendResponse. */
                type $Shape = sild.gateway.v1.BackendResponse.$Properties;
            }

            /** Implemented by a provider system; its gateway calls it for every accepted request. */
            class ProviderBackend extends $protobuf.rpc.Service {

                /**
                 * Constructs a new ProviderBackend service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new ProviderBackend service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ProviderBackend;

                /** Answers one request. */
                handle: sild.gateway.v1.ProviderBackend.Handle;
            }

            namespace ProviderBackend {

                /**
                 * Callback as used by {@link sild.gateway.v1.ProviderBackend#handle}.
                 * @param error Error, if any
                 * @param [response] BackendResponse
                 */
                type HandleCallback = (error: (Error|null), response?: sild.gateway.v1.BackendResponse) => void;

                /** Answers one request. */
                type Handle = {
                  (request: sild.gateway.v1.IBackendRequest, callback: sild.gateway.v1.ProviderBackend.HandleCallback): void;
                  (request: sild.gateway.v1.IBackendRequest): Promise<sild.gateway.v1.BackendResponse>;
                  readonly name: "Handle";
                  readonly path: "/sild.gateway.v1.ProviderBackend/Handle";
                  readonly requestType: "BackendRequest";
                  readonly responseType: "BackendResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }
        }
    }

    /** Namespace registry. */
    namespace registry {

        /** Namespace v1. */
        namespace v1 {

            /** How a provider system is reached by its gateway. */
            enum EndpointKind {

                /** Not set. */
                ENDPOINT_KIND_UNSPECIFIED = 0,

                /** A gRPC service implemented by the provider system. */
                ENDPOINT_KIND_GRPC = 1,

                /** An HTTP endpoint. */
                ENDPOINT_KIND_HTTP = 2
            }

            /** Lifecycle of a grant. */
            enum GrantStatus {

                /** Not set. */
                GRANT_STATUS_UNSPECIFIED = 0,

                /** The client may call the service within the validity period. */
                GRANT_STATUS_ACTIVE = 1,

                /** Withdrawn by the service owner. */
                GRANT_STATUS_REVOKED = 2
            }

            /** Lifecycle of a subscription: requested by the subscriber, decided by the event type's owner. */
            enum SubscriptionStatus {

                /** Not set. */
                SUBSCRIPTION_STATUS_UNSPECIFIED = 0,

                /** Asked for, not yet decided. */
                SUBSCRIPTION_STATUS_REQUESTED = 1,

                /** Approved by the owner of the event type: events flow. */
                SUBSCRIPTION_STATUS_APPROVED = 2,

                /** Refused by the owner of the event type. */
                SUBSCRIPTION_STATUS_REJECTED = 3,

                /** Withdrawn after approval (by either side): events stop. */
                SUBSCRIPTION_STATUS_REVOKED = 4
            }

            /** Lifecycle of a member signing certificate. */
            enum CertificateStatus {

                /** Not set. */
                CERTIFICATE_STATUS_UNSPECIFIED = 0,

                /** Signatures made with the key are acceptable within the validity period. */
                CERTIFICATE_STATUS_ACTIVE = 1,

                /** Revoked: signatures made after the revocation time are refused. */
                CERTIFICATE_STATUS_REVOKED = 2
            }

            /**
             * Properties of a Member.
             * @deprecated Use sild.registry.v1.Member.$Properties instead.
             */
            interface IMember extends sild.registry.v1.Member.$Properties {
            }

            /** An organisation of the instance. */
            class Member {

                /**
                 * Constructs a new Member.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.Member.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The member's identifier; the subsystem field is empty. */
                id?: (sild.v1.ClientId.$Properties|null);

                /** Display name, e.g. "Gemeente Amsterdam". */
                name: string;

                /** When it was registered. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new Member instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Member instance
                 */
                static create(properties: sild.registry.v1.Member.$Shape): sild.registry.v1.Member & sild.registry.v1.Member.$Shape;
                static create(properties?: sild.registry.v1.Member.$Properties): sild.registry.v1.Member;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link sild.registry.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Member message, length delimited. Does not implicitly {@link sild.registry.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.Member & sild.registry.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.Member & sild.registry.v1.Member.$Shape;

                /**
                 * Decodes a Member message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.Member & sild.registry.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.Member & sild.registry.v1.Member.$Shape;

                /**
                 * Verifies a Member message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Member
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.Member;

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @param message Member
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Member to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Member
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Member {

                /** Properties of a Member. */
                interface $Properties {

                    /** The member's identifier; the subsystem field is empty. */
                    id?: (sild.v1.ClientId.$Properties|null);

                    /** Display name, e.g. "Gemeente Amsterdam". */
                    name?: (string|null);

                    /** When it was registered. */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Member. */
                type $Shape = sild.registry.v1.Member.$Properties;
            }

            /**
             * Properties of a Subsystem.
             * @deprecated Use sild.registry.v1.Subsystem.$Properties instead.
             */
            interface ISubsystem extends sild.registry.v1.Subsystem.$Properties {
            }

            /** An information system of a member. */
            class Subsystem {

                /**
                 * Constructs a new Subsystem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.Subsystem.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subsystem's identifier. */
                id?: (sild.v1.ClientId.$Properties|null);

                /** When it was registered. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new Subsystem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Subsystem instance
                 */
                static create(properties: sild.registry.v1.Subsystem.$Shape): sild.registry.v1.Subsystem & sild.registry.v1.Subsystem.$Shape;
                static create(properties?: sild.registry.v1.Subsystem.$Properties): sild.registry.v1.Subsystem;

                /**
                 * Encodes the specified Subsystem message. Does not implicitly {@link sild.registry.v1.Subsystem.verify|verify} messages.
                 * @param message Subsystem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.Subsystem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Subsystem message, length delimited. Does not implicitly {@link sild.registry.v1.Subsystem.verify|verify} messages.
                 * @param message Subsystem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.Subsystem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Subsystem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.Subsystem & sild.registry.v1.Subsystem.$Shape} Subsystem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.Subsystem & sild.registry.v1.Subsystem.$Shape;

                /**
                 * Decodes a Subsystem message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.Subsystem & sild.registry.v1.Subsystem.$Shape} Subsystem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.Subsystem & sild.registry.v1.Subsystem.$Shape;

                /**
                 * Verifies a Subsystem message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Subsystem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Subsystem
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.Subsystem;

                /**
                 * Creates a plain object from a Subsystem message. Also converts values to other types if specified.
                 * @param message Subsystem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.Subsystem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Subsystem to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Subsystem
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Subsystem {

                /** Properties of a Subsystem. */
                interface $Properties {

                    /** The subsystem's identifier. */
                    id?: (sild.v1.ClientId.$Properties|null);

                    /** When it was registered. */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Subsystem. */
                type $Shape = sild.registry.v1.Subsystem.$Properties;
            }

            /**
             * Properties of a Service.
             * @deprecated Use sild.registry.v1.Service.$Properties instead.
             */
            interface IService extends sild.registry.v1.Service.$Properties {
            }

            /** A service offered by a provider subsystem. */
            class Service {

                /**
                 * Constructs a new Service.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.Service.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Provider subsystem, service code and version. */
                id?: (sild.v1.ServiceId.$Properties|null);

                /** What the service does. */
                description: string;

                /** How the provider's gateway reaches the provider system. */
                endpointKind: sild.registry.v1.EndpointKind;

                /** When it was registered. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new Service instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Service instance
                 */
                static create(properties: sild.registry.v1.Service.$Shape): sild.registry.v1.Service & sild.registry.v1.Service.$Shape;
                static create(properties?: sild.registry.v1.Service.$Properties): sild.registry.v1.Service;

                /**
                 * Encodes the specified Service message. Does not implicitly {@link sild.registry.v1.Service.verify|verify} messages.
                 * @param message Service message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.Service.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Service message, length delimited. Does not implicitly {@link sild.registry.v1.Service.verify|verify} messages.
                 * @param message Service message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.Service.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Service message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.Service & sild.registry.v1.Service.$Shape} Service
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.Service & sild.registry.v1.Service.$Shape;

                /**
                 * Decodes a Service message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.Service & sild.registry.v1.Service.$Shape} Service
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.Service & sild.registry.v1.Service.$Shape;

                /**
                 * Verifies a Service message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Service message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Service
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.Service;

                /**
                 * Creates a plain object from a Service message. Also converts values to other types if specified.
                 * @param message Service
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.Service, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Service to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Service
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Service {

                /** Properties of a Service. */
                interface $Properties {

                    /** Provider subsystem, service code and version. */
                    id?: (sild.v1.ServiceId.$Properties|null);

                    /** What the service does. */
                    description?: (string|null);

                    /** How the provider's gateway reaches the provider system. */
                    endpointKind?: (sild.registry.v1.EndpointKind|null);

                    /** When it was registered. */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Service. */
                type $Shape = sild.registry.v1.Service.$Properties;
            }

            /**
             * Properties of an EventType.
             * @deprecated Use sild.registry.v1.EventType.$Properties instead.
             */
            interface IEventType extends sild.registry.v1.EventType.$Properties {
            }

            /** A notification kind owned by one provider subsystem. */
            class EventType {

                /**
                 * Constructs a new EventType.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.EventType.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Name, e.g. nl.brp.person.relocated.v1. */
                name: string;

                /** The subsystem that publishes it and decides on subscriptions. */
                owner?: (sild.v1.ClientId.$Properties|null);

                /** Type URL of the payload, e.g. type.sild.dev/sild.examples.population.v1.Relocation. */
                payloadType: string;

                /** A serialized google.protobuf.FileDescriptorSet that defines the payload type, if given. */
                descriptorSet: Uint8Array;

                /** Header attribute whose value keys the Kafka record (per-subject order), e.g. subject_key. */
                partitionKeyRule: string;

                /** What the event means. */
                description: string;

                /** When it was registered. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new EventType instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventType instance
                 */
                static create(properties: sild.registry.v1.EventType.$Shape): sild.registry.v1.EventType & sild.registry.v1.EventType.$Shape;
                static create(properties?: sild.registry.v1.EventType.$Properties): sild.registry.v1.EventType;

                /**
                 * Encodes the specified EventType message. Does not implicitly {@link sild.registry.v1.EventType.verify|verify} messages.
                 * @param message EventType message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.EventType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EventType message, length delimited. Does not implicitly {@link sild.registry.v1.EventType.verify|verify} messages.
                 * @param message EventType message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.EventType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventType message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.EventType & sild.registry.v1.EventType.$Shape} EventType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.EventType & sild.registry.v1.EventType.$Shape;

                /**
                 * Decodes an EventType message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.EventType & sild.registry.v1.EventType.$Shape} EventType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.EventType & sild.registry.v1.EventType.$Shape;

                /**
                 * Verifies an EventType message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EventType message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EventType
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.EventType;

                /**
                 * Creates a plain object from an EventType message. Also converts values to other types if specified.
                 * @param message EventType
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.EventType, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EventType to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EventType
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EventType {

                /** Properties of an EventType. */
                interface $Properties {

                    /** Name, e.g. nl.brp.person.relocated.v1. */
                    name?: (string|null);

                    /** The subsystem that publishes it and decides on subscriptions. */
                    owner?: (sild.v1.ClientId.$Properties|null);

                    /** Type URL of the payload, e.g. type.sild.dev/sild.examples.population.v1.Relocation. */
                    payloadType?: (string|null);

                    /** A serialized google.protobuf.FileDescriptorSet that defines the payload type, if given. */
                    descriptorSet?: (Uint8Array|null);

                    /** Header attribute whose value keys the Kafka record (per-subject order), e.g. subject_key. */
                    partitionKeyRule?: (string|null);

                    /** What the event means. */
                    description?: (string|null);

                    /** When it was registered. */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EventType. */
                type $Shape = sild.registry.v1.EventType.$Properties;
            }

            /**
             * Properties of a Grant.
             * @deprecated Use sild.registry.v1.Grant.$Properties instead.
             */
            interface IGrant extends sild.registry.v1.Grant.$Properties {
            }

            /** Permission for a client subsystem to call a service. */
            class Grant {

                /**
                 * Constructs a new Grant.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.Grant.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stable identifier (UUID). */
                id: string;

                /** The client subsystem. */
                client?: (sild.v1.ClientId.$Properties|null);

                /** The service it may call. */
                service?: (sild.v1.ServiceId.$Properties|null);

                /** Why the client needs it (data protection: purpose limitation). */
                purpose: string;

                /** Start of validity. */
                validFrom?: (google.protobuf.Timestamp.$Properties|null);

                /** End of validity; unset means open-ended. */
                validUntil?: (google.protobuf.Timestamp.$Properties|null);

                /** Active or revoked. */
                status: sild.registry.v1.GrantStatus;

                /** When it was revoked, if it was. */
                revokedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new Grant instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Grant instance
                 */
                static create(properties: sild.registry.v1.Grant.$Shape): sild.registry.v1.Grant & sild.registry.v1.Grant.$Shape;
                static create(properties?: sild.registry.v1.Grant.$Properties): sild.registry.v1.Grant;

                /**
                 * Encodes the specified Grant message. Does not implicitly {@link sild.registry.v1.Grant.verify|verify} messages.
                 * @param message Grant message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.Grant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Grant message, length delimited. Does not implicitly {@link sild.registry.v1.Grant.verify|verify} messages.
                 * @param message Grant message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.Grant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Grant message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.Grant & sild.registry.v1.Grant.$Shape} Grant
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.Grant & sild.registry.v1.Grant.$Shape;

                /**
                 * Decodes a Grant message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.Grant & sild.registry.v1.Grant.$Shape} Grant
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.Grant & sild.registry.v1.Grant.$Shape;

                /**
                 * Verifies a Grant message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Grant message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Grant
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.Grant;

                /**
                 * Creates a plain object from a Grant message. Also converts values to other types if specified.
                 * @param message Grant
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.Grant, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Grant to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Grant
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Grant {

                /** Properties of a Grant. */
                interface $Properties {

                    /** Stable identifier (UUID). */
                    id?: (string|null);

                    /** The client subsystem. */
                    client?: (sild.v1.ClientId.$Properties|null);

                    /** The service it may call. */
                    service?: (sild.v1.ServiceId.$Properties|null);

                    /** Why the client needs it (data protection: purpose limitation). */
                    purpose?: (string|null);

                    /** Start of validity. */
                    validFrom?: (google.protobuf.Timestamp.$Properties|null);

                    /** End of validity; unset means open-ended. */
                    validUntil?: (google.protobuf.Timestamp.$Properties|null);

                    /** Active or revoked. */
                    status?: (sild.registry.v1.GrantStatus|null);

                    /** When it was revoked, if it was. */
                    revokedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Grant. */
                type $Shape = sild.registry.v1.Grant.$Properties;
            }

            /**
             * Properties of a Subscription.
             * @deprecated Use sild.registry.v1.Subscription.$Properties instead.
             */
            interface ISubscription extends sild.registry.v1.Subscription.$Properties {
            }

            /** A subscriber's standing request to receive an event type. */
            class Subscription {

                /**
                 * Constructs a new Subscription.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.Subscription.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Stable identifier (UUID). */
                id: string;

                /** The subscriber subsystem. */
                subscriber?: (sild.v1.ClientId.$Properties|null);

                /** The event type. */
                eventType: string;

                /** A CloudEvents Subscriptions API filter over header attributes, as JSON; empty means all. */
                filterJson: string;

                /** Why the subscriber needs the events. */
                purpose: string;

                /** Requested, approved, rejected or revoked. */
                status: sild.registry.v1.SubscriptionStatus;

                /** Who made the last decision (the event type's owner, or the subscriber when revoking). */
                decidedBy?: (sild.v1.ClientId.$Properties|null);

                /** When the last decision was made. */
                decidedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Free-text reason given with the last decision. */
                reason: string;

                /** When it was requested. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * The bound the owner approved, as a filter over header attributes (JSON); empty means all.
                 * The router delivers an event only when it matches this bound and, within it, the
                 * subscriber's own filter or a subject the subscriber follows.
                 */
                approvedFilterJson: string;

                /**
                 * Whether events about subjects the subscriber follows (follow indications) are delivered
                 * as well as those matching `filter_json`.
                 */
                includeFollowed: boolean;

                /**
                 * Creates a new Subscription instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Subscription instance
                 */
                static create(properties: sild.registry.v1.Subscription.$Shape): sild.registry.v1.Subscription & sild.registry.v1.Subscription.$Shape;
                static create(properties?: sild.registry.v1.Subscription.$Properties): sild.registry.v1.Subscription;

                /**
                 * Encodes the specified Subscription message. Does not implicitly {@link sild.registry.v1.Subscription.verify|verify} messages.
                 * @param message Subscription message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.Subscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Subscription message, length delimited. Does not implicitly {@link sild.registry.v1.Subscription.verify|verify} messages.
                 * @param message Subscription message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.Subscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Subscription message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.Subscription & sild.registry.v1.Subscription.$Shape} Subscription
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.Subscription & sild.registry.v1.Subscription.$Shape;

                /**
                 * Decodes a Subscription message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.Subscription & sild.registry.v1.Subscription.$Shape} Subscription
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.Subscription & sild.registry.v1.Subscription.$Shape;

                /**
                 * Verifies a Subscription message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Subscription message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Subscription
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.Subscription;

                /**
                 * Creates a plain object from a Subscription message. Also converts values to other types if specified.
                 * @param message Subscription
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.Subscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Subscription to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Subscription
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Subscription {

                /** Properties of a Subscription. */
                interface $Properties {

                    /** Stable identifier (UUID). */
                    id?: (string|null);

                    /** The subscriber subsystem. */
                    subscriber?: (sild.v1.ClientId.$Properties|null);

                    /** The event type. */
                    eventType?: (string|null);

                    /** A CloudEvents Subscriptions API filter over header attributes, as JSON; empty means all. */
                    filterJson?: (string|null);

                    /** Why the subscriber needs the events. */
                    purpose?: (string|null);

                    /** Requested, approved, rejected or revoked. */
                    status?: (sild.registry.v1.SubscriptionStatus|null);

                    /** Who made the last decision (the event type's owner, or the subscriber when revoking). */
                    decidedBy?: (sild.v1.ClientId.$Properties|null);

                    /** When the last decision was made. */
                    decidedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Free-text reason given with the last decision. */
                    reason?: (string|null);

                    /** When it was requested. */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /**
                     * The bound the owner approved, as a filter over header attributes (JSON); empty means all.
                     * The router delivers an event only when it matches this bound and, within it, the
                     * subscriber's own filter or a subject the subscriber follows.
                     */
                    approvedFilterJson?: (string|null);

                    /**
                     * Whether events about subjects the subscriber follows (follow indications) are delivered
                     * as well as those matching `filter_json`.
                     */
                    includeFollowed?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Subscription. */
                type $Shape = sild.registry.v1.Subscription.$Properties;
            }

            /**
             * Properties of a Certificate.
             * @deprecated Use sild.registry.v1.Certificate.$Properties instead.
             */
            interface ICertificate extends sild.registry.v1.Certificate.$Properties {
            }

            /** A member signing certificate. */
            class Certificate {

                /**
                 * Constructs a new Certificate.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.Certificate.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Lower-case hex SHA-256 of the DER certificate: the key id of signatures made with it. */
                keyId: string;

                /** The member it was issued to (subsystem empty). */
                member?: (sild.v1.ClientId.$Properties|null);

                /** The certificate, DER. */
                certificateDer: Uint8Array;

                /** Active or revoked. */
                status: sild.registry.v1.CertificateStatus;

                /** Start of validity. */
                notBefore?: (google.protobuf.Timestamp.$Properties|null);

                /** End of validity. */
                notAfter?: (google.protobuf.Timestamp.$Properties|null);

                /** When it was revoked, if it was. */
                revokedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Why it was revoked (RFC 5280 reason name, e.g. keyCompromise). */
                revocationReason: string;

                /**
                 * Creates a new Certificate instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Certificate instance
                 */
                static create(properties: sild.registry.v1.Certificate.$Shape): sild.registry.v1.Certificate & sild.registry.v1.Certificate.$Shape;
                static create(properties?: sild.registry.v1.Certificate.$Properties): sild.registry.v1.Certificate;

                /**
                 * Encodes the specified Certificate message. Does not implicitly {@link sild.registry.v1.Certificate.verify|verify} messages.
                 * @param message Certificate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.Certificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Certificate message, length delimited. Does not implicitly {@link sild.registry.v1.Certificate.verify|verify} messages.
                 * @param message Certificate message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.Certificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Certificate message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.Certificate & sild.registry.v1.Certificate.$Shape} Certificate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.Certificate & sild.registry.v1.Certificate.$Shape;

                /**
                 * Decodes a Certificate message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.Certificate & sild.registry.v1.Certificate.$Shape} Certificate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.Certificate & sild.registry.v1.Certificate.$Shape;

                /**
                 * Verifies a Certificate message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Certificate message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Certificate
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.Certificate;

                /**
                 * Creates a plain object from a Certificate message. Also converts values to other types if specified.
                 * @param message Certificate
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.Certificate, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Certificate to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Certificate
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Certificate {

                /** Properties of a Certificate. */
                interface $Properties {

                    /** Lower-case hex SHA-256 of the DER certificate: the key id of signatures made with it. */
                    keyId?: (string|null);

                    /** The member it was issued to (subsystem empty). */
                    member?: (sild.v1.ClientId.$Properties|null);

                    /** The certificate, DER. */
                    certificateDer?: (Uint8Array|null);

                    /** Active or revoked. */
                    status?: (sild.registry.v1.CertificateStatus|null);

                    /** Start of validity. */
                    notBefore?: (google.protobuf.Timestamp.$Properties|null);

                    /** End of validity. */
                    notAfter?: (google.protobuf.Timestamp.$Properties|null);

                    /** When it was revoked, if it was. */
                    revokedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Why it was revoked (RFC 5280 reason name, e.g. keyCompromise). */
                    revocationReason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Certificate. */
                type $Shape = sild.registry.v1.Certificate.$Properties;
            }

            /**
             * Properties of a TrustAnchor.
             * @deprecated Use sild.registry.v1.TrustAnchor.$Properties instead.
             */
            interface ITrustAnchor extends sild.registry.v1.TrustAnchor.$Properties {
            }

            /** A root certificate every signature chain of the instance must end in. */
            class TrustAnchor {

                /**
                 * Constructs a new TrustAnchor.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.TrustAnchor.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Lower-case hex SHA-256 of the DER certificate. */
                keyId: string;

                /** The instance it anchors, e.g. EE. */
                instance: string;

                /** The root certificate, DER. */
                certificateDer: Uint8Array;

                /**
                 * Creates a new TrustAnchor instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrustAnchor instance
                 */
                static create(properties: sild.registry.v1.TrustAnchor.$Shape): sild.registry.v1.TrustAnchor & sild.registry.v1.TrustAnchor.$Shape;
                static create(properties?: sild.registry.v1.TrustAnchor.$Properties): sild.registry.v1.TrustAnchor;

                /**
                 * Encodes the specified TrustAnchor message. Does not implicitly {@link sild.registry.v1.TrustAnchor.verify|verify} messages.
                 * @param message TrustAnchor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.TrustAnchor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TrustAnchor message, length delimited. Does not implicitly {@link sild.registry.v1.TrustAnchor.verify|verify} messages.
                 * @param message TrustAnchor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.TrustAnchor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrustAnchor message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.TrustAnchor & sild.registry.v1.TrustAnchor.$Shape} TrustAnchor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.TrustAnchor & sild.registry.v1.TrustAnchor.$Shape;

                /**
                 * Decodes a TrustAnchor message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.TrustAnchor & sild.registry.v1.TrustAnchor.$Shape} TrustAnchor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.TrustAnchor & sild.registry.v1.TrustAnchor.$Shape;

                /**
                 * Verifies a TrustAnchor message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TrustAnchor message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TrustAnchor
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.TrustAnchor;

                /**
                 * Creates a plain object from a TrustAnchor message. Also converts values to other types if specified.
                 * @param message TrustAnchor
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.TrustAnchor, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TrustAnchor to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TrustAnchor
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TrustAnchor {

                /** Properties of a TrustAnchor. */
                interface $Properties {

                    /** Lower-case hex SHA-256 of the DER certificate. */
                    keyId?: (string|null);

                    /** The instance it anchors, e.g. EE. */
                    instance?: (string|null);

                    /** The root certificate, DER. */
                    certificateDer?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrustAnchor. */
                type $Shape = sild.registry.v1.TrustAnchor.$Properties;
            }

            /**
             * Properties of a ConfigRecord.
             * @deprecated Use sild.registry.v1.ConfigRecord.$Properties instead.
             */
            interface IConfigRecord extends sild.registry.v1.ConfigRecord.$Properties {
            }

            /**
             * One change of the global configuration: the payload of a signed envelope on the configuration
             * topic, keyed by entity_key, so the compacted topic keeps each entity's latest state.
             */
            class ConfigRecord {

                /**
                 * Constructs a new ConfigRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.ConfigRecord.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Position in the registry's total order of changes; strictly increasing. */
                version: (number|Long);

                /** Kafka key of the record, e.g. member/EE/GOV/70000001. */
                entityKey: string;

                /** When the change was committed. */
                changedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** A member. */
                member?: (sild.registry.v1.Member.$Properties|null);

                /** A subsystem. */
                subsystem?: (sild.registry.v1.Subsystem.$Properties|null);

                /** A service. */
                service?: (sild.registry.v1.Service.$Properties|null);

                /** An event type. */
                eventType?: (sild.registry.v1.EventType.$Properties|null);

                /** A grant. */
                grant?: (sild.registry.v1.Grant.$Properties|null);

                /** A subscription. */
                subscription?: (sild.registry.v1.Subscription.$Properties|null);

                /** A member signing certificate. */
                certificate?: (sild.registry.v1.Certificate.$Properties|null);

                /** A trust anchor. */
                trustAnchor?: (sild.registry.v1.TrustAnchor.$Properties|null);

                /** A liveness beat: no entity changed, but the registry vouches for version at changed_at. */
                heartbeat?: (sild.registry.v1.Heartbeat.$Properties|null);

                /** The entity's new state. */
                entity?: ("member"|"subsystem"|"service"|"eventType"|"grant"|"subscription"|"certificate"|"trustAnchor"|"heartbeat");

                /**
                 * Creates a new ConfigRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfigRecord instance
                 */
                static create(properties: sild.registry.v1.ConfigRecord.$Shape): sild.registry.v1.ConfigRecord & sild.registry.v1.ConfigRecord.$Shape;
                static create(properties?: sild.registry.v1.ConfigRecord.$Properties): sild.registry.v1.ConfigRecord;

                /**
                 * Encodes the specified ConfigRecord message. Does not implicitly {@link sild.registry.v1.ConfigRecord.verify|verify} messages.
                 * @param message ConfigRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.ConfigRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConfigRecord message, length delimited. Does not implicitly {@link sild.registry.v1.ConfigRecord.verify|verify} messages.
                 * @param message ConfigRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.ConfigRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.ConfigRecord & sild.registry.v1.ConfigRecord.$Shape} ConfigRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.ConfigRecord & sild.registry.v1.ConfigRecord.$Shape;

                /**
                 * Decodes a ConfigRecord message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.ConfigRecord & sild.registry.v1.ConfigRecord.$Shape} ConfigRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.ConfigRecord & sild.registry.v1.ConfigRecord.$Shape;

                /**
                 * Verifies a ConfigRecord message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfigRecord message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfigRecord
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.ConfigRecord;

                /**
                 * Creates a plain object from a ConfigRecord message. Also converts values to other types if specified.
                 * @param message ConfigRecord
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.ConfigRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfigRecord to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConfigRecord
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfigRecord {

                /** Properties of a ConfigRecord. */
                interface $Properties {

                    /** Position in the registry's total order of changes; strictly increasing. */
                    version?: (number|Long|null);

                    /** Kafka key of the record, e.g. member/EE/GOV/70000001. */
                    entityKey?: (string|null);

                    /** When the change was committed. */
                    changedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** A member. */
                    member?: (sild.registry.v1.Member.$Properties|null);

                    /** A subsystem. */
                    subsystem?: (sild.registry.v1.Subsystem.$Properties|null);

                    /** A service. */
                    service?: (sild.registry.v1.Service.$Properties|null);

                    /** An event type. */
                    eventType?: (sild.registry.v1.EventType.$Properties|null);

                    /** A grant. */
                    grant?: (sild.registry.v1.Grant.$Properties|null);

                    /** A subscription. */
                    subscription?: (sild.registry.v1.Subscription.$Properties|null);

                    /** A member signing certificate. */
                    certificate?: (sild.registry.v1.Certificate.$Properties|null);

                    /** A trust anchor. */
                    trustAnchor?: (sild.registry.v1.TrustAnchor.$Properties|null);

                    /** A liveness beat: no entity changed, but the registry vouches for version at changed_at. */
                    heartbeat?: (sild.registry.v1.Heartbeat.$Properties|null);

                    /** The entity's new state. */
                    entity?: ("member"|"subsystem"|"service"|"eventType"|"grant"|"subscription"|"certificate"|"trustAnchor"|"heartbeat");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ConfigRecord. */
                type $Shape = {
                  version?: number|Long|null;
                  entityKey?: string|null;
                  changedAt?: google.protobuf.Timestamp.$Shape|null;
                  member?: sild.registry.v1.Member.$Shape|null;
                  subsystem?: sild.registry.v1.Subsystem.$Shape|null;
                  service?: sild.registry.v1.Service.$Shape|null;
                  eventType?: sild.registry.v1.EventType.$Shape|null;
                  grant?: sild.registry.v1.Grant.$Shape|null;
                  subscription?: sild.registry.v1.Subscription.$Shape|null;
                  certificate?: sild.registry.v1.Certificate.$Shape|null;
                  trustAnchor?: sild.registry.v1.TrustAnchor.$Shape|null;
                  heartbeat?: sild.registry.v1.Heartbeat.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ entity?: undefined; member?: null; subsystem?: null; service?: null; eventType?: null; grant?: null; subscription?: null; certificate?: null; trustAnchor?: null; heartbeat?: null }|{ entity?: "member"; member: sild.registry.v1.Member.$Shape; subsystem?: null; service?: null; eventType?: null; grant?: null; subscription?: null; certificate?: null; trustAnchor?: null; heartbeat?: null }|{ entity?: "subsystem"; member?: null; subsystem: sild.registry.v1.Subsystem.$Shape; service?: null; eventType?: null; grant?: null; subscription?: null; certificate?: null; trustAnchor?: null; heartbeat?: null }|{ entity?: "service"; member?: null; subsystem?: null; service: sild.registry.v1.Service.$Shape; eventType?: null; grant?: null; subscription?: null; certificate?: null; trustAnchor?: null; heartbeat?: null }|{ entity?: "eventType"; member?: null; subsystem?: null; service?: null; eventType: sild.registry.v1.EventType.$Shape; grant?: null; subscription?: null; certificate?: null; trustAnchor?: null; heartbeat?: null }|{ entity?: "grant"; member?: null; subsystem?: null; service?: null; eventType?: null; grant: sild.registry.v1.Grant.$Shape; subscription?: null; certificate?: null; trustAnchor?: null; heartbeat?: null }|{ entity?: "subscription"; member?: null; subsystem?: null; service?: null; eventType?: null; grant?: null; subscription: sild.registry.v1.Subscription.$Shape; certificate?: null; trustAnchor?: null; heartbeat?: null }|{ entity?: "certificate"; member?: null; subsystem?: null; service?: null; eventType?: null; grant?: null; subscription?: null; certificate: sild.registry.v1.Certificate.$Shape; trustAnchor?: null; heartbeat?: null }|{ entity?: "trustAnchor"; member?: null; subsystem?: null; service?: null; eventType?: null; grant?: null; subscription?: null; certificate?: null; trustAnchor: sild.registry.v1.TrustAnchor.$Shape; heartbeat?: null }|{ entity?: "heartbeat"; member?: null; subsystem?: null; service?: null; eventType?: null; grant?: null; subscription?: null; certificate?: null; trustAnchor?: null; heartbeat: sild.registry.v1.Heartbeat.$Shape })
                );
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use sild.registry.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends sild.registry.v1.Heartbeat.$Properties {
            }

            /** Published periodically so readers can tell how fresh their view is even when nothing changes. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Registry instance (process) that sent it. */
                registryInstance: string;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: sild.registry.v1.Heartbeat.$Shape): sild.registry.v1.Heartbeat & sild.registry.v1.Heartbeat.$Shape;
                static create(properties?: sild.registry.v1.Heartbeat.$Properties): sild.registry.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link sild.registry.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link sild.registry.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.Heartbeat & sild.registry.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.Heartbeat & sild.registry.v1.Heartbeat.$Shape;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.Heartbeat & sild.registry.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.Heartbeat & sild.registry.v1.Heartbeat.$Shape;

                /**
                 * Verifies a Heartbeat message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Heartbeat
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.Heartbeat;

                /**
                 * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
                 * @param message Heartbeat
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Heartbeat to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Heartbeat
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Heartbeat {

                /** Properties of a Heartbeat. */
                interface $Properties {

                    /** Registry instance (process) that sent it. */
                    registryInstance?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = sild.registry.v1.Heartbeat.$Properties;
            }

            /**
             * Properties of a ConfigSnapshot.
             * @deprecated Use sild.registry.v1.ConfigSnapshot.$Properties instead.
             */
            interface IConfigSnapshot extends sild.registry.v1.ConfigSnapshot.$Properties {
            }

            /** The whole configuration at one version, so a new reader can start without reading the log. */
            class ConfigSnapshot {

                /**
                 * Constructs a new ConfigSnapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.ConfigSnapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Version of the last change included. */
                version: (number|Long);

                /** Every entity's latest record. */
                records: sild.registry.v1.ConfigRecord.$Properties[];

                /**
                 * Offset on the configuration topic (its single partition) of the first record not included:
                 * a reader applies the snapshot, then consumes the configuration topic from there.
                 */
                nextOffset: (number|Long);

                /**
                 * Creates a new ConfigSnapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfigSnapshot instance
                 */
                static create(properties: sild.registry.v1.ConfigSnapshot.$Shape): sild.registry.v1.ConfigSnapshot & sild.registry.v1.ConfigSnapshot.$Shape;
                static create(properties?: sild.registry.v1.ConfigSnapshot.$Properties): sild.registry.v1.ConfigSnapshot;

                /**
                 * Encodes the specified ConfigSnapshot message. Does not implicitly {@link sild.registry.v1.ConfigSnapshot.verify|verify} messages.
                 * @param message ConfigSnapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.ConfigSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConfigSnapshot message, length delimited. Does not implicitly {@link sild.registry.v1.ConfigSnapshot.verify|verify} messages.
                 * @param message ConfigSnapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.ConfigSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigSnapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.ConfigSnapshot & sild.registry.v1.ConfigSnapshot.$Shape} ConfigSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.ConfigSnapshot & sild.registry.v1.ConfigSnapshot.$Shape;

                /**
                 * Decodes a ConfigSnapshot message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.ConfigSnapshot & sild.registry.v1.ConfigSnapshot.$Shape} ConfigSnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.ConfigSnapshot & sild.registry.v1.ConfigSnapshot.$Shape;

                /**
                 * Verifies a ConfigSnapshot message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfigSnapshot message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfigSnapshot
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.ConfigSnapshot;

                /**
                 * Creates a plain object from a ConfigSnapshot message. Also converts values to other types if specified.
                 * @param message ConfigSnapshot
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.ConfigSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfigSnapshot to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConfigSnapshot
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfigSnapshot {

                /** Properties of a ConfigSnapshot. */
                interface $Properties {

                    /** Version of the last change included. */
                    version?: (number|Long|null);

                    /** Every entity's latest record. */
                    records?: (sild.registry.v1.ConfigRecord.$Properties[]|null);

                    /**
                     * Offset on the configuration topic (its single partition) of the first record not included:
                     * a reader applies the snapshot, then consumes the configuration topic from there.
                     */
                    nextOffset?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigSnapshot. */
                type $Shape = {
                  version?: number|Long|null;
                  records?: sild.registry.v1.ConfigRecord.$Shape[]|null;
                  nextOffset?: number|Long|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an AddMemberRequest.
             * @deprecated Use sild.registry.v1.AddMemberRequest.$Properties instead.
             */
            interface IAddMemberRequest extends sild.registry.v1.AddMemberRequest.$Properties {
            }

            /** Request of Registry.AddMember. */
            class AddMemberRequest {

                /**
                 * Constructs a new AddMemberRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.AddMemberRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Instance, member class and code (subsystem empty). */
                id?: (sild.v1.ClientId.$Properties|null);

                /** Display name. */
                name: string;

                /**
                 * Creates a new AddMemberRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddMemberRequest instance
                 */
                static create(properties: sild.registry.v1.AddMemberRequest.$Shape): sild.registry.v1.AddMemberRequest & sild.registry.v1.AddMemberRequest.$Shape;
                static create(properties?: sild.registry.v1.AddMemberRequest.$Properties): sild.registry.v1.AddMemberRequest;

                /**
                 * Encodes the specified AddMemberRequest message. Does not implicitly {@link sild.registry.v1.AddMemberRequest.verify|verify} messages.
                 * @param message AddMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.AddMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddMemberRequest message, length delimited. Does not implicitly {@link sild.registry.v1.AddMemberRequest.verify|verify} messages.
                 * @param message AddMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.AddMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.AddMemberRequest & sild.registry.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.AddMemberRequest & sild.registry.v1.AddMemberRequest.$Shape;

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.AddMemberRequest & sild.registry.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.AddMemberRequest & sild.registry.v1.AddMemberRequest.$Shape;

                /**
                 * Verifies an AddMemberRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddMemberRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.AddMemberRequest;

                /**
                 * Creates a plain object from an AddMemberRequest message. Also converts values to other types if specified.
                 * @param message AddMemberRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.AddMemberRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddMemberRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddMemberRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddMemberRequest {

                /** Properties of an AddMemberRequest. */
                interface $Properties {

                    /** Instance, member class and code (subsystem empty). */
                    id?: (sild.v1.ClientId.$Properties|null);

                    /** Display name. */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddMemberRequest. */
                type $Shape = sild.registry.v1.AddMemberRequest.$Properties;
            }

            /**
             * Properties of an AddSubsystemRequest.
             * @deprecated Use sild.registry.v1.AddSubsystemRequest.$Properties instead.
             */
            interface IAddSubsystemRequest extends sild.registry.v1.AddSubsystemRequest.$Properties {
            }

            /** Request of Registry.AddSubsystem. */
            class AddSubsystemRequest {

                /**
                 * Constructs a new AddSubsystemRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.AddSubsystemRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subsystem; its member must exist. */
                id?: (sild.v1.ClientId.$Properties|null);

                /**
                 * Creates a new AddSubsystemRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddSubsystemRequest instance
                 */
                static create(properties: sild.registry.v1.AddSubsystemRequest.$Shape): sild.registry.v1.AddSubsystemRequest & sild.registry.v1.AddSubsystemRequest.$Shape;
                static create(properties?: sild.registry.v1.AddSubsystemRequest.$Properties): sild.registry.v1.AddSubsystemRequest;

                /**
                 * Encodes the specified AddSubsystemRequest message. Does not implicitly {@link sild.registry.v1.AddSubsystemRequest.verify|verify} messages.
                 * @param message AddSubsystemRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.AddSubsystemRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddSubsystemRequest message, length delimited. Does not implicitly {@link sild.registry.v1.AddSubsystemRequest.verify|verify} messages.
                 * @param message AddSubsystemRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.AddSubsystemRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddSubsystemRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.AddSubsystemRequest & sild.registry.v1.AddSubsystemRequest.$Shape} AddSubsystemRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.AddSubsystemRequest & sild.registry.v1.AddSubsystemRequest.$Shape;

                /**
                 * Decodes an AddSubsystemRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.AddSubsystemRequest & sild.registry.v1.AddSubsystemRequest.$Shape} AddSubsystemRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.AddSubsystemRequest & sild.registry.v1.AddSubsystemRequest.$Shape;

                /**
                 * Verifies an AddSubsystemRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddSubsystemRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddSubsystemRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.AddSubsystemRequest;

                /**
                 * Creates a plain object from an AddSubsystemRequest message. Also converts values to other types if specified.
                 * @param message AddSubsystemRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.AddSubsystemRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddSubsystemRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddSubsystemRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddSubsystemRequest {

                /** Properties of an AddSubsystemRequest. */
                interface $Properties {

                    /** The subsystem; its member must exist. */
                    id?: (sild.v1.ClientId.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddSubsystemRequest. */
                type $Shape = sild.registry.v1.AddSubsystemRequest.$Properties;
            }

            /**
             * Properties of an AddServiceRequest.
             * @deprecated Use sild.registry.v1.AddServiceRequest.$Properties instead.
             */
            interface IAddServiceRequest extends sild.registry.v1.AddServiceRequest.$Properties {
            }

            /** Request of Registry.AddService. */
            class AddServiceRequest {

                /**
                 * Constructs a new AddServiceRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.AddServiceRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Provider subsystem, code and version. */
                id?: (sild.v1.ServiceId.$Properties|null);

                /** What the service does. */
                description: string;

                /** How the provider is reached. */
                endpointKind: sild.registry.v1.EndpointKind;

                /**
                 * Creates a new AddServiceRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddServiceRequest instance
                 */
                static create(properties: sild.registry.v1.AddServiceRequest.$Shape): sild.registry.v1.AddServiceRequest & sild.registry.v1.AddServiceRequest.$Shape;
                static create(properties?: sild.registry.v1.AddServiceRequest.$Properties): sild.registry.v1.AddServiceRequest;

                /**
                 * Encodes the specified AddServiceRequest message. Does not implicitly {@link sild.registry.v1.AddServiceRequest.verify|verify} messages.
                 * @param message AddServiceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.AddServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddServiceRequest message, length delimited. Does not implicitly {@link sild.registry.v1.AddServiceRequest.verify|verify} messages.
                 * @param message AddServiceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.AddServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddServiceRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.AddServiceRequest & sild.registry.v1.AddServiceRequest.$Shape} AddServiceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.AddServiceRequest & sild.registry.v1.AddServiceRequest.$Shape;

                /**
                 * Decodes an AddServiceRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.AddServiceRequest & sild.registry.v1.AddServiceRequest.$Shape} AddServiceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.AddServiceRequest & sild.registry.v1.AddServiceRequest.$Shape;

                /**
                 * Verifies an AddServiceRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddServiceRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddServiceRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.AddServiceRequest;

                /**
                 * Creates a plain object from an AddServiceRequest message. Also converts values to other types if specified.
                 * @param message AddServiceRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.AddServiceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddServiceRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddServiceRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddServiceRequest {

                /** Properties of an AddServiceRequest. */
                interface $Properties {

                    /** Provider subsystem, code and version. */
                    id?: (sild.v1.ServiceId.$Properties|null);

                    /** What the service does. */
                    description?: (string|null);

                    /** How the provider is reached. */
                    endpointKind?: (sild.registry.v1.EndpointKind|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddServiceRequest. */
                type $Shape = sild.registry.v1.AddServiceRequest.$Properties;
            }

            /**
             * Properties of an AddEventTypeRequest.
             * @deprecated Use sild.registry.v1.AddEventTypeRequest.$Properties instead.
             */
            interface IAddEventTypeRequest extends sild.registry.v1.AddEventTypeRequest.$Properties {
            }

            /** Request of Registry.AddEventType. */
            class AddEventTypeRequest {

                /**
                 * Constructs a new AddEventTypeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.AddEventTypeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The event type to register. */
                eventType?: (sild.registry.v1.EventType.$Properties|null);

                /**
                 * Creates a new AddEventTypeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddEventTypeRequest instance
                 */
                static create(properties: sild.registry.v1.AddEventTypeRequest.$Shape): sild.registry.v1.AddEventTypeRequest & sild.registry.v1.AddEventTypeRequest.$Shape;
                static create(properties?: sild.registry.v1.AddEventTypeRequest.$Properties): sild.registry.v1.AddEventTypeRequest;

                /**
                 * Encodes the specified AddEventTypeRequest message. Does not implicitly {@link sild.registry.v1.AddEventTypeRequest.verify|verify} messages.
                 * @param message AddEventTypeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.AddEventTypeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddEventTypeRequest message, length delimited. Does not implicitly {@link sild.registry.v1.AddEventTypeRequest.verify|verify} messages.
                 * @param message AddEventTypeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.AddEventTypeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddEventTypeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.AddEventTypeRequest & sild.registry.v1.AddEventTypeRequest.$Shape} AddEventTypeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.AddEventTypeRequest & sild.registry.v1.AddEventTypeRequest.$Shape;

                /**
                 * Decodes an AddEventTypeRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.AddEventTypeRequest & sild.registry.v1.AddEventTypeRequest.$Shape} AddEventTypeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.AddEventTypeRequest & sild.registry.v1.AddEventTypeRequest.$Shape;

                /**
                 * Verifies an AddEventTypeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddEventTypeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddEventTypeRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.AddEventTypeRequest;

                /**
                 * Creates a plain object from an AddEventTypeRequest message. Also converts values to other types if specified.
                 * @param message AddEventTypeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.AddEventTypeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddEventTypeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddEventTypeRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddEventTypeRequest {

                /** Properties of an AddEventTypeRequest. */
                interface $Properties {

                    /** The event type to register. */
                    eventType?: (sild.registry.v1.EventType.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddEventTypeRequest. */
                type $Shape = sild.registry.v1.AddEventTypeRequest.$Properties;
            }

            /**
             * Properties of an AddGrantRequest.
             * @deprecated Use sild.registry.v1.AddGrantRequest.$Properties instead.
             */
            interface IAddGrantRequest extends sild.registry.v1.AddGrantRequest.$Properties {
            }

            /** Request of Registry.AddGrant. */
            class AddGrantRequest {

                /**
                 * Constructs a new AddGrantRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.AddGrantRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The client subsystem. */
                client?: (sild.v1.ClientId.$Properties|null);

                /** The service. */
                service?: (sild.v1.ServiceId.$Properties|null);

                /** Why. */
                purpose: string;

                /** End of validity; unset means open-ended. */
                validUntil?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new AddGrantRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddGrantRequest instance
                 */
                static create(properties: sild.registry.v1.AddGrantRequest.$Shape): sild.registry.v1.AddGrantRequest & sild.registry.v1.AddGrantRequest.$Shape;
                static create(properties?: sild.registry.v1.AddGrantRequest.$Properties): sild.registry.v1.AddGrantRequest;

                /**
                 * Encodes the specified AddGrantRequest message. Does not implicitly {@link sild.registry.v1.AddGrantRequest.verify|verify} messages.
                 * @param message AddGrantRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.AddGrantRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddGrantRequest message, length delimited. Does not implicitly {@link sild.registry.v1.AddGrantRequest.verify|verify} messages.
                 * @param message AddGrantRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.AddGrantRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddGrantRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.AddGrantRequest & sild.registry.v1.AddGrantRequest.$Shape} AddGrantRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.AddGrantRequest & sild.registry.v1.AddGrantRequest.$Shape;

                /**
                 * Decodes an AddGrantRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.AddGrantRequest & sild.registry.v1.AddGrantRequest.$Shape} AddGrantRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.AddGrantRequest & sild.registry.v1.AddGrantRequest.$Shape;

                /**
                 * Verifies an AddGrantRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddGrantRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddGrantRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.AddGrantRequest;

                /**
                 * Creates a plain object from an AddGrantRequest message. Also converts values to other types if specified.
                 * @param message AddGrantRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.AddGrantRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddGrantRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddGrantRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddGrantRequest {

                /** Properties of an AddGrantRequest. */
                interface $Properties {

                    /** The client subsystem. */
                    client?: (sild.v1.ClientId.$Properties|null);

                    /** The service. */
                    service?: (sild.v1.ServiceId.$Properties|null);

                    /** Why. */
                    purpose?: (string|null);

                    /** End of validity; unset means open-ended. */
                    validUntil?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddGrantRequest. */
                type $Shape = sild.registry.v1.AddGrantRequest.$Properties;
            }

            /**
             * Properties of a RevokeGrantRequest.
             * @deprecated Use sild.registry.v1.RevokeGrantRequest.$Properties instead.
             */
            interface IRevokeGrantRequest extends sild.registry.v1.RevokeGrantRequest.$Properties {
            }

            /** Request of Registry.RevokeGrant. */
            class RevokeGrantRequest {

                /**
                 * Constructs a new RevokeGrantRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.RevokeGrantRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The grant. */
                id: string;

                /**
                 * Creates a new RevokeGrantRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevokeGrantRequest instance
                 */
                static create(properties: sild.registry.v1.RevokeGrantRequest.$Shape): sild.registry.v1.RevokeGrantRequest & sild.registry.v1.RevokeGrantRequest.$Shape;
                static create(properties?: sild.registry.v1.RevokeGrantRequest.$Properties): sild.registry.v1.RevokeGrantRequest;

                /**
                 * Encodes the specified RevokeGrantRequest message. Does not implicitly {@link sild.registry.v1.RevokeGrantRequest.verify|verify} messages.
                 * @param message RevokeGrantRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.RevokeGrantRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RevokeGrantRequest message, length delimited. Does not implicitly {@link sild.registry.v1.RevokeGrantRequest.verify|verify} messages.
                 * @param message RevokeGrantRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.RevokeGrantRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokeGrantRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.RevokeGrantRequest & sild.registry.v1.RevokeGrantRequest.$Shape} RevokeGrantRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.RevokeGrantRequest & sild.registry.v1.RevokeGrantRequest.$Shape;

                /**
                 * Decodes a RevokeGrantRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.RevokeGrantRequest & sild.registry.v1.RevokeGrantRequest.$Shape} RevokeGrantRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.RevokeGrantRequest & sild.registry.v1.RevokeGrantRequest.$Shape;

                /**
                 * Verifies a RevokeGrantRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevokeGrantRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokeGrantRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.RevokeGrantRequest;

                /**
                 * Creates a plain object from a RevokeGrantRequest message. Also converts values to other types if specified.
                 * @param message RevokeGrantRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.RevokeGrantRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokeGrantRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RevokeGrantRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeGrantRequest {

                /** Properties of a RevokeGrantRequest. */
                interface $Properties {

                    /** The grant. */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevokeGrantRequest. */
                type $Shape = sild.registry.v1.RevokeGrantRequest.$Properties;
            }

            /**
             * Properties of a RequestSubscriptionRequest.
             * @deprecated Use sild.registry.v1.RequestSubscriptionRequest.$Properties instead.
             */
            interface IRequestSubscriptionRequest extends sild.registry.v1.RequestSubscriptionRequest.$Properties {
            }

            /** Request of Registry.RequestSubscription. */
            class RequestSubscriptionRequest {

                /**
                 * Constructs a new RequestSubscriptionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.RequestSubscriptionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subscriber subsystem. */
                subscriber?: (sild.v1.ClientId.$Properties|null);

                /** The event type. */
                eventType: string;

                /** Filter over header attributes, as JSON (CloudEvents Subscriptions API dialects). */
                filterJson: string;

                /** Why. */
                purpose: string;

                /** Also deliver events about the subjects the subscriber follows. */
                includeFollowed: boolean;

                /**
                 * Creates a new RequestSubscriptionRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RequestSubscriptionRequest instance
                 */
                static create(properties: sild.registry.v1.RequestSubscriptionRequest.$Shape): sild.registry.v1.RequestSubscriptionRequest & sild.registry.v1.RequestSubscriptionRequest.$Shape;
                static create(properties?: sild.registry.v1.RequestSubscriptionRequest.$Properties): sild.registry.v1.RequestSubscriptionRequest;

                /**
                 * Encodes the specified RequestSubscriptionRequest message. Does not implicitly {@link sild.registry.v1.RequestSubscriptionRequest.verify|verify} messages.
                 * @param message RequestSubscriptionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.RequestSubscriptionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RequestSubscriptionRequest message, length delimited. Does not implicitly {@link sild.registry.v1.RequestSubscriptionRequest.verify|verify} messages.
                 * @param message RequestSubscriptionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.RequestSubscriptionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RequestSubscriptionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.RequestSubscriptionRequest & sild.registry.v1.RequestSubscriptionRequest.$Shape} RequestSubscriptionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.RequestSubscriptionRequest & sild.registry.v1.RequestSubscriptionRequest.$Shape;

                /**
                 * Decodes a RequestSubscriptionRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.RequestSubscriptionRequest & sild.registry.v1.RequestSubscriptionRequest.$Shape} RequestSubscriptionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.RequestSubscriptionRequest & sild.registry.v1.RequestSubscriptionRequest.$Shape;

                /**
                 * Verifies a RequestSubscriptionRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RequestSubscriptionRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RequestSubscriptionRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.RequestSubscriptionRequest;

                /**
                 * Creates a plain object from a RequestSubscriptionRequest message. Also converts values to other types if specified.
                 * @param message RequestSubscriptionRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.RequestSubscriptionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RequestSubscriptionRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RequestSubscriptionRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RequestSubscriptionRequest {

                /** Properties of a RequestSubscriptionRequest. */
                interface $Properties {

                    /** The subscriber subsystem. */
                    subscriber?: (sild.v1.ClientId.$Properties|null);

                    /** The event type. */
                    eventType?: (string|null);

                    /** Filter over header attributes, as JSON (CloudEvents Subscriptions API dialects). */
                    filterJson?: (string|null);

                    /** Why. */
                    purpose?: (string|null);

                    /** Also deliver events about the subjects the subscriber follows. */
                    includeFollowed?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RequestSubscriptionRequest. */
                type $Shape = sild.registry.v1.RequestSubscriptionRequest.$Properties;
            }

            /**
             * Properties of a DecideSubscriptionRequest.
             * @deprecated Use sild.registry.v1.DecideSubscriptionRequest.$Properties instead.
             */
            interface IDecideSubscriptionRequest extends sild.registry.v1.DecideSubscriptionRequest.$Properties {
            }

            /** Request of Registry.DecideSubscription. */
            class DecideSubscriptionRequest {

                /**
                 * Constructs a new DecideSubscriptionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.DecideSubscriptionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The subscription. */
                id: string;

                /** APPROVED, REJECTED or REVOKED. */
                decision: sild.registry.v1.SubscriptionStatus;

                /** Who decides: must own the event type (or be the subscriber, to revoke). */
                decidedBy?: (sild.v1.ClientId.$Properties|null);

                /** Free-text reason. */
                reason: string;

                /** With APPROVED: the bound the owner allows, as a filter (JSON); empty means all. */
                approvedFilterJson: string;

                /**
                 * Creates a new DecideSubscriptionRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DecideSubscriptionRequest instance
                 */
                static create(properties: sild.registry.v1.DecideSubscriptionRequest.$Shape): sild.registry.v1.DecideSubscriptionRequest & sild.registry.v1.DecideSubscriptionRequest.$Shape;
                static create(properties?: sild.registry.v1.DecideSubscriptionRequest.$Properties): sild.registry.v1.DecideSubscriptionRequest;

                /**
                 * Encodes the specified DecideSubscriptionRequest message. Does not implicitly {@link sild.registry.v1.DecideSubscriptionRequest.verify|verify} messages.
                 * @param message DecideSubscriptionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.DecideSubscriptionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DecideSubscriptionRequest message, length delimited. Does not implicitly {@link sild.registry.v1.DecideSubscriptionRequest.verify|verify} messages.
                 * @param message DecideSubscriptionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.DecideSubscriptionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DecideSubscriptionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.DecideSubscriptionRequest & sild.registry.v1.DecideSubscriptionRequest.$Shape} DecideSubscriptionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.DecideSubscriptionRequest & sild.registry.v1.DecideSubscriptionRequest.$Shape;

                /**
                 * Decodes a DecideSubscriptionRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.DecideSubscriptionRequest & sild.registry.v1.DecideSubscriptionRequest.$Shape} DecideSubscriptionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.DecideSubscriptionRequest & sild.registry.v1.DecideSubscriptionRequest.$Shape;

                /**
                 * Verifies a DecideSubscriptionRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DecideSubscriptionRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DecideSubscriptionRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.DecideSubscriptionRequest;

                /**
                 * Creates a plain object from a DecideSubscriptionRequest message. Also converts values to other types if specified.
                 * @param message DecideSubscriptionRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.DecideSubscriptionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DecideSubscriptionRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DecideSubscriptionRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DecideSubscriptionRequest {

                /** Properties of a DecideSubscriptionRequest. */
                interface $Properties {

                    /** The subscription. */
                    id?: (string|null);

                    /** APPROVED, REJECTED or REVOKED. */
                    decision?: (sild.registry.v1.SubscriptionStatus|null);

                    /** Who decides: must own the event type (or be the subscriber, to revoke). */
                    decidedBy?: (sild.v1.ClientId.$Properties|null);

                    /** Free-text reason. */
                    reason?: (string|null);

                    /** With APPROVED: the bound the owner allows, as a filter (JSON); empty means all. */
                    approvedFilterJson?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DecideSubscriptionRequest. */
                type $Shape = sild.registry.v1.DecideSubscriptionRequest.$Properties;
            }

            /**
             * Properties of a RegisterCertificateRequest.
             * @deprecated Use sild.registry.v1.RegisterCertificateRequest.$Properties instead.
             */
            interface IRegisterCertificateRequest extends sild.registry.v1.RegisterCertificateRequest.$Properties {
            }

            /** Request of Registry.RegisterCertificate. */
            class RegisterCertificateRequest {

                /**
                 * Constructs a new RegisterCertificateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.RegisterCertificateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** A member signing certificate issued by the instance CA, DER. */
                certificateDer: Uint8Array;

                /**
                 * Creates a new RegisterCertificateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RegisterCertificateRequest instance
                 */
                static create(properties: sild.registry.v1.RegisterCertificateRequest.$Shape): sild.registry.v1.RegisterCertificateRequest & sild.registry.v1.RegisterCertificateRequest.$Shape;
                static create(properties?: sild.registry.v1.RegisterCertificateRequest.$Properties): sild.registry.v1.RegisterCertificateRequest;

                /**
                 * Encodes the specified RegisterCertificateRequest message. Does not implicitly {@link sild.registry.v1.RegisterCertificateRequest.verify|verify} messages.
                 * @param message RegisterCertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.RegisterCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RegisterCertificateRequest message, length delimited. Does not implicitly {@link sild.registry.v1.RegisterCertificateRequest.verify|verify} messages.
                 * @param message RegisterCertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.RegisterCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RegisterCertificateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.RegisterCertificateRequest & sild.registry.v1.RegisterCertificateRequest.$Shape} RegisterCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.RegisterCertificateRequest & sild.registry.v1.RegisterCertificateRequest.$Shape;

                /**
                 * Decodes a RegisterCertificateRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.RegisterCertificateRequest & sild.registry.v1.RegisterCertificateRequest.$Shape} RegisterCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.RegisterCertificateRequest & sild.registry.v1.RegisterCertificateRequest.$Shape;

                /**
                 * Verifies a RegisterCertificateRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RegisterCertificateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RegisterCertificateRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.RegisterCertificateRequest;

                /**
                 * Creates a plain object from a RegisterCertificateRequest message. Also converts values to other types if specified.
                 * @param message RegisterCertificateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.RegisterCertificateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RegisterCertificateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RegisterCertificateRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RegisterCertificateRequest {

                /** Properties of a RegisterCertificateRequest. */
                interface $Properties {

                    /** A member signing certificate issued by the instance CA, DER. */
                    certificateDer?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RegisterCertificateRequest. */
                type $Shape = sild.registry.v1.RegisterCertificateRequest.$Properties;
            }

            /**
             * Properties of a RevokeCertificateRequest.
             * @deprecated Use sild.registry.v1.RevokeCertificateRequest.$Properties instead.
             */
            interface IRevokeCertificateRequest extends sild.registry.v1.RevokeCertificateRequest.$Properties {
            }

            /** Request of Registry.RevokeCertificate. */
            class RevokeCertificateRequest {

                /**
                 * Constructs a new RevokeCertificateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.RevokeCertificateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Key id (hex SHA-256 of the certificate). */
                keyId: string;

                /** RFC 5280 reason name. */
                reason: string;

                /** Revocation time; unset means now. */
                revokedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Creates a new RevokeCertificateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevokeCertificateRequest instance
                 */
                static create(properties: sild.registry.v1.RevokeCertificateRequest.$Shape): sild.registry.v1.RevokeCertificateRequest & sild.registry.v1.RevokeCertificateRequest.$Shape;
                static create(properties?: sild.registry.v1.RevokeCertificateRequest.$Properties): sild.registry.v1.RevokeCertificateRequest;

                /**
                 * Encodes the specified RevokeCertificateRequest message. Does not implicitly {@link sild.registry.v1.RevokeCertificateRequest.verify|verify} messages.
                 * @param message RevokeCertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.RevokeCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RevokeCertificateRequest message, length delimited. Does not implicitly {@link sild.registry.v1.RevokeCertificateRequest.verify|verify} messages.
                 * @param message RevokeCertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.RevokeCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokeCertificateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.RevokeCertificateRequest & sild.registry.v1.RevokeCertificateRequest.$Shape} RevokeCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.RevokeCertificateRequest & sild.registry.v1.RevokeCertificateRequest.$Shape;

                /**
                 * Decodes a RevokeCertificateRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.RevokeCertificateRequest & sild.registry.v1.RevokeCertificateRequest.$Shape} RevokeCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.RevokeCertificateRequest & sild.registry.v1.RevokeCertificateRequest.$Shape;

                /**
                 * Verifies a RevokeCertificateRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevokeCertificateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokeCertificateRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.RevokeCertificateRequest;

                /**
                 * Creates a plain object from a RevokeCertificateRequest message. Also converts values to other types if specified.
                 * @param message RevokeCertificateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.RevokeCertificateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokeCertificateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RevokeCertificateRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RevokeCertificateRequest {

                /** Properties of a RevokeCertificateRequest. */
                interface $Properties {

                    /** Key id (hex SHA-256 of the certificate). */
                    keyId?: (string|null);

                    /** RFC 5280 reason name. */
                    reason?: (string|null);

                    /** Revocation time; unset means now. */
                    revokedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevokeCertificateRequest. */
                type $Shape = sild.registry.v1.RevokeCertificateRequest.$Properties;
            }

            /**
             * Properties of an AddTrustAnchorRequest.
             * @deprecated Use sild.registry.v1.AddTrustAnchorRequest.$Properties instead.
             */
            interface IAddTrustAnchorRequest extends sild.registry.v1.AddTrustAnchorRequest.$Properties {
            }

            /** Request of Registry.AddTrustAnchor. */
            class AddTrustAnchorRequest {

                /**
                 * Constructs a new AddTrustAnchorRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.AddTrustAnchorRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The instance root certificate, DER. */
                certificateDer: Uint8Array;

                /**
                 * Creates a new AddTrustAnchorRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddTrustAnchorRequest instance
                 */
                static create(properties: sild.registry.v1.AddTrustAnchorRequest.$Shape): sild.registry.v1.AddTrustAnchorRequest & sild.registry.v1.AddTrustAnchorRequest.$Shape;
                static create(properties?: sild.registry.v1.AddTrustAnchorRequest.$Properties): sild.registry.v1.AddTrustAnchorRequest;

                /**
                 * Encodes the specified AddTrustAnchorRequest message. Does not implicitly {@link sild.registry.v1.AddTrustAnchorRequest.verify|verify} messages.
                 * @param message AddTrustAnchorRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.AddTrustAnchorRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AddTrustAnchorRequest message, length delimited. Does not implicitly {@link sild.registry.v1.AddTrustAnchorRequest.verify|verify} messages.
                 * @param message AddTrustAnchorRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.AddTrustAnchorRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddTrustAnchorRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.AddTrustAnchorRequest & sild.registry.v1.AddTrustAnchorRequest.$Shape} AddTrustAnchorRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.AddTrustAnchorRequest & sild.registry.v1.AddTrustAnchorRequest.$Shape;

                /**
                 * Decodes an AddTrustAnchorRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.AddTrustAnchorRequest & sild.registry.v1.AddTrustAnchorRequest.$Shape} AddTrustAnchorRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.AddTrustAnchorRequest & sild.registry.v1.AddTrustAnchorRequest.$Shape;

                /**
                 * Verifies an AddTrustAnchorRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddTrustAnchorRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddTrustAnchorRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.AddTrustAnchorRequest;

                /**
                 * Creates a plain object from an AddTrustAnchorRequest message. Also converts values to other types if specified.
                 * @param message AddTrustAnchorRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.AddTrustAnchorRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddTrustAnchorRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AddTrustAnchorRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AddTrustAnchorRequest {

                /** Properties of an AddTrustAnchorRequest. */
                interface $Properties {

                    /** The instance root certificate, DER. */
                    certificateDer?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddTrustAnchorRequest. */
                type $Shape = sild.registry.v1.AddTrustAnchorRequest.$Properties;
            }

            /**
             * Properties of a GetConfigurationRequest.
             * @deprecated Use sild.registry.v1.GetConfigurationRequest.$Properties instead.
             */
            interface IGetConfigurationRequest extends sild.registry.v1.GetConfigurationRequest.$Properties {
            }

            /** Request of Registry.GetConfiguration. */
            class GetConfigurationRequest {

                /**
                 * Constructs a new GetConfigurationRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.GetConfigurationRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetConfigurationRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetConfigurationRequest instance
                 */
                static create(properties: sild.registry.v1.GetConfigurationRequest.$Shape): sild.registry.v1.GetConfigurationRequest & sild.registry.v1.GetConfigurationRequest.$Shape;
                static create(properties?: sild.registry.v1.GetConfigurationRequest.$Properties): sild.registry.v1.GetConfigurationRequest;

                /**
                 * Encodes the specified GetConfigurationRequest message. Does not implicitly {@link sild.registry.v1.GetConfigurationRequest.verify|verify} messages.
                 * @param message GetConfigurationRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.GetConfigurationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetConfigurationRequest message, length delimited. Does not implicitly {@link sild.registry.v1.GetConfigurationRequest.verify|verify} messages.
                 * @param message GetConfigurationRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.GetConfigurationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetConfigurationRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.GetConfigurationRequest & sild.registry.v1.GetConfigurationRequest.$Shape} GetConfigurationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.GetConfigurationRequest & sild.registry.v1.GetConfigurationRequest.$Shape;

                /**
                 * Decodes a GetConfigurationRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.GetConfigurationRequest & sild.registry.v1.GetConfigurationRequest.$Shape} GetConfigurationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.GetConfigurationRequest & sild.registry.v1.GetConfigurationRequest.$Shape;

                /**
                 * Verifies a GetConfigurationRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetConfigurationRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetConfigurationRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.GetConfigurationRequest;

                /**
                 * Creates a plain object from a GetConfigurationRequest message. Also converts values to other types if specified.
                 * @param message GetConfigurationRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.GetConfigurationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetConfigurationRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetConfigurationRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetConfigurationRequest {

                /** Properties of a GetConfigurationRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetConfigurationRequest. */
                type $Shape = sild.registry.v1.GetConfigurationRequest.$Properties;
            }

            /**
             * Properties of a Configuration.
             * @deprecated Use sild.registry.v1.Configuration.$Properties instead.
             */
            interface IConfiguration extends sild.registry.v1.Configuration.$Properties {
            }

            /** The registry's database state, as the configuration topic should reproduce it. */
            class Configuration {

                /**
                 * Constructs a new Configuration.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.Configuration.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Version of the last committed change. */
                version: (number|Long);

                /** Members. */
                members: sild.registry.v1.Member.$Properties[];

                /** Subsystems. */
                subsystems: sild.registry.v1.Subsystem.$Properties[];

                /** Services. */
                services: sild.registry.v1.Service.$Properties[];

                /** Event types. */
                eventTypes: sild.registry.v1.EventType.$Properties[];

                /** Grants. */
                grants: sild.registry.v1.Grant.$Properties[];

                /** Subscriptions. */
                subscriptions: sild.registry.v1.Subscription.$Properties[];

                /** Certificates. */
                certificates: sild.registry.v1.Certificate.$Properties[];

                /** Trust anchors. */
                trustAnchors: sild.registry.v1.TrustAnchor.$Properties[];

                /**
                 * Creates a new Configuration instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Configuration instance
                 */
                static create(properties: sild.registry.v1.Configuration.$Shape): sild.registry.v1.Configuration & sild.registry.v1.Configuration.$Shape;
                static create(properties?: sild.registry.v1.Configuration.$Properties): sild.registry.v1.Configuration;

                /**
                 * Encodes the specified Configuration message. Does not implicitly {@link sild.registry.v1.Configuration.verify|verify} messages.
                 * @param message Configuration message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.Configuration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Configuration message, length delimited. Does not implicitly {@link sild.registry.v1.Configuration.verify|verify} messages.
                 * @param message Configuration message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.Configuration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Configuration message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.Configuration & sild.registry.v1.Configuration.$Shape} Configuration
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.Configuration & sild.registry.v1.Configuration.$Shape;

                /**
                 * Decodes a Configuration message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.Configuration & sild.registry.v1.Configuration.$Shape} Configuration
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.Configuration & sild.registry.v1.Configuration.$Shape;

                /**
                 * Verifies a Configuration message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Configuration message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Configuration
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.Configuration;

                /**
                 * Creates a plain object from a Configuration message. Also converts values to other types if specified.
                 * @param message Configuration
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.Configuration, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Configuration to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Configuration
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Configuration {

                /** Properties of a Configuration. */
                interface $Properties {

                    /** Version of the last committed change. */
                    version?: (number|Long|null);

                    /** Members. */
                    members?: (sild.registry.v1.Member.$Properties[]|null);

                    /** Subsystems. */
                    subsystems?: (sild.registry.v1.Subsystem.$Properties[]|null);

                    /** Services. */
                    services?: (sild.registry.v1.Service.$Properties[]|null);

                    /** Event types. */
                    eventTypes?: (sild.registry.v1.EventType.$Properties[]|null);

                    /** Grants. */
                    grants?: (sild.registry.v1.Grant.$Properties[]|null);

                    /** Subscriptions. */
                    subscriptions?: (sild.registry.v1.Subscription.$Properties[]|null);

                    /** Certificates. */
                    certificates?: (sild.registry.v1.Certificate.$Properties[]|null);

                    /** Trust anchors. */
                    trustAnchors?: (sild.registry.v1.TrustAnchor.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Configuration. */
                type $Shape = sild.registry.v1.Configuration.$Properties;
            }

            /**
             * Properties of a ManagementRequest.
             * @deprecated Use sild.registry.v1.ManagementRequest.$Properties instead.
             */
            interface IManagementRequest extends sild.registry.v1.ManagementRequest.$Properties {
            }

            /**
             * A member's change request, sent as the payload of a signed MANAGEMENT envelope to the registry's
             * management topic. The signer's certificate names the member that asks; the registry checks that
             * this member may make the change (it owns the service, the event type or the subscriber).
             */
            class ManagementRequest {

                /**
                 * Constructs a new ManagementRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.ManagementRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Ask for an event type on behalf of one of the member's subsystems. */
                requestSubscription?: (sild.registry.v1.RequestSubscriptionRequest.$Properties|null);

                /** Approve, reject (as the event type's owner) or revoke a subscription. */
                decideSubscription?: (sild.registry.v1.DecideSubscriptionRequest.$Properties|null);

                /** Let a client call one of the member's services. */
                addGrant?: (sild.registry.v1.AddGrantRequest.$Properties|null);

                /** Withdraw a grant of one of the member's services. */
                revokeGrant?: (sild.registry.v1.RevokeGrantRequest.$Properties|null);

                /** The change asked for. */
                action?: ("requestSubscription"|"decideSubscription"|"addGrant"|"revokeGrant");

                /**
                 * Creates a new ManagementRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ManagementRequest instance
                 */
                static create(properties: sild.registry.v1.ManagementRequest.$Shape): sild.registry.v1.ManagementRequest & sild.registry.v1.ManagementRequest.$Shape;
                static create(properties?: sild.registry.v1.ManagementRequest.$Properties): sild.registry.v1.ManagementRequest;

                /**
                 * Encodes the specified ManagementRequest message. Does not implicitly {@link sild.registry.v1.ManagementRequest.verify|verify} messages.
                 * @param message ManagementRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.ManagementRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ManagementRequest message, length delimited. Does not implicitly {@link sild.registry.v1.ManagementRequest.verify|verify} messages.
                 * @param message ManagementRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.ManagementRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ManagementRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.ManagementRequest & sild.registry.v1.ManagementRequest.$Shape} ManagementRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.ManagementRequest & sild.registry.v1.ManagementRequest.$Shape;

                /**
                 * Decodes a ManagementRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.ManagementRequest & sild.registry.v1.ManagementRequest.$Shape} ManagementRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.ManagementRequest & sild.registry.v1.ManagementRequest.$Shape;

                /**
                 * Verifies a ManagementRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ManagementRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ManagementRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.ManagementRequest;

                /**
                 * Creates a plain object from a ManagementRequest message. Also converts values to other types if specified.
                 * @param message ManagementRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.ManagementRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ManagementRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ManagementRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ManagementRequest {

                /** Properties of a ManagementRequest. */
                interface $Properties {

                    /** Ask for an event type on behalf of one of the member's subsystems. */
                    requestSubscription?: (sild.registry.v1.RequestSubscriptionRequest.$Properties|null);

                    /** Approve, reject (as the event type's owner) or revoke a subscription. */
                    decideSubscription?: (sild.registry.v1.DecideSubscriptionRequest.$Properties|null);

                    /** Let a client call one of the member's services. */
                    addGrant?: (sild.registry.v1.AddGrantRequest.$Properties|null);

                    /** Withdraw a grant of one of the member's services. */
                    revokeGrant?: (sild.registry.v1.RevokeGrantRequest.$Properties|null);

                    /** The change asked for. */
                    action?: ("requestSubscription"|"decideSubscription"|"addGrant"|"revokeGrant");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ManagementRequest. */
                type $Shape = {
                  requestSubscription?: sild.registry.v1.RequestSubscriptionRequest.$Shape|null;
                  decideSubscription?: sild.registry.v1.DecideSubscriptionRequest.$Shape|null;
                  addGrant?: sild.registry.v1.AddGrantRequest.$Shape|null;
                  revokeGrant?: sild.registry.v1.RevokeGrantRequest.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ action?: undefined; requestSubscription?: null; decideSubscription?: null; addGrant?: null; revokeGrant?: null }|{ action?: "requestSubscription"; requestSubscription: sild.registry.v1.RequestSubscriptionRequest.$Shape; decideSubscription?: null; addGrant?: null; revokeGrant?: null }|{ action?: "decideSubscription"; requestSubscription?: null; decideSubscription: sild.registry.v1.DecideSubscriptionRequest.$Shape; addGrant?: null; revokeGrant?: null }|{ action?: "addGrant"; requestSubscription?: null; decideSubscription?: null; addGrant: sild.registry.v1.AddGrantRequest.$Shape; revokeGrant?: null }|{ action?: "revokeGrant"; requestSubscription?: null; decideSubscription?: null; addGrant?: null; revokeGrant: sild.registry.v1.RevokeGrantRequest.$Shape })
                );
            }

            /**
             * Properties of a ManagementResponse.
             * @deprecated Use sild.registry.v1.ManagementResponse.$Properties instead.
             */
            interface IManagementResponse extends sild.registry.v1.ManagementResponse.$Properties {
            }

            /**
             * The registry's answer to a ManagementRequest: the payload of a signed RESPONSE (applied) or
             * ERROR (refused) envelope on the member's reply topic, correlated by the request's message id.
             */
            class ManagementResponse {

                /**
                 * Constructs a new ManagementResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.registry.v1.ManagementResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The grant added or revoked. */
                grant?: (sild.registry.v1.Grant.$Properties|null);

                /** The subscription requested or decided. */
                subscription?: (sild.registry.v1.Subscription.$Properties|null);

                /** Configuration version of the change (0 when refused). */
                version: (number|Long);

                /** The entity as changed, when the request was applied. */
                result?: ("grant"|"subscription");

                /**
                 * Creates a new ManagementResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ManagementResponse instance
                 */
                static create(properties: sild.registry.v1.ManagementResponse.$Shape): sild.registry.v1.ManagementResponse & sild.registry.v1.ManagementResponse.$Shape;
                static create(properties?: sild.registry.v1.ManagementResponse.$Properties): sild.registry.v1.ManagementResponse;

                /**
                 * Encodes the specified ManagementResponse message. Does not implicitly {@link sild.registry.v1.ManagementResponse.verify|verify} messages.
                 * @param message ManagementResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.registry.v1.ManagementResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ManagementResponse message, length delimited. Does not implicitly {@link sild.registry.v1.ManagementResponse.verify|verify} messages.
                 * @param message ManagementResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.registry.v1.ManagementResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ManagementResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.registry.v1.ManagementResponse & sild.registry.v1.ManagementResponse.$Shape} ManagementResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.registry.v1.ManagementResponse & sild.registry.v1.ManagementResponse.$Shape;

                /**
                 * Decodes a ManagementResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.registry.v1.ManagementResponse & sild.registry.v1.ManagementResponse.$Shape} ManagementResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.registry.v1.ManagementResponse & sild.registry.v1.ManagementResponse.$Shape;

                /**
                 * Verifies a ManagementResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ManagementResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ManagementResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.registry.v1.ManagementResponse;

                /**
                 * Creates a plain object from a ManagementResponse message. Also converts values to other types if specified.
                 * @param message ManagementResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.registry.v1.ManagementResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ManagementResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ManagementResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ManagementResponse {

                /** Properties of a ManagementResponse. */
                interface $Properties {

                    /** The grant added or revoked. */
                    grant?: (sild.registry.v1.Grant.$Properties|null);

                    /** The subscription requested or decided. */
                    subscription?: (sild.registry.v1.Subscription.$Properties|null);

                    /** Configuration version of the change (0 when refused). */
                    version?: (number|Long|null);

                    /** The entity as changed, when the request was applied. */
                    result?: ("grant"|"subscription");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ManagementResponse. */
                type $Shape = {
                  grant?: sild.registry.v1.Grant.$Shape|null;
                  subscription?: sild.registry.v1.Subscription.$Shape|null;
                  version?: number|Long|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ result?: undefined; grant?: null; subscription?: null }|{ result?: "grant"; grant: sild.registry.v1.Grant.$Shape; subscription?: null }|{ result?: "subscription"; grant?: null; subscription: sild.registry.v1.Subscription.$Shape })
                );
            }

            /**
             * Administration and queries of the instance's registry. Members change their own entries
             * through signed MANAGEMENT envelopes on the bus; this API is for the instance operator.
             */
            class Registry extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Registry service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Registry service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Registry;

                /** Adds the instance root certificate. */
                addTrustAnchor: sild.registry.v1.Registry.AddTrustAnchor;

                /** Registers a member. */
                addMember: sild.registry.v1.Registry.AddMember;

                /** Registers a subsystem of an existing member. */
                addSubsystem: sild.registry.v1.Registry.AddSubsystem;

                /** Registers a service of an existing subsystem. */
                addService: sild.registry.v1.Registry.AddService;

                /** Registers an event type owned by an existing subsystem. */
                addEventType: sild.registry.v1.Registry.AddEventType;

                /** Lets a client subsystem call a service. */
                addGrant: sild.registry.v1.Registry.AddGrant;

                /** Withdraws a grant. */
                revokeGrant: sild.registry.v1.Registry.RevokeGrant;

                /** Records a subscriber's request for an event type. */
                requestSubscription: sild.registry.v1.Registry.RequestSubscription;

                /** Approves, rejects or revokes a subscription. */
                decideSubscription: sild.registry.v1.Registry.DecideSubscription;

                /** Publishes a member signing certificate. */
                registerCertificate: sild.registry.v1.Registry.RegisterCertificate;

                /** Revokes a member signing certificate. */
                revokeCertificate: sild.registry.v1.Registry.RevokeCertificate;

                /** The whole configuration at the current version. */
                getConfiguration: sild.registry.v1.Registry.GetConfiguration;
            }

            namespace Registry {

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#addTrustAnchor}.
                 * @param error Error, if any
                 * @param [response] TrustAnchor
                 */
                type AddTrustAnchorCallback = (error: (Error|null), response?: sild.registry.v1.TrustAnchor) => void;

                /** Adds the instance root certificate. */
                type AddTrustAnchor = {
                  (request: sild.registry.v1.IAddTrustAnchorRequest, callback: sild.registry.v1.Registry.AddTrustAnchorCallback): void;
                  (request: sild.registry.v1.IAddTrustAnchorRequest): Promise<sild.registry.v1.TrustAnchor>;
                  readonly name: "AddTrustAnchor";
                  readonly path: "/sild.registry.v1.Registry/AddTrustAnchor";
                  readonly requestType: "AddTrustAnchorRequest";
                  readonly responseType: "TrustAnchor";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#addMember}.
                 * @param error Error, if any
                 * @param [response] Member
                 */
                type AddMemberCallback = (error: (Error|null), response?: sild.registry.v1.Member) => void;

                /** Registers a member. */
                type AddMember = {
                  (request: sild.registry.v1.IAddMemberRequest, callback: sild.registry.v1.Registry.AddMemberCallback): void;
                  (request: sild.registry.v1.IAddMemberRequest): Promise<sild.registry.v1.Member>;
                  readonly name: "AddMember";
                  readonly path: "/sild.registry.v1.Registry/AddMember";
                  readonly requestType: "AddMemberRequest";
                  readonly responseType: "Member";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#addSubsystem}.
                 * @param error Error, if any
                 * @param [response] Subsystem
                 */
                type AddSubsystemCallback = (error: (Error|null), response?: sild.registry.v1.Subsystem) => void;

                /** Registers a subsystem of an existing member. */
                type AddSubsystem = {
                  (request: sild.registry.v1.IAddSubsystemRequest, callback: sild.registry.v1.Registry.AddSubsystemCallback): void;
                  (request: sild.registry.v1.IAddSubsystemRequest): Promise<sild.registry.v1.Subsystem>;
                  readonly name: "AddSubsystem";
                  readonly path: "/sild.registry.v1.Registry/AddSubsystem";
                  readonly requestType: "AddSubsystemRequest";
                  readonly responseType: "Subsystem";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#addService}.
                 * @param error Error, if any
                 * @param [response] Service
                 */
                type AddServiceCallback = (error: (Error|null), response?: sild.registry.v1.Service) => void;

                /** Registers a service of an existing subsystem. */
                type AddService = {
                  (request: sild.registry.v1.IAddServiceRequest, callback: sild.registry.v1.Registry.AddServiceCallback): void;
                  (request: sild.registry.v1.IAddServiceRequest): Promise<sild.registry.v1.Service>;
                  readonly name: "AddService";
                  readonly path: "/sild.registry.v1.Registry/AddService";
                  readonly requestType: "AddServiceRequest";
                  readonly responseType: "Service";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#addEventType}.
                 * @param error Error, if any
                 * @param [response] EventType
                 */
                type AddEventTypeCallback = (error: (Error|null), response?: sild.registry.v1.EventType) => void;

                /** Registers an event type owned by an existing subsystem. */
                type AddEventType = {
                  (request: sild.registry.v1.IAddEventTypeRequest, callback: sild.registry.v1.Registry.AddEventTypeCallback): void;
                  (request: sild.registry.v1.IAddEventTypeRequest): Promise<sild.registry.v1.EventType>;
                  readonly name: "AddEventType";
                  readonly path: "/sild.registry.v1.Registry/AddEventType";
                  readonly requestType: "AddEventTypeRequest";
                  readonly responseType: "EventType";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#addGrant}.
                 * @param error Error, if any
                 * @param [response] Grant
                 */
                type AddGrantCallback = (error: (Error|null), response?: sild.registry.v1.Grant) => void;

                /** Lets a client subsystem call a service. */
                type AddGrant = {
                  (request: sild.registry.v1.IAddGrantRequest, callback: sild.registry.v1.Registry.AddGrantCallback): void;
                  (request: sild.registry.v1.IAddGrantRequest): Promise<sild.registry.v1.Grant>;
                  readonly name: "AddGrant";
                  readonly path: "/sild.registry.v1.Registry/AddGrant";
                  readonly requestType: "AddGrantRequest";
                  readonly responseType: "Grant";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#revokeGrant}.
                 * @param error Error, if any
                 * @param [response] Grant
                 */
                type RevokeGrantCallback = (error: (Error|null), response?: sild.registry.v1.Grant) => void;

                /** Withdraws a grant. */
                type RevokeGrant = {
                  (request: sild.registry.v1.IRevokeGrantRequest, callback: sild.registry.v1.Registry.RevokeGrantCallback): void;
                  (request: sild.registry.v1.IRevokeGrantRequest): Promise<sild.registry.v1.Grant>;
                  readonly name: "RevokeGrant";
                  readonly path: "/sild.registry.v1.Registry/RevokeGrant";
                  readonly requestType: "RevokeGrantRequest";
                  readonly responseType: "Grant";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#requestSubscription}.
                 * @param error Error, if any
                 * @param [response] Subscription
                 */
                type RequestSubscriptionCallback = (error: (Error|null), response?: sild.registry.v1.Subscription) => void;

                /** Records a subscriber's request for an event type. */
                type RequestSubscription = {
                  (request: sild.registry.v1.IRequestSubscriptionRequest, callback: sild.registry.v1.Registry.RequestSubscriptionCallback): void;
                  (request: sild.registry.v1.IRequestSubscriptionRequest): Promise<sild.registry.v1.Subscription>;
                  readonly name: "RequestSubscription";
                  readonly path: "/sild.registry.v1.Registry/RequestSubscription";
                  readonly requestType: "RequestSubscriptionRequest";
                  readonly responseType: "Subscription";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#decideSubscription}.
                 * @param error Error, if any
                 * @param [response] Subscription
                 */
                type DecideSubscriptionCallback = (error: (Error|null), response?: sild.registry.v1.Subscription) => void;

                /** Approves, rejects or revokes a subscription. */
                type DecideSubscription = {
                  (request: sild.registry.v1.IDecideSubscriptionRequest, callback: sild.registry.v1.Registry.DecideSubscriptionCallback): void;
                  (request: sild.registry.v1.IDecideSubscriptionRequest): Promise<sild.registry.v1.Subscription>;
                  readonly name: "DecideSubscription";
                  readonly path: "/sild.registry.v1.Registry/DecideSubscription";
                  readonly requestType: "DecideSubscriptionRequest";
                  readonly responseType: "Subscription";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#registerCertificate}.
                 * @param error Error, if any
                 * @param [response] Certificate
                 */
                type RegisterCertificateCallback = (error: (Error|null), response?: sild.registry.v1.Certificate) => void;

                /** Publishes a member signing certificate. */
                type RegisterCertificate = {
                  (request: sild.registry.v1.IRegisterCertificateRequest, callback: sild.registry.v1.Registry.RegisterCertificateCallback): void;
                  (request: sild.registry.v1.IRegisterCertificateRequest): Promise<sild.registry.v1.Certificate>;
                  readonly name: "RegisterCertificate";
                  readonly path: "/sild.registry.v1.Registry/RegisterCertificate";
                  readonly requestType: "RegisterCertificateRequest";
                  readonly responseType: "Certificate";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#revokeCertificate}.
                 * @param error Error, if any
                 * @param [response] Certificate
                 */
                type RevokeCertificateCallback = (error: (Error|null), response?: sild.registry.v1.Certificate) => void;

                /** Revokes a member signing certificate. */
                type RevokeCertificate = {
                  (request: sild.registry.v1.IRevokeCertificateRequest, callback: sild.registry.v1.Registry.RevokeCertificateCallback): void;
                  (request: sild.registry.v1.IRevokeCertificateRequest): Promise<sild.registry.v1.Certificate>;
                  readonly name: "RevokeCertificate";
                  readonly path: "/sild.registry.v1.Registry/RevokeCertificate";
                  readonly requestType: "RevokeCertificateRequest";
                  readonly responseType: "Certificate";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.registry.v1.Registry#getConfiguration}.
                 * @param error Error, if any
                 * @param [response] Configuration
                 */
                type GetConfigurationCallback = (error: (Error|null), response?: sild.registry.v1.Configuration) => void;

                /** The whole configuration at the current version. */
                type GetConfiguration = {
                  (request: sild.registry.v1.IGetConfigurationRequest, callback: sild.registry.v1.Registry.GetConfigurationCallback): void;
                  (request: sild.registry.v1.IGetConfigurationRequest): Promise<sild.registry.v1.Configuration>;
                  readonly name: "GetConfiguration";
                  readonly path: "/sild.registry.v1.Registry/GetConfiguration";
                  readonly requestType: "GetConfigurationRequest";
                  readonly responseType: "Configuration";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }
        }
    }

    /** Namespace signer. */
    namespace signer {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a KeyInfo.
             * @deprecated Use sild.signer.v1.KeyInfo.$Properties instead.
             */
            interface IKeyInfo extends sild.signer.v1.KeyInfo.$Properties {
            }

            /** A key in the signer's token. Never contains private key material. */
            class KeyInfo {

                /**
                 * Constructs a new KeyInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.KeyInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Token handle: lower-case hex of the first 16 bytes of SHA-256 over the public key (SPKI DER). */
                handle: string;

                /** Free label given at generation, e.g. `sign-2026`. */
                label: string;

                /** The member the key belongs to (subsystem empty). */
                member?: (sild.v1.ClientId.$Properties|null);

                /** The algorithm the key signs with. */
                algorithm: sild.v1.SignatureAlgorithm;

                /** When the key was generated or imported. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /** The newest certificate issued for the key (PEM); empty before one is issued. */
                certificatePem: string;

                /** Lower-case hex SHA-256 of that certificate (the envelope key id); empty without a certificate. */
                keyId: string;

                /**
                 * Creates a new KeyInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KeyInfo instance
                 */
                static create(properties: sild.signer.v1.KeyInfo.$Shape): sild.signer.v1.KeyInfo & sild.signer.v1.KeyInfo.$Shape;
                static create(properties?: sild.signer.v1.KeyInfo.$Properties): sild.signer.v1.KeyInfo;

                /**
                 * Encodes the specified KeyInfo message. Does not implicitly {@link sild.signer.v1.KeyInfo.verify|verify} messages.
                 * @param message KeyInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.KeyInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified KeyInfo message, length delimited. Does not implicitly {@link sild.signer.v1.KeyInfo.verify|verify} messages.
                 * @param message KeyInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.KeyInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KeyInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.KeyInfo & sild.signer.v1.KeyInfo.$Shape} KeyInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.KeyInfo & sild.signer.v1.KeyInfo.$Shape;

                /**
                 * Decodes a KeyInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.KeyInfo & sild.signer.v1.KeyInfo.$Shape} KeyInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.KeyInfo & sild.signer.v1.KeyInfo.$Shape;

                /**
                 * Verifies a KeyInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a KeyInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns KeyInfo
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.KeyInfo;

                /**
                 * Creates a plain object from a KeyInfo message. Also converts values to other types if specified.
                 * @param message KeyInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.KeyInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this KeyInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for KeyInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace KeyInfo {

                /** Properties of a KeyInfo. */
                interface $Properties {

                    /** Token handle: lower-case hex of the first 16 bytes of SHA-256 over the public key (SPKI DER). */
                    handle?: (string|null);

                    /** Free label given at generation, e.g. `sign-2026`. */
                    label?: (string|null);

                    /** The member the key belongs to (subsystem empty). */
                    member?: (sild.v1.ClientId.$Properties|null);

                    /** The algorithm the key signs with. */
                    algorithm?: (sild.v1.SignatureAlgorithm|null);

                    /** When the key was generated or imported. */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** The newest certificate issued for the key (PEM); empty before one is issued. */
                    certificatePem?: (string|null);

                    /** Lower-case hex SHA-256 of that certificate (the envelope key id); empty without a certificate. */
                    keyId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a KeyInfo. */
                type $Shape = sild.signer.v1.KeyInfo.$Properties;
            }

            /**
             * Properties of a GenerateKeyRequest.
             * @deprecated Use sild.signer.v1.GenerateKeyRequest.$Properties instead.
             */
            interface IGenerateKeyRequest extends sild.signer.v1.GenerateKeyRequest.$Properties {
            }

            /** Request of Signer.GenerateKey. */
            class GenerateKeyRequest {

                /**
                 * Constructs a new GenerateKeyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.GenerateKeyRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The member the key is for (instance, member class, member code; subsystem ignored). */
                member?: (sild.v1.ClientId.$Properties|null);

                /** A label for operators, 1-64 characters of letters, digits and `._:-`. */
                label: string;

                /** Key algorithm; unspecified means ECDSA P-256 with SHA-256. */
                algorithm: sild.v1.SignatureAlgorithm;

                /**
                 * Creates a new GenerateKeyRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenerateKeyRequest instance
                 */
                static create(properties: sild.signer.v1.GenerateKeyRequest.$Shape): sild.signer.v1.GenerateKeyRequest & sild.signer.v1.GenerateKeyRequest.$Shape;
                static create(properties?: sild.signer.v1.GenerateKeyRequest.$Properties): sild.signer.v1.GenerateKeyRequest;

                /**
                 * Encodes the specified GenerateKeyRequest message. Does not implicitly {@link sild.signer.v1.GenerateKeyRequest.verify|verify} messages.
                 * @param message GenerateKeyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.GenerateKeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GenerateKeyRequest message, length delimited. Does not implicitly {@link sild.signer.v1.GenerateKeyRequest.verify|verify} messages.
                 * @param message GenerateKeyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.GenerateKeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenerateKeyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.GenerateKeyRequest & sild.signer.v1.GenerateKeyRequest.$Shape} GenerateKeyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.GenerateKeyRequest & sild.signer.v1.GenerateKeyRequest.$Shape;

                /**
                 * Decodes a GenerateKeyRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.GenerateKeyRequest & sild.signer.v1.GenerateKeyRequest.$Shape} GenerateKeyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.GenerateKeyRequest & sild.signer.v1.GenerateKeyRequest.$Shape;

                /**
                 * Verifies a GenerateKeyRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GenerateKeyRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GenerateKeyRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.GenerateKeyRequest;

                /**
                 * Creates a plain object from a GenerateKeyRequest message. Also converts values to other types if specified.
                 * @param message GenerateKeyRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.GenerateKeyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GenerateKeyRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GenerateKeyRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GenerateKeyRequest {

                /** Properties of a GenerateKeyRequest. */
                interface $Properties {

                    /** The member the key is for (instance, member class, member code; subsystem ignored). */
                    member?: (sild.v1.ClientId.$Properties|null);

                    /** A label for operators, 1-64 characters of letters, digits and `._:-`. */
                    label?: (string|null);

                    /** Key algorithm; unspecified means ECDSA P-256 with SHA-256. */
                    algorithm?: (sild.v1.SignatureAlgorithm|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GenerateKeyRequest. */
                type $Shape = sild.signer.v1.GenerateKeyRequest.$Properties;
            }

            /**
             * Properties of a CreateCsrRequest.
             * @deprecated Use sild.signer.v1.CreateCsrRequest.$Properties instead.
             */
            interface ICreateCsrRequest extends sild.signer.v1.CreateCsrRequest.$Properties {
            }

            /** Request of Signer.CreateCsr. */
            class CreateCsrRequest {

                /**
                 * Constructs a new CreateCsrRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.CreateCsrRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Handle of a member key in the token. */
                handle: string;

                /**
                 * Creates a new CreateCsrRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateCsrRequest instance
                 */
                static create(properties: sild.signer.v1.CreateCsrRequest.$Shape): sild.signer.v1.CreateCsrRequest & sild.signer.v1.CreateCsrRequest.$Shape;
                static create(properties?: sild.signer.v1.CreateCsrRequest.$Properties): sild.signer.v1.CreateCsrRequest;

                /**
                 * Encodes the specified CreateCsrRequest message. Does not implicitly {@link sild.signer.v1.CreateCsrRequest.verify|verify} messages.
                 * @param message CreateCsrRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.CreateCsrRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateCsrRequest message, length delimited. Does not implicitly {@link sild.signer.v1.CreateCsrRequest.verify|verify} messages.
                 * @param message CreateCsrRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.CreateCsrRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateCsrRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.CreateCsrRequest & sild.signer.v1.CreateCsrRequest.$Shape} CreateCsrRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.CreateCsrRequest & sild.signer.v1.CreateCsrRequest.$Shape;

                /**
                 * Decodes a CreateCsrRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.CreateCsrRequest & sild.signer.v1.CreateCsrRequest.$Shape} CreateCsrRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.CreateCsrRequest & sild.signer.v1.CreateCsrRequest.$Shape;

                /**
                 * Verifies a CreateCsrRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateCsrRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateCsrRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.CreateCsrRequest;

                /**
                 * Creates a plain object from a CreateCsrRequest message. Also converts values to other types if specified.
                 * @param message CreateCsrRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.CreateCsrRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateCsrRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateCsrRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateCsrRequest {

                /** Properties of a CreateCsrRequest. */
                interface $Properties {

                    /** Handle of a member key in the token. */
                    handle?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateCsrRequest. */
                type $Shape = sild.signer.v1.CreateCsrRequest.$Properties;
            }

            /**
             * Properties of a CreateCsrResponse.
             * @deprecated Use sild.signer.v1.CreateCsrResponse.$Properties instead.
             */
            interface ICreateCsrResponse extends sild.signer.v1.CreateCsrResponse.$Properties {
            }

            /** Response of Signer.CreateCsr. */
            class CreateCsrResponse {

                /**
                 * Constructs a new CreateCsrResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.CreateCsrResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PKCS#10 certification request (PEM), subject C = instance, O = member class, CN = member code. */
                csrPem: string;

                /**
                 * Creates a new CreateCsrResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateCsrResponse instance
                 */
                static create(properties: sild.signer.v1.CreateCsrResponse.$Shape): sild.signer.v1.CreateCsrResponse & sild.signer.v1.CreateCsrResponse.$Shape;
                static create(properties?: sild.signer.v1.CreateCsrResponse.$Properties): sild.signer.v1.CreateCsrResponse;

                /**
                 * Encodes the specified CreateCsrResponse message. Does not implicitly {@link sild.signer.v1.CreateCsrResponse.verify|verify} messages.
                 * @param message CreateCsrResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.CreateCsrResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateCsrResponse message, length delimited. Does not implicitly {@link sild.signer.v1.CreateCsrResponse.verify|verify} messages.
                 * @param message CreateCsrResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.CreateCsrResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateCsrResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.CreateCsrResponse & sild.signer.v1.CreateCsrResponse.$Shape} CreateCsrResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.CreateCsrResponse & sild.signer.v1.CreateCsrResponse.$Shape;

                /**
                 * Decodes a CreateCsrResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.CreateCsrResponse & sild.signer.v1.CreateCsrResponse.$Shape} CreateCsrResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.CreateCsrResponse & sild.signer.v1.CreateCsrResponse.$Shape;

                /**
                 * Verifies a CreateCsrResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateCsrResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateCsrResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.CreateCsrResponse;

                /**
                 * Creates a plain object from a CreateCsrResponse message. Also converts values to other types if specified.
                 * @param message CreateCsrResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.CreateCsrResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateCsrResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateCsrResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateCsrResponse {

                /** Properties of a CreateCsrResponse. */
                interface $Properties {

                    /** PKCS#10 certification request (PEM), subject C = instance, O = member class, CN = member code. */
                    csrPem?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateCsrResponse. */
                type $Shape = sild.signer.v1.CreateCsrResponse.$Properties;
            }

            /**
             * Properties of a SignRequest.
             * @deprecated Use sild.signer.v1.SignRequest.$Properties instead.
             */
            interface ISignRequest extends sild.signer.v1.SignRequest.$Properties {
            }

            /** Request of Signer.Sign. */
            class SignRequest {

                /**
                 * Constructs a new SignRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.SignRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Handle of a member key in the token (the instance's own keys never sign caller data). */
                handle: string;

                /**
                 * The bytes to sign as they are, e.g. an envelope's to-be-signed bytes (Ed25519 needs the
                 * whole message, so the signer hashes where the algorithm says, never the caller).
                 */
                data: Uint8Array;

                /**
                 * Creates a new SignRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SignRequest instance
                 */
                static create(properties: sild.signer.v1.SignRequest.$Shape): sild.signer.v1.SignRequest & sild.signer.v1.SignRequest.$Shape;
                static create(properties?: sild.signer.v1.SignRequest.$Properties): sild.signer.v1.SignRequest;

                /**
                 * Encodes the specified SignRequest message. Does not implicitly {@link sild.signer.v1.SignRequest.verify|verify} messages.
                 * @param message SignRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.SignRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SignRequest message, length delimited. Does not implicitly {@link sild.signer.v1.SignRequest.verify|verify} messages.
                 * @param message SignRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.SignRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.SignRequest & sild.signer.v1.SignRequest.$Shape} SignRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.SignRequest & sild.signer.v1.SignRequest.$Shape;

                /**
                 * Decodes a SignRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.SignRequest & sild.signer.v1.SignRequest.$Shape} SignRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.SignRequest & sild.signer.v1.SignRequest.$Shape;

                /**
                 * Verifies a SignRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SignRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SignRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.SignRequest;

                /**
                 * Creates a plain object from a SignRequest message. Also converts values to other types if specified.
                 * @param message SignRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.SignRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SignRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SignRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SignRequest {

                /** Properties of a SignRequest. */
                interface $Properties {

                    /** Handle of a member key in the token (the instance's own keys never sign caller data). */
                    handle?: (string|null);

                    /**
                     * The bytes to sign as they are, e.g. an envelope's to-be-signed bytes (Ed25519 needs the
                     * whole message, so the signer hashes where the algorithm says, never the caller).
                     */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignRequest. */
                type $Shape = sild.signer.v1.SignRequest.$Properties;
            }

            /**
             * Properties of a SignResponse.
             * @deprecated Use sild.signer.v1.SignResponse.$Properties instead.
             */
            interface ISignResponse extends sild.signer.v1.SignResponse.$Properties {
            }

            /** Response of Signer.Sign. */
            class SignResponse {

                /**
                 * Constructs a new SignResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.SignResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Signature value in the algorithm's standard encoding (ECDSA: DER). */
                signature: Uint8Array;

                /** The algorithm used. */
                algorithm: sild.v1.SignatureAlgorithm;

                /** Lower-case hex SHA-256 of the key's current certificate; empty without a certificate. */
                keyId: string;

                /**
                 * Creates a new SignResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SignResponse instance
                 */
                static create(properties: sild.signer.v1.SignResponse.$Shape): sild.signer.v1.SignResponse & sild.signer.v1.SignResponse.$Shape;
                static create(properties?: sild.signer.v1.SignResponse.$Properties): sild.signer.v1.SignResponse;

                /**
                 * Encodes the specified SignResponse message. Does not implicitly {@link sild.signer.v1.SignResponse.verify|verify} messages.
                 * @param message SignResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.SignResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SignResponse message, length delimited. Does not implicitly {@link sild.signer.v1.SignResponse.verify|verify} messages.
                 * @param message SignResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.SignResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.SignResponse & sild.signer.v1.SignResponse.$Shape} SignResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.SignResponse & sild.signer.v1.SignResponse.$Shape;

                /**
                 * Decodes a SignResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.SignResponse & sild.signer.v1.SignResponse.$Shape} SignResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.SignResponse & sild.signer.v1.SignResponse.$Shape;

                /**
                 * Verifies a SignResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SignResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SignResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.SignResponse;

                /**
                 * Creates a plain object from a SignResponse message. Also converts values to other types if specified.
                 * @param message SignResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.SignResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SignResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SignResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SignResponse {

                /** Properties of a SignResponse. */
                interface $Properties {

                    /** Signature value in the algorithm's standard encoding (ECDSA: DER). */
                    signature?: (Uint8Array|null);

                    /** The algorithm used. */
                    algorithm?: (sild.v1.SignatureAlgorithm|null);

                    /** Lower-case hex SHA-256 of the key's current certificate; empty without a certificate. */
                    keyId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignResponse. */
                type $Shape = sild.signer.v1.SignResponse.$Properties;
            }

            /**
             * Properties of a ListKeysRequest.
             * @deprecated Use sild.signer.v1.ListKeysRequest.$Properties instead.
             */
            interface IListKeysRequest extends sild.signer.v1.ListKeysRequest.$Properties {
            }

            /** Request of Signer.ListKeys. */
            class ListKeysRequest {

                /**
                 * Constructs a new ListKeysRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.ListKeysRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Only the keys of this member; unset or empty fields list every key. */
                member?: (sild.v1.ClientId.$Properties|null);

                /**
                 * Creates a new ListKeysRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListKeysRequest instance
                 */
                static create(properties: sild.signer.v1.ListKeysRequest.$Shape): sild.signer.v1.ListKeysRequest & sild.signer.v1.ListKeysRequest.$Shape;
                static create(properties?: sild.signer.v1.ListKeysRequest.$Properties): sild.signer.v1.ListKeysRequest;

                /**
                 * Encodes the specified ListKeysRequest message. Does not implicitly {@link sild.signer.v1.ListKeysRequest.verify|verify} messages.
                 * @param message ListKeysRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.ListKeysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListKeysRequest message, length delimited. Does not implicitly {@link sild.signer.v1.ListKeysRequest.verify|verify} messages.
                 * @param message ListKeysRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.ListKeysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListKeysRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.ListKeysRequest & sild.signer.v1.ListKeysRequest.$Shape} ListKeysRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.ListKeysRequest & sild.signer.v1.ListKeysRequest.$Shape;

                /**
                 * Decodes a ListKeysRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.ListKeysRequest & sild.signer.v1.ListKeysRequest.$Shape} ListKeysRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.ListKeysRequest & sild.signer.v1.ListKeysRequest.$Shape;

                /**
                 * Verifies a ListKeysRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListKeysRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListKeysRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.ListKeysRequest;

                /**
                 * Creates a plain object from a ListKeysRequest message. Also converts values to other types if specified.
                 * @param message ListKeysRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.ListKeysRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListKeysRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListKeysRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListKeysRequest {

                /** Properties of a ListKeysRequest. */
                interface $Properties {

                    /** Only the keys of this member; unset or empty fields list every key. */
                    member?: (sild.v1.ClientId.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListKeysRequest. */
                type $Shape = sild.signer.v1.ListKeysRequest.$Properties;
            }

            /**
             * Properties of a ListKeysResponse.
             * @deprecated Use sild.signer.v1.ListKeysResponse.$Properties instead.
             */
            interface IListKeysResponse extends sild.signer.v1.ListKeysResponse.$Properties {
            }

            /** Response of Signer.ListKeys. */
            class ListKeysResponse {

                /**
                 * Constructs a new ListKeysResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.ListKeysResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The keys, oldest first. */
                keys: sild.signer.v1.KeyInfo.$Properties[];

                /**
                 * Creates a new ListKeysResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListKeysResponse instance
                 */
                static create(properties: sild.signer.v1.ListKeysResponse.$Shape): sild.signer.v1.ListKeysResponse & sild.signer.v1.ListKeysResponse.$Shape;
                static create(properties?: sild.signer.v1.ListKeysResponse.$Properties): sild.signer.v1.ListKeysResponse;

                /**
                 * Encodes the specified ListKeysResponse message. Does not implicitly {@link sild.signer.v1.ListKeysResponse.verify|verify} messages.
                 * @param message ListKeysResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.ListKeysResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListKeysResponse message, length delimited. Does not implicitly {@link sild.signer.v1.ListKeysResponse.verify|verify} messages.
                 * @param message ListKeysResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.ListKeysResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListKeysResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.ListKeysResponse & sild.signer.v1.ListKeysResponse.$Shape} ListKeysResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.ListKeysResponse & sild.signer.v1.ListKeysResponse.$Shape;

                /**
                 * Decodes a ListKeysResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.ListKeysResponse & sild.signer.v1.ListKeysResponse.$Shape} ListKeysResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.ListKeysResponse & sild.signer.v1.ListKeysResponse.$Shape;

                /**
                 * Verifies a ListKeysResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListKeysResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListKeysResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.ListKeysResponse;

                /**
                 * Creates a plain object from a ListKeysResponse message. Also converts values to other types if specified.
                 * @param message ListKeysResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.ListKeysResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListKeysResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListKeysResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListKeysResponse {

                /** Properties of a ListKeysResponse. */
                interface $Properties {

                    /** The keys, oldest first. */
                    keys?: (sild.signer.v1.KeyInfo.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListKeysResponse. */
                type $Shape = sild.signer.v1.ListKeysResponse.$Properties;
            }

            /**
             * Properties of an IssueCertificateRequest.
             * @deprecated Use sild.signer.v1.IssueCertificateRequest.$Properties instead.
             */
            interface IIssueCertificateRequest extends sild.signer.v1.IssueCertificateRequest.$Properties {
            }

            /** Request of Signer.IssueCertificate: the operator's path for a member's first certificate. */
            class IssueCertificateRequest {

                /**
                 * Constructs a new IssueCertificateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.IssueCertificateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PKCS#10 certification request (PEM) of a member registered with the registry. */
                csrPem: string;

                /** Validity in days; 0 means the signer's configured default. */
                validityDays: number;

                /**
                 * Creates a new IssueCertificateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IssueCertificateRequest instance
                 */
                static create(properties: sild.signer.v1.IssueCertificateRequest.$Shape): sild.signer.v1.IssueCertificateRequest & sild.signer.v1.IssueCertificateRequest.$Shape;
                static create(properties?: sild.signer.v1.IssueCertificateRequest.$Properties): sild.signer.v1.IssueCertificateRequest;

                /**
                 * Encodes the specified IssueCertificateRequest message. Does not implicitly {@link sild.signer.v1.IssueCertificateRequest.verify|verify} messages.
                 * @param message IssueCertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.IssueCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified IssueCertificateRequest message, length delimited. Does not implicitly {@link sild.signer.v1.IssueCertificateRequest.verify|verify} messages.
                 * @param message IssueCertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.IssueCertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IssueCertificateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.IssueCertificateRequest & sild.signer.v1.IssueCertificateRequest.$Shape} IssueCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.IssueCertificateRequest & sild.signer.v1.IssueCertificateRequest.$Shape;

                /**
                 * Decodes an IssueCertificateRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.IssueCertificateRequest & sild.signer.v1.IssueCertificateRequest.$Shape} IssueCertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.IssueCertificateRequest & sild.signer.v1.IssueCertificateRequest.$Shape;

                /**
                 * Verifies an IssueCertificateRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an IssueCertificateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IssueCertificateRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.IssueCertificateRequest;

                /**
                 * Creates a plain object from an IssueCertificateRequest message. Also converts values to other types if specified.
                 * @param message IssueCertificateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.IssueCertificateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IssueCertificateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for IssueCertificateRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace IssueCertificateRequest {

                /** Properties of an IssueCertificateRequest. */
                interface $Properties {

                    /** PKCS#10 certification request (PEM) of a member registered with the registry. */
                    csrPem?: (string|null);

                    /** Validity in days; 0 means the signer's configured default. */
                    validityDays?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IssueCertificateRequest. */
                type $Shape = sild.signer.v1.IssueCertificateRequest.$Properties;
            }

            /**
             * Properties of an IssueCertificateResponse.
             * @deprecated Use sild.signer.v1.IssueCertificateResponse.$Properties instead.
             */
            interface IIssueCertificateResponse extends sild.signer.v1.IssueCertificateResponse.$Properties {
            }

            /** Response of Signer.IssueCertificate. */
            class IssueCertificateResponse {

                /**
                 * Constructs a new IssueCertificateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.IssueCertificateResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The issued certificate (PEM), already published by the registry. */
                certificatePem: string;

                /** Lower-case hex SHA-256 of the certificate (DER): the key id of signatures made with it. */
                keyId: string;

                /** Token handle of the key when the signer holds it (the certificate was stored with it). */
                handle: string;

                /**
                 * Creates a new IssueCertificateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IssueCertificateResponse instance
                 */
                static create(properties: sild.signer.v1.IssueCertificateResponse.$Shape): sild.signer.v1.IssueCertificateResponse & sild.signer.v1.IssueCertificateResponse.$Shape;
                static create(properties?: sild.signer.v1.IssueCertificateResponse.$Properties): sild.signer.v1.IssueCertificateResponse;

                /**
                 * Encodes the specified IssueCertificateResponse message. Does not implicitly {@link sild.signer.v1.IssueCertificateResponse.verify|verify} messages.
                 * @param message IssueCertificateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.IssueCertificateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified IssueCertificateResponse message, length delimited. Does not implicitly {@link sild.signer.v1.IssueCertificateResponse.verify|verify} messages.
                 * @param message IssueCertificateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.IssueCertificateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IssueCertificateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.IssueCertificateResponse & sild.signer.v1.IssueCertificateResponse.$Shape} IssueCertificateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.IssueCertificateResponse & sild.signer.v1.IssueCertificateResponse.$Shape;

                /**
                 * Decodes an IssueCertificateResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.IssueCertificateResponse & sild.signer.v1.IssueCertificateResponse.$Shape} IssueCertificateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.IssueCertificateResponse & sild.signer.v1.IssueCertificateResponse.$Shape;

                /**
                 * Verifies an IssueCertificateResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an IssueCertificateResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IssueCertificateResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.IssueCertificateResponse;

                /**
                 * Creates a plain object from an IssueCertificateResponse message. Also converts values to other types if specified.
                 * @param message IssueCertificateResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.IssueCertificateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IssueCertificateResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for IssueCertificateResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace IssueCertificateResponse {

                /** Properties of an IssueCertificateResponse. */
                interface $Properties {

                    /** The issued certificate (PEM), already published by the registry. */
                    certificatePem?: (string|null);

                    /** Lower-case hex SHA-256 of the certificate (DER): the key id of signatures made with it. */
                    keyId?: (string|null);

                    /** Token handle of the key when the signer holds it (the certificate was stored with it). */
                    handle?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IssueCertificateResponse. */
                type $Shape = sild.signer.v1.IssueCertificateResponse.$Properties;
            }

            /**
             * Properties of a CertificateRequest.
             * @deprecated Use sild.signer.v1.CertificateRequest.$Properties instead.
             */
            interface ICertificateRequest extends sild.signer.v1.CertificateRequest.$Properties {
            }

            /**
             * Payload of a MANAGEMENT envelope on `sild.signer.requests`
             * (`payload_type` = `type.googleapis.com/sild.signer.v1.CertificateRequest`): a member asks
             * for a certificate for a new or rotated key, signed with its current, valid certificate.
             */
            class CertificateRequest {

                /**
                 * Constructs a new CertificateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.CertificateRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PKCS#10 certification request (PEM) for the sender's own member. */
                csrPem: string;

                /** Why the certificate is asked for, e.g. `rotation`, `new-key`; recorded, not interpreted. */
                reason: string;

                /**
                 * Creates a new CertificateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CertificateRequest instance
                 */
                static create(properties: sild.signer.v1.CertificateRequest.$Shape): sild.signer.v1.CertificateRequest & sild.signer.v1.CertificateRequest.$Shape;
                static create(properties?: sild.signer.v1.CertificateRequest.$Properties): sild.signer.v1.CertificateRequest;

                /**
                 * Encodes the specified CertificateRequest message. Does not implicitly {@link sild.signer.v1.CertificateRequest.verify|verify} messages.
                 * @param message CertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.CertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CertificateRequest message, length delimited. Does not implicitly {@link sild.signer.v1.CertificateRequest.verify|verify} messages.
                 * @param message CertificateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.CertificateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CertificateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.CertificateRequest & sild.signer.v1.CertificateRequest.$Shape} CertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.CertificateRequest & sild.signer.v1.CertificateRequest.$Shape;

                /**
                 * Decodes a CertificateRequest message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.CertificateRequest & sild.signer.v1.CertificateRequest.$Shape} CertificateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.CertificateRequest & sild.signer.v1.CertificateRequest.$Shape;

                /**
                 * Verifies a CertificateRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CertificateRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CertificateRequest
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.CertificateRequest;

                /**
                 * Creates a plain object from a CertificateRequest message. Also converts values to other types if specified.
                 * @param message CertificateRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.CertificateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CertificateRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CertificateRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CertificateRequest {

                /** Properties of a CertificateRequest. */
                interface $Properties {

                    /** PKCS#10 certification request (PEM) for the sender's own member. */
                    csrPem?: (string|null);

                    /** Why the certificate is asked for, e.g. `rotation`, `new-key`; recorded, not interpreted. */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CertificateRequest. */
                type $Shape = sild.signer.v1.CertificateRequest.$Properties;
            }

            /**
             * Properties of a CertificateResponse.
             * @deprecated Use sild.signer.v1.CertificateResponse.$Properties instead.
             */
            interface ICertificateResponse extends sild.signer.v1.CertificateResponse.$Properties {
            }

            /**
             * Payload of the signer's RESPONSE to a `CertificateRequest`, on the sender's reply topic
             * (`payload_type` = `type.googleapis.com/sild.signer.v1.CertificateResponse`).
             */
            class CertificateResponse {

                /**
                 * Constructs a new CertificateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sild.signer.v1.CertificateResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** The issued certificate (PEM), already published by the registry. */
                certificatePem: string;

                /** Lower-case hex SHA-256 of the certificate (DER). */
                keyId: string;

                /**
                 * Creates a new CertificateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CertificateResponse instance
                 */
                static create(properties: sild.signer.v1.CertificateResponse.$Shape): sild.signer.v1.CertificateResponse & sild.signer.v1.CertificateResponse.$Shape;
                static create(properties?: sild.signer.v1.CertificateResponse.$Properties): sild.signer.v1.CertificateResponse;

                /**
                 * Encodes the specified CertificateResponse message. Does not implicitly {@link sild.signer.v1.CertificateResponse.verify|verify} messages.
                 * @param message CertificateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sild.signer.v1.CertificateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CertificateResponse message, length delimited. Does not implicitly {@link sild.signer.v1.CertificateResponse.verify|verify} messages.
                 * @param message CertificateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sild.signer.v1.CertificateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CertificateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sild.signer.v1.CertificateResponse & sild.signer.v1.CertificateResponse.$Shape} CertificateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sild.signer.v1.CertificateResponse & sild.signer.v1.CertificateResponse.$Shape;

                /**
                 * Decodes a CertificateResponse message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sild.signer.v1.CertificateResponse & sild.signer.v1.CertificateResponse.$Shape} CertificateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sild.signer.v1.CertificateResponse & sild.signer.v1.CertificateResponse.$Shape;

                /**
                 * Verifies a CertificateResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CertificateResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CertificateResponse
                 */
                static fromObject(object: { [k: string]: any }): sild.signer.v1.CertificateResponse;

                /**
                 * Creates a plain object from a CertificateResponse message. Also converts values to other types if specified.
                 * @param message CertificateResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sild.signer.v1.CertificateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CertificateResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CertificateResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CertificateResponse {

                /** Properties of a CertificateResponse. */
                interface $Properties {

                    /** The issued certificate (PEM), already published by the registry. */
                    certificatePem?: (string|null);

                    /** Lower-case hex SHA-256 of the certificate (DER). */
                    keyId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CertificateResponse. */
                type $Shape = sild.signer.v1.CertificateResponse.$Properties;
            }

            /** Keys and the instance certificate authority. */
            class Signer extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Signer service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Signer service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Signer;

                /** Generates a key for a member in the token. */
                generateKey: sild.signer.v1.Signer.GenerateKey;

                /** Creates a certification request signed with a token key. */
                createCsr: sild.signer.v1.Signer.CreateCsr;

                /** Signs data with a member key. */
                sign: sild.signer.v1.Signer.Sign;

                /** Lists the keys in the token. */
                listKeys: sild.signer.v1.Signer.ListKeys;

                /**
                 * Issues a certificate for a registered member, publishes it with the registry, and stores
                 * it with its key when the key is in the token.
                 */
                issueCertificate: sild.signer.v1.Signer.IssueCertificate;
            }

            namespace Signer {

                /**
                 * Callback as used by {@link sild.signer.v1.Signer#generateKey}.
                 * @param error Error, if any
                 * @param [response] KeyInfo
                 */
                type GenerateKeyCallback = (error: (Error|null), response?: sild.signer.v1.KeyInfo) => void;

                /** Generates a key for a member in the token. */
                type GenerateKey = {
                  (request: sild.signer.v1.IGenerateKeyRequest, callback: sild.signer.v1.Signer.GenerateKeyCallback): void;
                  (request: sild.signer.v1.IGenerateKeyRequest): Promise<sild.signer.v1.KeyInfo>;
                  readonly name: "GenerateKey";
                  readonly path: "/sild.signer.v1.Signer/GenerateKey";
                  readonly requestType: "GenerateKeyRequest";
                  readonly responseType: "KeyInfo";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.signer.v1.Signer#createCsr}.
                 * @param error Error, if any
                 * @param [response] CreateCsrResponse
                 */
                type CreateCsrCallback = (error: (Error|null), response?: sild.signer.v1.CreateCsrResponse) => void;

                /** Creates a certification request signed with a token key. */
                type CreateCsr = {
                  (request: sild.signer.v1.ICreateCsrRequest, callback: sild.signer.v1.Signer.CreateCsrCallback): void;
                  (request: sild.signer.v1.ICreateCsrRequest): Promise<sild.signer.v1.CreateCsrResponse>;
                  readonly name: "CreateCsr";
                  readonly path: "/sild.signer.v1.Signer/CreateCsr";
                  readonly requestType: "CreateCsrRequest";
                  readonly responseType: "CreateCsrResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.signer.v1.Signer#sign}.
                 * @param error Error, if any
                 * @param [response] SignResponse
                 */
                type SignCallback = (error: (Error|null), response?: sild.signer.v1.SignResponse) => void;

                /** Signs data with a member key. */
                type Sign = {
                  (request: sild.signer.v1.ISignRequest, callback: sild.signer.v1.Signer.SignCallback): void;
                  (request: sild.signer.v1.ISignRequest): Promise<sild.signer.v1.SignResponse>;
                  readonly name: "Sign";
                  readonly path: "/sild.signer.v1.Signer/Sign";
                  readonly requestType: "SignRequest";
                  readonly responseType: "SignResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.signer.v1.Signer#listKeys}.
                 * @param error Error, if any
                 * @param [response] ListKeysResponse
                 */
                type ListKeysCallback = (error: (Error|null), response?: sild.signer.v1.ListKeysResponse) => void;

                /** Lists the keys in the token. */
                type ListKeys = {
                  (request: sild.signer.v1.IListKeysRequest, callback: sild.signer.v1.Signer.ListKeysCallback): void;
                  (request: sild.signer.v1.IListKeysRequest): Promise<sild.signer.v1.ListKeysResponse>;
                  readonly name: "ListKeys";
                  readonly path: "/sild.signer.v1.Signer/ListKeys";
                  readonly requestType: "ListKeysRequest";
                  readonly responseType: "ListKeysResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link sild.signer.v1.Signer#issueCertificate}.
                 * @param error Error, if any
                 * @param [response] IssueCertificateResponse
                 */
                type IssueCertificateCallback = (error: (Error|null), response?: sild.signer.v1.IssueCertificateResponse) => void;

                /**
                 * Issues a certificate for a registered member, publishes it with the registry, and stores
                 * it with its key when the key is in the token.
                 */
                type IssueCertificate = {
                  (request: sild.signer.v1.IIssueCertificateRequest, callback: sild.signer.v1.Signer.IssueCertificateCallback): void;
                  (request: sild.signer.v1.IIssueCertificateRequest): Promise<sild.signer.v1.IssueCertificateResponse>;
                  readonly name: "IssueCertificate";
                  readonly path: "/sild.signer.v1.Signer/IssueCertificate";
                  readonly requestType: "IssueCertificateRequest";
                  readonly responseType: "IssueCertificateResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Timestamp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
