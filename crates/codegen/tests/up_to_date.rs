//! The committed generated files must be what the generator writes from the
//! spec today. Runs the real binary in `--check` mode.

use std::process::Command;

use codegen::output::{default_spec_dir, newest_spec_in};

fn codegen() -> Command {
    Command::new(env!("CARGO_BIN_EXE_codegen"))
}

#[test]
fn generated_files_are_up_to_date() {
    let Some(spec) = newest_spec_in(&default_spec_dir()) else {
        println!(
            "skipped: no vendor spec (*.json) in {}; the build uses the committed generated files",
            default_spec_dir().display()
        );
        return;
    };
    let result = codegen()
        .arg(&spec)
        .arg("--check")
        .output()
        .expect("codegen runs");
    let stdout = String::from_utf8_lossy(&result.stdout);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(
        result.status.success(),
        "generated files are stale; run `npm run generate`\n{stdout}{stderr}"
    );
    assert!(stdout.contains("452 operations"), "{stdout}");
}

#[test]
fn a_missing_spec_is_reported_with_its_own_exit_code() {
    let result = codegen()
        .arg("no-such-dir/ampeco-public-api.json")
        .arg("--check")
        .output()
        .expect("codegen runs");
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("spec not found"), "{stderr}");
}

#[test]
fn unknown_options_are_usage_errors() {
    let result = codegen()
        .arg("--frobnicate")
        .output()
        .expect("codegen runs");
    assert_eq!(result.status.code(), Some(2));
}
