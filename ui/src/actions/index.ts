// What the browse screens and the command palette mount.
export { RecordActions, type RecordActionsProps } from "./RecordActions";
export { ActionsMenu } from "./ActionsMenu";
export { NestedActions } from "./NestedActions";
export { ActionDialog, ActionDialogContent } from "./ActionDialog";
export { actionPaletteEntries, openActionDialog, type ActionPaletteEntry } from "./globalActions";
export { CollectionChanges } from "./CollectionChanges";
export { PathParamInput } from "./PathParamInput";
export { ActionResult } from "./ActionResult";
export { editsFromRows, rowOffersButtons } from "./collection";
export { actionsForResource, confirmationFor } from "./targets";
export type { ActionInfo } from "./actionIndex";
