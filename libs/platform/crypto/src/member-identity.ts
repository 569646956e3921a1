import forge from 'node-forge';
import { Class, OID, Type, oid, seq, type Asn1 } from './asn1';
import { CryptoErrorCode, CryptoException } from './crypto.exception';

/**
 * The member a signing certificate belongs to. Subject mapping (as X-Road's default profile):
 * `C` = instance, `O` = member class, `CN` = member code. Subsystems share their member's key.
 */
export interface MemberIdentity {
  readonly instance: string;
  readonly memberClass: string;
  readonly memberCode: string;
}

/** `INSTANCE/CLASS/CODE`, e.g. `NL/GOV/00000001`. */
export const memberIdText = (id: MemberIdentity): string =>
  `${id.instance}/${id.memberClass}/${id.memberCode}`;

const part = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** Throws BAD_SUBJECT unless every part is 1-64 characters of `[A-Za-z0-9._:-]`. */
export function assertMemberIdentity(id: MemberIdentity): MemberIdentity {
  for (const [name, value] of Object.entries(id)) {
    if (typeof value !== 'string' || !part.test(value)) {
      throw new CryptoException(CryptoErrorCode.BAD_SUBJECT, `invalid ${name} ${JSON.stringify(value)}`);
    }
  }
  return id;
}

type NameAttribute = readonly [oid: string, value: string];

/** An X.501 Name of single-valued RDNs; C as PrintableString, everything else as UTF8String. */
export function nameToAsn1(attributes: readonly NameAttribute[]): Asn1 {
  return seq(
    attributes.map(([type, value]) =>
      forge.asn1.create(Class.UNIVERSAL, Type.SET, true, [
        seq([
          oid(type),
          type === OID.countryName
            ? forge.asn1.create(Class.UNIVERSAL, Type.PRINTABLESTRING, false, value)
            : forge.asn1.create(Class.UNIVERSAL, Type.UTF8, false, forge.util.encodeUtf8(value)),
        ]),
      ]),
    ),
  );
}

export const memberName = (id: MemberIdentity): Asn1 =>
  nameToAsn1([
    [OID.countryName, id.instance],
    [OID.organizationName, id.memberClass],
    [OID.commonName, id.memberCode],
  ]);

const bad = (why: string): CryptoException => new CryptoException(CryptoErrorCode.BAD_SUBJECT, why);

/** Attribute values of a Name by OID; rejects multi-valued RDNs and repeated attributes. */
export function nameAttributes(name: Asn1): Map<string, string> {
  const values = new Map<string, string>();
  if (!Array.isArray(name.value)) throw bad('Name is not a SEQUENCE');
  for (const rdn of name.value) {
    const atv = Array.isArray(rdn.value) && rdn.value.length === 1 ? rdn.value[0] : undefined;
    const [type, value] = atv && Array.isArray(atv.value) ? atv.value : [];
    if (!type || !value || typeof type.value !== 'string' || typeof value.value !== 'string') {
      throw bad('Name must consist of single-valued attributes');
    }
    const typeOid = forge.asn1.derToOid(type.value);
    if (values.has(typeOid)) throw bad(`attribute ${typeOid} appears twice`);
    values.set(typeOid, value.type === Type.UTF8 ? forge.util.decodeUtf8(value.value) : value.value);
  }
  return values;
}

/** The member named by a certificate or CSR subject; throws BAD_SUBJECT. */
export function memberIdentityOfName(name: Asn1): MemberIdentity {
  const values = nameAttributes(name);
  const get = (type: string, label: string): string => {
    const value = values.get(type);
    if (value === undefined) throw bad(`subject has no ${label}`);
    return value;
  };
  return assertMemberIdentity({
    instance: get(OID.countryName, 'C (instance)'),
    memberClass: get(OID.organizationName, 'O (member class)'),
    memberCode: get(OID.commonName, 'CN (member code)'),
  });
}
