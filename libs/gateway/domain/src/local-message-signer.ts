import type { KeyObject } from 'node:crypto';
import { EnvelopeSigner, type EnvelopeDraft, type SignedEnvelope } from '@sild/domain-envelope';
import type { MemberCertificate } from '@sild/platform-crypto';
import type { MessageSigner } from './gateway.ports';

/** Signs with a private key held in this process (read from an encrypted key file). */
export class LocalMessageSigner implements MessageSigner {
  private readonly signer: EnvelopeSigner;

  constructor(
    privateKey: KeyObject,
    readonly certificate: MemberCertificate,
    readonly instanceId: string,
  ) {
    this.signer = new EnvelopeSigner({ privateKey, certificate, senderInstanceId: instanceId });
  }

  sign(draft: EnvelopeDraft, payload: Uint8Array): Promise<SignedEnvelope> {
    return Promise.resolve(this.signer.sign(draft, payload));
  }
}
