//! `onmessage serve` over real HTTP: the page and its assets, the JSON API the page uses, the
//! refusals (foreign `Host`, oversized or malformed bodies), and a guide that changes on disk.

#[path = "serve/harness.rs"]
mod harness;
#[path = "serve/http.rs"]
mod http;

use harness::Page;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo")
}

/// From the demo's sales call script.
const SCRIPT: &str = "We've leveraged years of bench testing so our clients never have to wade through forty spec sheets. Offer the Coreforge 14 first.";

fn rules(findings: &Value) -> Vec<String> {
    findings["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["rule"].as_str().expect("rule").to_string())
        .collect()
}

#[test]
fn the_page_and_its_assets_are_served_with_a_strict_policy() {
    let page = Page::start(&demo(), &[]);
    let index = page.get("/");
    assert_eq!(index.status, 200);
    assert!(index
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    assert!(index.body.contains("<textarea id=\"draft\""));
    let policy = index.header("content-security-policy").expect("a policy");
    assert!(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"));
    assert_eq!(index.header("access-control-allow-origin"), None, "no CORS");
    for (path, kind) in [("/app.js", "text/javascript"), ("/style.css", "text/css")] {
        let asset = page.get(path);
        assert_eq!(asset.status, 200, "{path}");
        assert!(asset.header("content-type").unwrap().starts_with(kind));
        assert_eq!(asset.header("x-content-type-options"), Some("nosniff"));
    }
    let missing = page.get("/nothing-here");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["error"], "no such page");
}

#[test]
fn the_guide_view_reads_the_guide_and_its_packs() {
    let page = Page::start(&demo(), &[]);
    let answer = page.get("/api/guide").json();
    assert_eq!(answer["error"], Value::Null);
    let guide = &answer["guide"];
    assert_eq!(guide["file"], "message-guide.yml");
    assert_eq!(
        guide["benefit"]["statement"],
        "Walk out sure you bought the right machine"
    );
    assert_eq!(guide["calls_to_action"][0], "Visit your local store");
    let channel = &guide["channels"][1];
    assert_eq!(channel["name"], "sell-sheet");
    assert_eq!(
        channel["requires"],
        json!([
            "the core benefit",
            "a call to action",
            "the phrase \"Three laptops in 60 seconds\""
        ])
    );
    let banned = guide["banned"].as_array().expect("banned");
    let synergy = banned
        .iter()
        .find(|b| b["term"] == "synergy")
        .expect("the jargon pack's synergy");
    assert_eq!(synergy["pack"], "jargon");
    assert!(synergy["reason"]
        .as_str()
        .unwrap()
        .contains("work together"));
}

#[test]
fn a_draft_is_checked_in_the_channel_the_writer_picks() {
    let page = Page::start(&demo(), &[]);
    let plain = page.post_json("/api/check", &json!({ "text": SCRIPT }));
    assert_eq!(plain.status, 200);
    let plain = plain.json();
    assert_eq!(
        rules(&plain),
        ["banned-term", "preferred-term", "brand-name"]
    );
    let brand = &plain["findings"][2];
    assert_eq!(brand["suggestion"], "CoreForge");
    assert_eq!(brand["fix"]["applicability"], "safe");
    assert_eq!(brand["start16"], brand["start"], "ASCII: units are bytes");
    let script = page
        .post_json(
            "/api/check",
            &json!({ "text": SCRIPT, "channel": "sales-script" }),
        )
        .json();
    assert!(rules(&script).contains(&"missing-cta".to_string()));
    assert_eq!(script["requirements"], 2);
    assert_eq!(script["requirements_met"], 0);
    assert_eq!(script["words"], plain["words"]);
    assert!(script["score"].is_number());
    let unknown = page.post_json("/api/check", &json!({ "text": SCRIPT, "channel": "radio" }));
    assert_eq!(unknown.status, 422);
    assert_eq!(
        unknown.json()["error"],
        "the guide has no channel named \"radio\""
    );
}

#[test]
fn fixes_one_at_a_time_or_every_safe_one() {
    let page = Page::start(&demo(), &[]);
    let all = page
        .post_json("/api/fix", &json!({ "text": SCRIPT }))
        .json();
    assert_eq!(all["applied"], 2);
    assert_eq!(
        all["text"],
        "We've leveraged years of bench testing so our customers never have to wade through forty spec sheets. Offer the CoreForge 14 first."
    );
    let checked = page
        .post_json("/api/check", &json!({ "text": SCRIPT }))
        .json();
    let leveraged = &checked["findings"][0];
    let one = page
        .post_json(
            "/api/fix",
            &json!({ "text": SCRIPT, "finding": {
                "rule": leveraged["rule"], "start": leveraged["start"], "end": leveraged["end"] } }),
        )
        .json();
    assert_eq!(one["applied"], 1);
    assert!(one["text"]
        .as_str()
        .unwrap()
        .starts_with("We've used years"));
    let stale = page.post_json(
        "/api/fix",
        &json!({ "text": "Nothing here.", "finding": {"rule": "banned-term", "start": 6, "end": 15} }),
    );
    assert_eq!(stale.status, 409);
    assert!(stale.json()["error"]
        .as_str()
        .unwrap()
        .contains("check again"));
}

#[test]
fn requests_for_another_host_are_refused() {
    let page = Page::start(&demo(), &[]);
    for host in ["evil.example", "evil.example:80", "127.0.0.1"] {
        let refused = page.request("GET", "/api/guide", host, &[], b"");
        assert_eq!(refused.status, 403, "{host}");
        assert!(refused.body.contains("--allow-host"));
    }
    let localhost = format!("localhost:{}", page.addr.port());
    assert_eq!(page.request("GET", "/", &localhost, &[], b"").status, 200);
}

#[test]
fn bad_requests_get_a_4xx_with_a_message() {
    let page = Page::start(&demo(), &["--max-body", "2000"]);
    let host = page.host();
    let no_type = page.request("POST", "/api/check", &host, &[], br#"{"text":"hi"}"#);
    assert_eq!(no_type.status, 415);
    assert!(no_type.json()["error"]
        .as_str()
        .unwrap()
        .contains("application/json"));
    let json_type = [("Content-Type", "application/json")];
    let broken = page.request("POST", "/api/check", &host, &json_type, b"{\"text\": ");
    assert_eq!(broken.status, 400);
    assert!(broken.json()["error"]
        .as_str()
        .unwrap()
        .starts_with("not a request"));
    let unknown = page.request("POST", "/api/check", &host, &json_type, br#"{"txt":"hi"}"#);
    assert_eq!(unknown.status, 422);
    let big = json!({ "text": "word ".repeat(1000) }).to_string();
    let too_large = page.request("POST", "/api/check", &host, &json_type, big.as_bytes());
    assert_eq!(too_large.status, 413);
    assert!(too_large.json()["error"]
        .as_str()
        .unwrap()
        .contains("--max-body"));
    let wrong_method = page.get("/api/check");
    assert_eq!(wrong_method.status, 405);
    // The server is still answering after all of that.
    assert_eq!(page.get("/api/guide").status, 200);
}

#[test]
fn a_changed_guide_is_used_and_a_broken_one_keeps_the_last_valid() {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = dir.path().join("message-guide.yml");
    std::fs::write(
        &guide,
        "version: 1\nbanned:\n  - {term: gizmo, reason: Say what it is}\n",
    )
    .expect("guide");
    let page = Page::start(dir.path(), &[]);
    let check = |text: &str| {
        rules(
            &page
                .post_json("/api/check", &json!({ "text": text }))
                .json(),
        )
    };
    assert_eq!(check("A gizmo and a doohickey."), ["banned-term"]);
    // A new version, a different length: seen on the next request.
    std::fs::write(
        &guide,
        "version: 1\nbanned:\n  - {term: gizmo, reason: Say what it is}\n  - {term: doohickey}\n",
    )
    .expect("guide");
    assert_eq!(
        check("A gizmo and a doohickey."),
        ["banned-term", "banned-term"]
    );
    std::fs::write(&guide, "version: 1\nbanned:\n  - {trem: gizmo}\n").expect("guide");
    let answer = page.get("/api/guide").json();
    let error = answer["error"].as_str().expect("the error is shown");
    assert!(error.contains("trem"), "{error}");
    assert_eq!(
        check("A gizmo and a doohickey."),
        ["banned-term", "banned-term"],
        "the last valid guide still checks"
    );
}

#[test]
fn an_invalid_guide_at_start_is_an_error_and_another_address_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("message-guide.yml"),
        "version: 1\nbaned: []\n",
    )
    .expect("guide");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_onmessage"))
        .current_dir(dir.path())
        .args(["serve", "--addr", "127.0.0.1:0"])
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("banned"), "did you mean: {stderr}");
    let page = Page::start(
        &demo(),
        &["--addr", "0.0.0.0:0", "--allow-host", "check.internal"],
    );
    assert!(
        page.banner.contains("warning: serving on 0.0.0.0"),
        "{}",
        page.banner
    );
    let host = format!("check.internal:{}", page.addr.port());
    assert_eq!(page.request("GET", "/", &host, &[], b"").status, 200);
}

#[test]
fn with_a_content_folder_its_files_are_listed_and_only_they_can_be_opened() {
    let page = Page::start(&demo(), &["."]);
    assert_eq!(page.get("/api/guide").json()["files"], true);
    let listed = page.get("/api/files").json();
    let files = listed["files"].as_array().expect("files");
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert!(paths.contains(&"sales/call-script.md"), "{paths:?}");
    assert!(paths.contains(&"campaigns/spring-sale.txt"));
    let script = files
        .iter()
        .find(|f| f["path"] == "sales/call-script.md")
        .expect("the call script");
    assert_eq!(script["channel"], "sales-script");
    assert!(script["score"].is_number());
    assert!(script["errors"].as_u64().unwrap() >= 4);
    let archived = files
        .iter()
        .find(|f| f["path"] == "archive/old-flyer.md")
        .expect("listed, as check walks it");
    assert_eq!(archived["not_checked"], "ignored by the guide");
    let opened = page.get("/api/file?path=sales%2Fcall-script.md");
    assert_eq!(opened.status, 200);
    assert!(opened.json()["text"]
        .as_str()
        .unwrap()
        .starts_with("# Phone script"));
    for outside in [
        "message-guide.yml",
        "../Cargo.toml",
        "%2Fetc%2Fpasswd",
        "sales/../sales/call-script.md",
    ] {
        let refused = page.get(&format!("/api/file?path={outside}"));
        assert_eq!(refused.status, 404, "{outside}");
        assert_eq!(
            refused.json()["error"],
            "no such file in the content folder"
        );
    }
    assert_eq!(page.get("/api/file").status, 400);
    // Without a folder there is no files view.
    let plain = Page::start(&demo(), &[]);
    assert_eq!(plain.get("/api/guide").json()["files"], false);
    assert_eq!(plain.get("/api/files").status, 404);
}

#[test]
fn a_port_in_use_is_a_clear_error_and_a_burst_of_checks_all_get_answers() {
    let page = Page::start(&demo(), &[]);
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_onmessage"))
        .current_dir(demo())
        .args(["serve", "--addr", &page.host()])
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains(&format!("cannot listen on {}", page.host())),
        "{stderr}"
    );
    // Twenty writers at once: each gets its own findings back.
    let answers: Vec<Vec<String>> = std::thread::scope(|scope| {
        let page = &page;
        let handles: Vec<_> = (0..20)
            .map(|i| {
                scope.spawn(move || {
                    let text = if i % 2 == 0 {
                        SCRIPT
                    } else {
                        "Our clients love it."
                    };
                    rules(
                        &page
                            .post_json("/api/check", &json!({ "text": text }))
                            .json(),
                    )
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("answered"))
            .collect()
    });
    for (i, found) in answers.iter().enumerate() {
        let expected: &[&str] = if i % 2 == 0 {
            &["banned-term", "preferred-term", "brand-name"]
        } else {
            &["preferred-term"]
        };
        assert_eq!(found, expected, "request {i}");
    }
}
