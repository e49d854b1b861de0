// The error every fallible command returns: the tagged union of `AppError` in
// src-tauri/src/error.rs, as tauri-specta exports it (the shape Rust sends).
export type { AppError_Serialize as AppError } from "../bindings";
