import { describe, expect, it } from "vitest";
import { isSecretField, maskSecrets, SECRET_MASK } from "./secrets";

describe("secret fields", () => {
  it("come from the generated list: credentials yes, look-alikes no", () => {
    for (const name of ["password", "pin", "saslPassword", "adyenApiKey", "adminToken"]) {
      expect(isSecretField(name), name).toBe(true);
    }
    for (const name of ["email", "key", "keyName", "publicKey", "tokenizationMethod"]) {
      expect(isSecretField(name), name).toBe(false);
    }
  });

  it("are masked at any depth, and nothing else changes", () => {
    const record = {
      id: 7,
      email: "a@example.com",
      password: "hunter2",
      pin: 1234,
      kafka: { saslPassword: "s3cret", saslUsername: "bus" },
      terminals: [{ adyenApiKey: "AQE", name: "T1" }],
      networkPassword: "",
      adminToken: null,
    };
    expect(maskSecrets(record)).toEqual({
      id: 7,
      email: "a@example.com",
      password: SECRET_MASK,
      pin: SECRET_MASK,
      kafka: { saslPassword: SECRET_MASK, saslUsername: "bus" },
      terminals: [{ adyenApiKey: SECRET_MASK, name: "T1" }],
      networkPassword: "",
      adminToken: null,
    });
    expect(record.password).toBe("hunter2");
  });
});
