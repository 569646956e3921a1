// Envelope sign and verify rates of one algorithm on one core (1 KiB payload), next to raw
// node:crypto sign/verify of the same to-be-signed bytes. Raw and envelope runs are interleaved
// (ROUNDS times) and each ratio is the median of the per-round ratios, so that load from other
// processes on a shared machine hits both sides. Used by the crypto scenario and by the events
// scenario's ceiling.
import { randomBytes } from 'node:crypto';
import { SigningAlgorithm, signBytes, verifyBytes } from '@sild/platform-crypto';
import { decodeEnvelope, sha256, toBeSigned } from '@sild/domain-envelope';
import { relocationDraft, testInstance, testSigner, testVerifier } from '@sild/domain-envelope/testing';
import { median, rateOfCount, rateOnce, type Metrics } from '../harness';

const PAYLOAD = randomBytes(1024);
const ROUNDS = 25;
const RUN_MS = 100;

export async function envelopeCryptoRates(algorithm: SigningAlgorithm): Promise<Metrics> {
  const instance = testInstance(algorithm);
  const { provider } = instance;
  const signer = testSigner(provider, Date.now);
  const draft = relocationDraft(provider);
  const sample = decodeEnvelope(signer.sign(draft, PAYLOAD).bytes);
  const tbs = toBeSigned(sample.header, sha256(PAYLOAD));
  const { privateKey, publicKey } = provider.keys;
  const rawSignature = signBytes(algorithm, privateKey, tbs);

  const rawSign = (): unknown => signBytes(algorithm, privateKey, tbs);
  const envelopeSign = (): unknown => signer.sign(draft, PAYLOAD).bytes;
  const rawVerify = (): unknown => verifyBytes(algorithm, publicKey, tbs, rawSignature);
  // verify() accepts each message id once (replay store): verify a pool of distinct envelopes,
  // each pass with a fresh verifier, sized to take about RUN_MS
  const poolSize = Math.max(200, Math.round(((await rateOnce(rawVerify, 200)) * RUN_MS) / 1000));
  const pool = Array.from({ length: poolSize }, () => signer.sign(draft, PAYLOAD).bytes);
  const envelopeVerify = async (): Promise<number> => {
    const verifier = testVerifier(instance, { clock: Date.now });
    await verifier.verify(pool[0] ?? new Uint8Array()); // chain check, once per verifier
    return rateOfCount((i) => verifier.verify(pool[i + 1] ?? new Uint8Array()), pool.length - 1);
  };

  for (const warm of [rawSign, envelopeSign, rawVerify]) await rateOnce(warm, 150);
  await envelopeVerify();
  const runs = {
    rawSign: [] as number[],
    envelopeSign: [] as number[],
    rawVerify: [] as number[],
    envelopeVerify: [] as number[],
  };
  const ratios = { sign: [] as number[], verify: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const rs = await rateOnce(rawSign, RUN_MS);
    const es = await rateOnce(envelopeSign, RUN_MS);
    const rv = await rateOnce(rawVerify, RUN_MS);
    const ev = await envelopeVerify();
    runs.rawSign.push(rs);
    runs.envelopeSign.push(es);
    runs.rawVerify.push(rv);
    runs.envelopeVerify.push(ev);
    ratios.sign.push(es / rs);
    ratios.verify.push(ev / rv);
  }
  const round3 = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    raw_sign_per_s: Math.round(median(runs.rawSign)),
    envelope_sign_per_s: Math.round(median(runs.envelopeSign)),
    sign_ratio: round3(median(ratios.sign)),
    raw_verify_per_s: Math.round(median(runs.rawVerify)),
    envelope_verify_per_s: Math.round(median(runs.envelopeVerify)),
    verify_ratio: round3(median(ratios.verify)),
    envelope_bytes: pool[0]?.length ?? 0,
  };
}
