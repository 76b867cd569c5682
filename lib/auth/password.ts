/**
 * Password hashing (argon2id via @node-rs/argon2). No server-only: the user CLI hashes with the same code.
 * Parameters follow OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane); a stored hash keeps its own parameters,
 * so raising them later only affects new hashes.
 */
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// @node-rs/argon2's `Algorithm` is an ambient const enum (unusable with isolatedModules); its default is argon2id,
// and hashPassword checks the prefix so a change of default cannot slip through.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export async function hashPassword(password: string): Promise<string> {
  const hashed = await hash(password, OPTIONS);
  if (!hashed.startsWith("$argon2id$")) throw new Error("argon2 produced a non-argon2id hash");
  return hashed;
}

/** False for a wrong password and for a malformed hash (never throws on bad input). */
export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for unknown or disabled accounts: otherwise the response time
 * would tell an attacker which e-mail addresses exist.
 */
export async function verifyDummyPassword(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString("base64url"));
  await verifyPassword(await dummyHash, password);
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A random 20-character password from an unambiguous alphabet (~114 bits). */
export function generatePassword(length = 20): string {
  const out: string[] = [];
  // Rejection sampling keeps every character equally likely (256 is not a multiple of the alphabet size).
  const limit = 256 - (256 % ALPHABET.length);
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out.push(ALPHABET[byte % ALPHABET.length] ?? "");
    }
  }
  return out.join("");
}
