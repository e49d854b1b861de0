//! What the benchmark binaries share: their options, memory readings, the
//! walks over a listing, facts about the run, and the results file they write
//! into.

pub mod memory;
pub mod options;
pub mod results_file;
pub mod run_info;
pub mod walks;
