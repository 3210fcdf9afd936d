import { createSign } from 'node:crypto';
import { extensionIdOf, publicKeyDerOf } from './extension-id';

/** Protocol-buffer pieces used by the CRX3 header (length-delimited fields only). */
function varint(n: number): Buffer {
  const bytes: number[] = [];
  let rest = n;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}
function field(number: number, value: Buffer): Buffer {
  return Buffer.concat([varint(number * 8 + 2), varint(value.length), value]);
}
function uint32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/**
 * Packs a zip into a signed CRX3 file (Chromium's `crx3.proto`): "Cr24", version 3, a header with
 * one RSA-SHA256 proof and the signed crx id, then the zip. The id follows from the key alone.
 */
export function packCrx3(zip: Buffer, privateKeyPem: string): { crx: Buffer; id: string } {
  const publicKey = publicKeyDerOf(privateKeyPem);
  const id = extensionIdOf(publicKey);
  const crxId = Buffer.from(
    id.replace(/./g, (c) => (c.charCodeAt(0) - 97).toString(16)),
    'hex',
  );
  const signedHeaderData = field(1, crxId); // SignedData { crx_id = 1 }
  const signature = createSign('sha256')
    .update(
      Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'binary'), uint32le(signedHeaderData.length), signedHeaderData, zip]),
    )
    .sign(privateKeyPem);
  // CrxFileHeader { sha256_with_rsa = 2: AsymmetricKeyProof { public_key = 1, signature = 2 }, signed_header_data = 10000 }
  const header = Buffer.concat([
    field(2, Buffer.concat([field(1, publicKey), field(2, signature)])),
    field(10000, signedHeaderData),
  ]);
  return { crx: Buffer.concat([Buffer.from('Cr24'), uint32le(3), uint32le(header.length), header, zip]), id };
}
