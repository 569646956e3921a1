import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DelegatedEnvelopeSigner, type EnvelopeDraft, type SignedEnvelope } from '@sild/domain-envelope';
import { LocalMessageSigner, type MessageSigner } from '@sild/gateway-domain';
import { parseMemberCertificate, readKeyFile, type MemberCertificate } from '@sild/platform-crypto';
import { GrpcClient, loadProtos } from '@sild/platform-grpc';
import type { GatewayConfig } from './gateway.config';

interface KeyInfo {
  handle: string;
  certificatePem: string;
  createdAt?: { seconds?: string } | null;
}

/** Signs through the signer service's Sign API: the private key never leaves the signer's token. */
class SignerServiceMessageSigner implements MessageSigner {
  private readonly signer: DelegatedEnvelopeSigner;

  constructor(
    private readonly client: GrpcClient,
    private readonly handle: string,
    readonly certificate: MemberCertificate,
    readonly instanceId: string,
  ) {
    this.signer = new DelegatedEnvelopeSigner({
      certificate,
      senderInstanceId: instanceId,
      signTbs: async (tbs) =>
        (
          await this.client.call<{ signature: Buffer }>('Sign', {
            handle: this.handle,
            data: Buffer.from(tbs),
          })
        ).signature,
    });
  }

  sign(draft: EnvelopeDraft, payload: Uint8Array): Promise<SignedEnvelope> {
    return this.signer.sign(draft, payload);
  }
}

function checkMember(
  config: GatewayConfig,
  certificate: MemberCertificate,
  source: string,
): MemberCertificate {
  const { member } = config;
  const id = certificate.identity;
  if (
    id.instance !== member.instance ||
    id.memberClass !== member.memberClass ||
    id.memberCode !== member.memberCode
  ) {
    throw new Error(`${source} certifies another member than GATEWAY_MEMBER`);
  }
  if (certificate.notAfterMs < Date.now()) throw new Error(`${source}: the certificate has expired`);
  return certificate;
}

/** The member's newest certified key in the signer's token (or the one GATEWAY_SIGNER_KEY_HANDLE names). */
async function signerServiceKey(config: GatewayConfig, instanceId: string): Promise<MessageSigner> {
  const client = new GrpcClient(
    loadProtos(['sild/signer/v1/signer.proto'], [resolve(import.meta.dirname, '../../../proto')]),
    'sild.signer.v1.Signer',
    config.key.signerAddress,
    { bearerToken: config.key.signerToken || undefined, deadlineMs: 5_000 },
  );
  const { keys } = await client.call<{ keys: KeyInfo[] }>('ListKeys', { member: config.member });
  const certified = keys.filter(
    (key) => key.certificatePem && (!config.key.signerKeyHandle || key.handle === config.key.signerKeyHandle),
  );
  const newest = certified
    .sort((a, b) => Number(a.createdAt?.seconds ?? 0) - Number(b.createdAt?.seconds ?? 0))
    .at(-1);
  if (!newest)
    throw new Error(`the signer at ${config.key.signerAddress} holds no certified key of GATEWAY_MEMBER`);
  const certificate = checkMember(
    config,
    parseMemberCertificate(newest.certificatePem),
    `signer key ${newest.handle}`,
  );
  return new SignerServiceMessageSigner(client, newest.handle, certificate, instanceId);
}

/**
 * The member's signing key: a key file (GATEWAY_KEY_FILE, signing in process) or a key held by the
 * signer service (GATEWAY_SIGNER_ADDRESS, one Sign call per message).
 */
export async function signingKey(config: GatewayConfig, instanceId: string): Promise<MessageSigner> {
  const { key } = config;
  if (key.file && key.signerAddress)
    throw new Error('set GATEWAY_KEY_FILE or GATEWAY_SIGNER_ADDRESS, not both');
  if (key.signerAddress) return signerServiceKey(config, instanceId);
  if (!key.file || !key.certificateFile || !key.passphrase) {
    throw new Error(
      'set GATEWAY_KEY_FILE, GATEWAY_KEY_PASSPHRASE and GATEWAY_CERTIFICATE_FILE, or GATEWAY_SIGNER_ADDRESS',
    );
  }
  const certificate = checkMember(
    config,
    parseMemberCertificate(readFileSync(key.certificateFile, 'utf8')),
    key.certificateFile,
  );
  return new LocalMessageSigner(readKeyFile(key.file, key.passphrase), certificate, instanceId);
}
