//! `cargo run -p codegen -- [SPEC_PATH] [--check]`
//!
//! Without `--check`, writes every generated file. With `--check`, writes
//! nothing and fails when a committed file is stale or missing.
//! Exit codes: 0 done, 1 stale files (check mode), 2 usage or generation error,
//! 3 spec not found.

use std::path::PathBuf;
use std::process::ExitCode;

use codegen::output::{default_spec_dir, newest_spec_in, stale, workspace_root, write_all};
use codegen::spec::Spec;

const EXIT_STALE: u8 = 1;
const EXIT_ERROR: u8 = 2;
const EXIT_NO_SPEC: u8 = 3;

fn main() -> ExitCode {
    let mut check = false;
    let mut spec_path: Option<PathBuf> = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--check" => check = true,
            "-h" | "--help" => {
                println!("usage: codegen [SPEC_PATH] [--check]");
                println!("  SPEC_PATH  the vendor's OpenAPI JSON (default: newest *.json in ../shared/spec/)");
                println!(
                    "  --check    write nothing; exit {EXIT_STALE} listing stale or missing files"
                );
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => {
                eprintln!("codegen: unknown option `{flag}` (try --help)");
                return ExitCode::from(EXIT_ERROR);
            }
            path if spec_path.is_none() => spec_path = Some(PathBuf::from(path)),
            extra => {
                eprintln!("codegen: unexpected argument `{extra}` (one spec path at most)");
                return ExitCode::from(EXIT_ERROR);
            }
        }
    }

    let spec_path = match spec_path.or_else(|| newest_spec_in(&default_spec_dir())) {
        Some(path) if path.is_file() => path,
        Some(path) => {
            eprintln!("codegen: spec not found: {}", path.display());
            return ExitCode::from(EXIT_NO_SPEC);
        }
        None => {
            eprintln!(
                "codegen: spec not found: no *.json in {}; pass the spec's path as the first argument",
                default_spec_dir().display()
            );
            return ExitCode::from(EXIT_NO_SPEC);
        }
    };

    let generated = match Spec::load(&spec_path).and_then(|spec| codegen::generate(&spec)) {
        Ok(generated) => generated,
        Err(message) => {
            eprintln!("codegen: {message}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    println!(
        "codegen: {} operations from {}",
        generated.table.len(),
        spec_path.display()
    );
    for (kind, count) in generated.counts_per_kind() {
        println!("  {:<7} {count}", kind.as_str());
    }

    let root = workspace_root();
    if check {
        let stale = stale(&root, &generated.outputs);
        if stale.is_empty() {
            println!(
                "codegen: all {} generated files are up to date",
                generated.outputs.len()
            );
            return ExitCode::SUCCESS;
        }
        eprintln!("codegen: stale or missing generated files (run `npm run generate`):");
        for path in stale {
            eprintln!("  {path}");
        }
        return ExitCode::from(EXIT_STALE);
    }
    match write_all(&root, &generated.outputs) {
        Ok(written) if written.is_empty() => {
            println!(
                "codegen: all {} generated files were already up to date",
                generated.outputs.len()
            );
            ExitCode::SUCCESS
        }
        Ok(written) => {
            for path in written {
                println!("codegen: wrote {path}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("codegen: {message}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
