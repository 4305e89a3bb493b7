//! `brand-name` on real documentation, end to end: commands in fences among MDX component
//! children, file names, event provider names, ordinary words one letter from a brand and
//! capitals that are typography are never reported; misspellings in prose still are, with the
//! same fix through `--fix` and `--stdin`.

mod common;

use common::{findings, git_tempdir, run_in, run_stdin_in, write};
use serde_json::Value;
use std::fs;

const ASTRO_GUIDE: &str =
    "version: 1\nbrand:\n  names: [\"Astro\", \"Starlight\", \"Vite\", \"Netlify\", \"Node.js\"]\n";
const PS_GUIDE: &str = "version: 1\nbrand:\n  names: [\"PowerShell\", \"Windows PowerShell\", \"Windows\", \"GitHub\"]\n";

/// (matched, suggestion, applicability or "none") of every finding, in report order.
fn brand_findings(report: &Value) -> Vec<(String, String, String)> {
    findings(report)
        .iter()
        .map(|f| {
            let s = |v: &Value| v.as_str().unwrap_or("none").to_string();
            (
                s(&f["matched"]),
                s(&f["suggestion"]),
                s(&f["fix"]["applicability"]),
            )
        })
        .collect()
}

fn owned(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

/// Lines of the Astro docs (withastro/docs, MIT): fences indented inside `<Steps>`,
/// `<PackageManagerTabs>` and `<Fragment>`, a fence under `<summary>`, children indented as
/// code would be in CommonMark, and file names.
const ASTRO_MDX: &str = r#"---
title: Sentry
---
import { Steps } from '@astrojs/starlight/components';

Install the SDK by running the following command for the package manager of your choice in the Astro CLI:

<PackageManagerTabs>
  <Fragment slot="npm">
  ```shell
  npx astro add @sentry/astro
  ```
  </Fragment>
  <Fragment slot="yarn">
  ```shell
  yarn create astro --template starlight
  ```
  </Fragment>
</PackageManagerTabs>

<Steps>
1. Install `prettier` and `prettier-plugin-astro`.

    <PackageManagerTabs>
      <Fragment slot="npm">
      ```shell
      npm install @storyblok/astro vite
      ```
      </Fragment>
    </PackageManagerTabs>

2. In `src/pages/tags/index.astro`, add the line of code.

    <details>
    <summary>See the code</summary>
    ```astro title = "src/pages/tags/index.astro" ins={3}
    ---
    import BaseLayout from '../../layouts/BaseLayout.astro';
    ---
    ```
    </details>
</Steps>

<MultipleChoice>
  <Option isCorrect>
        all of the above, because astro lets you use plain HTML!
  </Option>
</MultipleChoice>

- **[slug].astro**
- [...slug].astro
- storyblok/

1. Create an astro project.
"#;

#[test]
fn code_among_mdx_component_children_is_not_prose() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", ASTRO_GUIDE);
    write(dir.path(), "sentry.mdx", ASTRO_MDX);
    let run = run_in(dir.path(), &["check", "--format", "json", "sentry.mdx"]);
    // Component children indented eight spaces are prose in MDX (it has no indented code), and
    // the one sentence that names the brand in lowercase is reported. A word all in lowercase
    // may be an identifier, so its fix is unsafe.
    assert_eq!(
        brand_findings(&run.json()),
        owned(&[("astro", "Astro", "unsafe"), ("astro", "Astro", "unsafe"),]),
        "{}",
        run.stdout
    );
    let lines: Vec<usize> = findings(&run.json())
        .iter()
        .map(|f| f["line"].as_u64().unwrap_or(0) as usize)
        .collect();
    let text_lines: Vec<&str> = ASTRO_MDX.lines().collect();
    assert!(text_lines[lines[0] - 1].contains("because astro lets you"));
    assert!(text_lines[lines[1] - 1].contains("Create an astro project"));
}

/// Lines of the PowerShell docs (MicrosoftDocs/PowerShell-Docs, CC-BY-4.0).
const PS_MD: &str = r#"# Start-Process

### Example 4: Start a process in a maximized window

This command resizes the Windows PowerShell window to 10 lines by 10 characters.

### -WindowStyle \<Window style\>

Sets the window style for the session. Valid values are `Normal`, `Minimized`,
third command calls the **ToggleDesktop** method of the object to minimize the open windows on your
desktop.

This cmdlet enables the Operational and Analytic event logs of the Microsoft-Windows-PowerShell
provider.

| Accelerator | Type |
| ----------- | ---- |
| powershell  | [System.Management.Automation.PowerShell](xref:System.Management.Automation.PowerShell) |

## WINDOWS DRIVE LETTER FUNCTIONS

**How to Use the Grid View Window Features**

On Window PowerShell 5.1, the `Out-File` cmdlet creates a Unicode file.

Fork the module on Github, then run powershell in a new window.
"#;

#[test]
fn ordinary_words_and_identifiers_stay_quiet_and_misspellings_fire() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", PS_GUIDE);
    write(dir.path(), "Start-Process.md", PS_MD);
    let run = run_in(
        dir.path(),
        &["check", "--format", "json", "Start-Process.md"],
    );
    run.expect_code(1);
    let expected = owned(&[
        ("Window PowerShell", "Windows PowerShell", "unsafe"),
        ("Github", "GitHub", "safe"),
        ("powershell", "PowerShell", "unsafe"),
    ]);
    assert_eq!(brand_findings(&run.json()), expected, "{}", run.stdout);
    // The same text through --stdin gives the same findings.
    let stdin = run_stdin_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--stdin",
            "--stdin-filename",
            "Start-Process.md",
        ],
        PS_MD,
    );
    assert_eq!(brand_findings(&stdin.json()), expected, "{}", stdin.stdout);
    // --fix applies only the safe fixes: the ordinary words and identifiers are untouched, and
    // so is "run powershell", which may be the command itself.
    run_in(dir.path(), &["check", "--fix", "Start-Process.md"]);
    let fixed = fs::read_to_string(dir.path().join("Start-Process.md")).expect("fixed file");
    let want = PS_MD.replace("on Github,", "on GitHub,");
    assert_eq!(fixed, want);
}

#[test]
fn a_quoted_interface_label_is_written_as_the_interface_writes_it() {
    let dir = git_tempdir();
    write(dir.path(), "message-guide.yml", ASTRO_GUIDE);
    let text = "3. For **App Type**, select 'NodeJS Static' or 'NodeJS SSR' according to how you are setting up your Astro app.\n\nWe run NodeJS in production.\n";
    write(dir.path(), "deploy.md", text);
    let run = run_in(dir.path(), &["check", "--format", "json", "deploy.md"]);
    assert_eq!(
        brand_findings(&run.json()),
        owned(&[("NodeJS", "Node.js", "unsafe")]),
        "{}",
        run.stdout
    );
    assert_eq!(findings(&run.json())[0]["line"], 3);
}
