//! The check page in a real browser: Debian's `chromium`, headless, driven through
//! `chromedriver` as a writer would use the page. It pastes the demo's drifting call script,
//! waits for the highlights, reads the findings and their suggestions, applies one safe fix and
//! then "Apply all safe fixes", reads the fixed text back, and finds the benefit and a banned
//! word's reason in the guide view. The screenshot it takes is `docs/serve.png` (rewritten with
//! ONMESSAGE_UPDATE_SCREENSHOT=1).
//!
//! Skipped with a notice when chromedriver is missing, unless ONMESSAGE_REQUIRE_CHROMIUM=1 (as
//! in `.ci/run`, which installs it): there it must run.

#[path = "serve/harness.rs"]
mod harness;
#[path = "serve/http.rs"]
mod http;
#[path = "serve/webdriver.rs"]
mod webdriver;

use harness::Page;
use serde_json::json;
use std::path::Path;

fn installed() -> bool {
    std::process::Command::new("chromedriver")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn a_writer_checks_and_fixes_a_draft_and_reads_the_guide() {
    if !installed() {
        assert!(
            std::env::var("ONMESSAGE_REQUIRE_CHROMIUM").as_deref() != Ok("1"),
            "ONMESSAGE_REQUIRE_CHROMIUM=1 but `chromedriver` cannot be started"
        );
        eprintln!("serve_browser: skipped, chromedriver is not installed (apt-get install chromium-driver)");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = std::fs::read_to_string(root.join("fixtures/demo/sales/call-script.md"))
        .expect("the demo's call script");
    // With the demo folder as the content folder: the files view is there too.
    let page = Page::start(&root.join("fixtures/demo"), &["."]);
    let driver = webdriver::Driver::start().expect("chromedriver starts");
    let profile = tempfile::tempdir().expect("profile folder");
    let browser = driver.session(profile.path());
    browser.go(&format!("http://{}/", page.addr));
    browser.wait_for(
        "the guide's channels in the choice",
        "return document.querySelectorAll('#channel option').length === 4",
    );

    // Pick the channel, then paste the script as a browser pastes: one input event.
    browser.click("#channel option[value='sales-script']");
    browser.run(
        "const t = document.getElementById('draft'); t.focus(); t.value = arguments[0];
         t.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));",
        json!([script]),
    );
    browser.wait_for(
        "highlights and findings",
        "return document.querySelectorAll('#backdrop mark').length >= 4
            && document.querySelectorAll('#findings li').length >= 6",
    );
    let finding = |rule: &str| browser.text(&format!("#findings li[data-rule='{rule}']"));
    let brand = finding("brand-name");
    assert!(brand.contains("“Coreforge”"), "{brand}");
    assert!(brand.contains("Suggestion: CoreForge"), "{brand}");
    assert!(finding("preferred-term").contains("Suggestion: customers"));
    assert!(finding("conflicting-claim").contains("1,500 laptops"));
    assert!(finding("banned-term").contains("Suggestion: use"));
    let marked = browser.run(
        "return [...document.querySelectorAll('#backdrop mark')].map(m => m.textContent)",
        json!([]),
    );
    assert!(
        marked.as_array().unwrap().contains(&json!("Coreforge")),
        "{marked}"
    );
    let figures = browser.text("#figures");
    assert!(
        figures.contains("channel requirements met: 2 of 2"),
        "{figures}"
    );

    // "Show in text" brings a highlighted sentence into view for the picture.
    browser.click("#findings li[data-rule='preferred-term'] button.show");
    browser.wait_for(
        "the highlight in view",
        "const t = document.getElementById('draft'); const b = document.getElementById('backdrop');
         return t.scrollTop > 0 && b.scrollTop === t.scrollTop && !!b.querySelector('mark.current')",
    );
    let png = browser.screenshot();
    check_screenshot(&png);
    if std::env::var("ONMESSAGE_UPDATE_SCREENSHOT").as_deref() == Ok("1") {
        std::fs::write(root.join("docs/serve.png"), &png).expect("docs/serve.png");
    }

    // One safe fix, by its button.
    browser.click("#findings li[data-rule='brand-name'] button.apply");
    browser.wait_for(
        "the brand fixed",
        "return document.getElementById('draft').value.includes('CoreForge 14')",
    );
    // Then every safe fix left.
    browser.wait_for(
        "the check after the fix",
        "return !document.getElementById('fix-all').disabled",
    );
    browser.click("#fix-all");
    browser.wait_for(
        "the safe fixes applied",
        "return document.getElementById('draft').value.includes('our customers never')",
    );
    let fixed = browser.run("return document.getElementById('draft').value", json!([]));
    let expected = script
        .replace("offer the Coreforge 14", "offer the CoreForge 14")
        .replace("our clients never", "our customers never");
    assert_eq!(fixed, json!(expected), "exactly the two safe fixes");
    // A fix is an edit the writer can undo: one undo takes back "Apply all safe fixes".
    let undone = browser.run(
        "const t = document.getElementById('draft'); t.focus(); document.execCommand('undo');
         return t.value",
        json!([]),
    );
    let before_all = script.replace("offer the Coreforge 14", "offer the CoreForge 14");
    assert_eq!(
        undone,
        json!(before_all),
        "undo restores the text before the fixes"
    );

    // The guide, readable.
    browser.click("#tab-guide");
    browser.wait_for(
        "the guide view",
        "const s = document.querySelector('#guide .statement'); return !!s && s.offsetParent !== null",
    );
    assert_eq!(
        browser.text("#guide .statement"),
        "Walk out sure you bought the right machine"
    );
    let rows = browser.run(
        "return [...document.querySelectorAll('#guide tr')].map(r => r.textContent)",
        json!([]),
    );
    let synergy = rows
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r.as_str())
        .find(|r| r.starts_with("synergy"))
        .expect("the banned word's row")
        .to_string();
    assert!(
        synergy.contains("say how the parts work together"),
        "{synergy}"
    );

    // The files view: a file opens in the check view, in its own channel.
    browser.click("#tab-files");
    browser.wait_for(
        "the scored files",
        "return document.querySelectorAll('#files button.open').length >= 10",
    );
    browser.run(
        "[...document.querySelectorAll('#files button.open')]
            .find(b => b.textContent === 'sales/walk-in-greeting.md').click()",
        json!([]),
    );
    browser.wait_for(
        "the file in the check view",
        "return !document.getElementById('view-check').hidden
            && document.getElementById('channel').value === 'sales-script'
            && document.getElementById('draft').value.length > 100
            && document.getElementById('status').textContent.endsWith('findings')",
    );

    // Readable at 320 px: nothing wider than the window.
    browser.window(320, 800);
    for view in ["#tab-check", "#tab-guide", "#tab-files"] {
        browser.click(view);
        let overflow = browser.run(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
            json!([]),
        );
        let wide = browser.run(
            "const w = document.documentElement.clientWidth;
             return [...document.querySelectorAll('body *')]
               .filter(e => e.getBoundingClientRect().right > w + 0.5 && e.offsetParent !== null)
               .map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40))",
            json!([]),
        );
        assert_eq!(
            overflow,
            json!(0),
            "{view} scrolls sideways at 320 px: {wide}"
        );
    }
}

/// A real picture of the page: a PNG of the window's size, not one colour.
fn check_screenshot(png: &[u8]) {
    let decoder = png::Decoder::new(png);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    assert!(
        info.width >= 1000 && info.height >= 1000,
        "{}x{}",
        info.width,
        info.height
    );
    let first = &pixels[..3];
    assert!(
        pixels.chunks(info.line_size).any(|row| row[..3] != *first)
            || pixels[..info.line_size].chunks(3).any(|p| p != first),
        "the screenshot is blank"
    );
}
