import { describe, expect, it } from "vitest";
import { previewTenantUrl, suggestProfileName } from "./tenantUrl";

describe("previewTenantUrl", () => {
  it.each([
    ["acme.ampeco.tech", "https://acme.ampeco.tech"],
    ["  acme.ampeco.tech  ", "https://acme.ampeco.tech"],
    ["https://acme.ampeco.tech/", "https://acme.ampeco.tech"],
    ["https://acme.ampeco.tech/public-api", "https://acme.ampeco.tech"],
    [
      "https://acme.ampeco.tech/public-api/resources/users/v1.0?x=1#top",
      "https://acme.ampeco.tech",
    ],
    ["acme.ampeco.tech/admin/charge-points", "https://acme.ampeco.tech"],
    ["https://acme.ampeco.tech:8443/", "https://acme.ampeco.tech:8443"],
    ["127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["localhost:3000/public-api", "http://localhost:3000"],
    ["http://127.0.0.1:4010", "http://127.0.0.1:4010"],
  ])("shows %s as %s", (input, expected) => {
    expect(previewTenantUrl(input)).toBe(expected);
  });

  it.each(["", "   ", "http://acme.ampeco.tech", "ftp://acme.ampeco.tech", "https://u:p@acme.io"])(
    "shows nothing for %j, which the Rust side will explain",
    (input) => {
      expect(previewTenantUrl(input)).toBeNull();
    },
  );
});

describe("suggestProfileName", () => {
  it("takes the tenant's subdomain", () => {
    expect(suggestProfileName("https://acme.ampeco.tech")).toBe("Acme");
  });

  it("keeps short hosts and addresses whole", () => {
    expect(suggestProfileName("https://example.com")).toBe("example.com");
    expect(suggestProfileName("http://127.0.0.1:8080")).toBe("127.0.0.1:8080");
    expect(suggestProfileName(null)).toBe("");
  });
});
