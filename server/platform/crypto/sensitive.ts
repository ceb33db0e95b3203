import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * At-rest protection for national ID numbers and phones: AES-256-GCM for the value, a keyed
 * HMAC for equality (duplicate checks, look-ups) without decrypting every row.
 */
export class SensitiveCipher {
  private readonly key: Buffer;
  private readonly macKey: Buffer;

  constructor(hexKey: string) {
    const master = Buffer.from(hexKey, 'hex');
    if (master.length !== 32) throw new Error('DATA_KEY must be 32 bytes');
    this.key = createHmac('sha256', master).update('zhucun/encrypt').digest();
    this.macKey = createHmac('sha256', master).update('zhucun/mac').digest();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const raw = Buffer.from(stored.replace(/^v1:/, ''), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Normalised before hashing so "x" and "X" in an ID number are the same person. */
  fingerprint(value: string): string {
    return createHmac('sha256', this.macKey).update(value.trim().toUpperCase()).digest('hex');
  }
}
