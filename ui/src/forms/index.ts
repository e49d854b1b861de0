// What other features use from the forms: the one form every create, update and action
// operation renders, the record picker, and the buttons that open a record's forms.
export { RecordForm } from "./LazyRecordForm";
export type { Confirmation, RecordFormProps } from "./RecordForm";
export { ReferencePicker } from "./ReferencePicker";
export { CreateRecordButton } from "./CreateRecordButton";
export { EditRecordButton } from "./EditRecordButton";
export {
  DeleteRecordButton,
  DeleteRecordDialog,
  type DeleteRecordButtonProps,
} from "./DeleteRecordButton";
