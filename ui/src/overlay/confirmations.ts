// Actions that interrupt charging or change money: the forms of the actions screen will ask
// before running them. Listed here so the browse screens can mark them already.

export const CONFIRMED_ACTIONS: ReadonlySet<string> = new Set([
  "chargePointReset",
  "chargePointStopChargingSession",
  "chargePointChangeAvailability",
  "chargePointDisconnect",
  "chargePointEvseUnlock",
  "chargePointUpdateFirmware",
  "chargePointClearChargingProfile",
  "chargePointResetSecurityProfile",
  "chargePointDeleteCertificate",
  "userAddBalance",
  "userChangeStatus",
  "userApplyCustomFee",
  "userCancelSubscription",
  "userExportAllPrivateData",
  "reservationCancel",
  "transactionIssueInvoice",
  "subscriptionPlanReplace",
]);
