// The record form, loaded the first time one opens: the form library and its widgets are a
// large part of the window's script, and the app shell should not wait for them to paint.
import { Center, Loader } from "@mantine/core";
import { lazy, Suspense } from "react";
import type { RecordFormProps } from "./RecordForm";

const LoadedRecordForm = lazy(() =>
  import("./RecordForm").then((form) => ({ default: form.RecordForm })),
);

export function RecordForm(props: RecordFormProps) {
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader size="sm" aria-label="Opening the form" />
        </Center>
      }
    >
      <LoadedRecordForm {...props} />
    </Suspense>
  );
}
