// Units of numeric fields the spec documents in its prose, where the field name alone does
// not say. Names ending in Wh, Kwh, Minutes or Seconds are recognised by browse/format.ts.

export type FieldUnit = "wh" | "kwh" | "kw" | "percent" | "minutes" | "seconds" | "money";

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
  balance: "money",
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
