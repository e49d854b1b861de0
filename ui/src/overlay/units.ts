// Units of numeric fields the spec documents in its prose, where the field name alone does
// not say. Names ending in Wh, Kwh, Minutes or Seconds are recognised by browse/format.ts.

export type FieldUnit =
  | "wh"
  | "kwh"
  | "kw"
  | "percent"
  | "minutes"
  | "seconds"
  | "money"
  /** Money in the tenant's base currency, which the record itself does not name. */
  | "baseMoney";

export const FIELD_UNITS: Readonly<Record<string, FieldUnit>> = {
  energy: "wh",
  energyConsumed: "wh",
  meterStart: "wh",
  meterStop: "wh",
  totalEnergy: "kwh",
  consumedEnergy: "kwh",
  duration: "minutes",
  reservationTime: "minutes",
  amount: "money",
  totalAmount: "money",
  price: "money",
  // "in the base currency", the spec says of a user's balance.
  balance: "baseMoney",
  creditBalance: "money",
  totalPrice: "money",
  fee: "money",
  amountDue: "money",
  totalAmountWithTax: "money",
  totalAmountWithoutTax: "money",
  electricityCost: "money",
  estimatedSavings: "money",
  // A session's allowance, counted like its delivered energy.
  nonBillableEnergy: "wh",
  randomisedDelay: "seconds",
  taxRate: "percent",
};
