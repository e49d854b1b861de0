//! `bench/RESULTS.md` holds one `## ` section per benchmark. Each benchmark
//! replaces its own section and leaves the others as they are, so the file
//! always shows the latest run of every one.

use std::path::PathBuf;

const HEADING: &str = "# Benchmarks\n\n";

pub fn path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../bench/RESULTS.md")
}

/// Puts `section` (starting with its `## ` title line) in place of the section
/// of the same title, or at the end when there is none yet; then has Prettier
/// align its tables, as `npm test` expects of every Markdown file.
pub fn write_section(section: &str) -> std::io::Result<PathBuf> {
    let path = path();
    let current = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => HEADING.to_owned(),
        Err(error) => return Err(error),
    };
    std::fs::write(&path, replace_section(&current, section))?;
    let formatted = std::process::Command::new("npx")
        .args(["--no-install", "prettier", "--write"])
        .arg(&path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .is_ok_and(|out| out.status.success());
    if !formatted {
        eprintln!(
            "Prettier did not run; format the file with `npx prettier --write bench/RESULTS.md`"
        );
    }
    Ok(path)
}

fn replace_section(document: &str, section: &str) -> String {
    let title = section.lines().next().unwrap_or_default();
    let section = format!("{}\n", section.trim_end());
    let starts: Vec<usize> = section_starts(document);
    let found = starts
        .iter()
        .position(|&start| document[start..].lines().next() == Some(title));
    match found {
        Some(index) => {
            let start = starts[index];
            let end = starts.get(index + 1).copied().unwrap_or(document.len());
            let gap = if end < document.len() { "\n" } else { "" };
            format!("{}{section}{gap}{}", &document[..start], &document[end..])
        }
        None => format!("{}\n\n{section}", document.trim_end()),
    }
}

/// Byte offsets of the lines that open a `## ` section.
fn section_starts(document: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in document.split_inclusive('\n') {
        if line.starts_with("## ") {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCUMENT: &str = "# Benchmarks\n\n## One\n\nold one\n\n## Two\n\ntwo\n";

    #[test]
    fn a_section_replaces_its_namesake_and_keeps_the_others() {
        let out = replace_section(DOCUMENT, "## One\n\nnew one\n");
        assert_eq!(out, "# Benchmarks\n\n## One\n\nnew one\n\n## Two\n\ntwo\n");
        let out = replace_section(DOCUMENT, "## Two\n\nnew two");
        assert_eq!(
            out,
            "# Benchmarks\n\n## One\n\nold one\n\n## Two\n\nnew two\n"
        );
    }

    #[test]
    fn a_new_section_goes_at_the_end() {
        let out = replace_section(DOCUMENT, "## Three\n\nthree\n");
        assert!(out.ends_with("two\n\n## Three\n\nthree\n"), "{out}");
        assert!(out.starts_with(DOCUMENT.trim_end()));
    }
}
