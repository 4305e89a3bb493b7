//! `brand-name` on names written as code and on names that are other products, from the blogs
//! of Rspack and Rsbuild (MIT): what stays quiet, and the misspellings still reported.

use crate::document::Kind;
use crate::rules::test_support::{guide, pairs, run};

const RSPACK: &str = "version: 1\nbrand:\n  names: [Rspack, Rslint, Remotion, \"Module Federation\", iPhone, macOS, \"eBay Motors\"]\n";

fn fired(text: &str) -> Vec<(String, Option<String>)> {
    run(&guide(RSPACK), super::ID, text, Kind::Markdown)
}

#[test]
fn a_name_written_as_code_is_an_identifier() {
    for text in [
        "### Do not change entry options after rspack(options)",
        "For details about the deprecated API, please refer to [rspack#6448](https://github.com/web-infra-dev/rspack/pull/6448).",
        "- Global checks: run unified type checking in CI or a pre-commit hook through [rslint --type-check](https://rslint.rs/guide/type-checking).",
        "Rsbuild now provides a built-in [moduleFederation](/config/module-federation/options) option, which will make configuring Module Federation in Rsbuild much easier.",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
}

#[test]
fn the_same_names_in_prose_are_still_reported() {
    assert_eq!(
        fired("We moved to rspack (the Rust bundler) last year, and rslint - our linter - too."),
        pairs(&[("rspack", Some("Rspack")), ("rslint", Some("Rslint"))])
    );
    assert_eq!(
        fired("Configure ModuleFederation in Rsbuild, as rspack #1 in speed."),
        pairs(&[
            ("ModuleFederation", Some("Module Federation")),
            ("rspack", Some("Rspack"))
        ])
    );
    // Names that start lowercase with a capital inside are matched as the guide lists them.
    assert_eq!(
        fired("Sell on eBayMotors from an Iphone running MacOS."),
        pairs(&[
            ("eBayMotors", Some("eBay Motors")),
            ("Iphone", Some("iPhone")),
            ("MacOS", Some("macOS"))
        ])
    );
}

#[test]
fn a_near_miss_at_the_first_letter_is_another_product() {
    for text in [
        "**ESLint plugin compatibility**: beyond built-in rules, Rslint can now directly run rules from community ESLint plugins.",
        "In v0.x, Rspack core has built-in SWC plugins to support Emotion, Styled Components, and Relay.",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
    // A slip after the first letter still is one.
    assert_eq!(
        fired("Render videos with Remotoin and lint with Rslnit."),
        pairs(&[
            ("Remotoin", Some("Remotion")),
            ("Rslnit", Some("Rslint"))
        ])
    );
}

const GORELEASER: &str = "version: 1\nbrand:\n  names: [GoReleaser]\n";

/// The GoReleaser blog (MIT): a screenshot's alt text names the command the post announces,
/// written as code elsewhere on the page, alone or with the program.
#[test]
fn a_command_in_an_image_alt_text_is_named_as_typed() {
    let fired = |text: &str| run(&guide(GORELEASER), super::ID, text, Kind::Markdown);
    for text in [
        "![goreleaser healthcheck](https://a.goreleaser.com/blog/img.webp)\n\n- All GoReleaser distributions get a new subcommand: `healthcheck`.\n",
        "![goreleaser changelog preview](https://a.goreleaser.com/blog/x.webp)\n\n- `goreleaser changelog` was added to GoReleaser Pro.\n",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
    // Without the command in the page's code, or outside alt text with a noun after it, the
    // name is prose.
    assert_eq!(
        fired("![goreleaser release notes](https://a.goreleaser.com/x.webp)\n"),
        pairs(&[("goreleaser", Some("GoReleaser"))])
    );
    assert_eq!(
        fired("The goreleaser changelog preview is new.\n\n- `goreleaser changelog` was added.\n"),
        pairs(&[("goreleaser", Some("GoReleaser"))])
    );
}

const GRPC: &str = "version: 1\nbrand:\n  names: [gRPC]\n";

/// The gRPC blog (CC-BY-4.0), on the Node packages: the original package is named `grpc`, and
/// the page links its name to the package's npm page.
#[test]
fn a_word_linked_to_its_package_page_is_the_package() {
    let fired = |text: &str| run(&guide(GRPC), super::ID, text, Kind::Markdown);
    // A reference definition is a link's only when a link uses it.
    let links = "\n\nSee [grpc][].\n\n[grpc]: https://www.npmjs.com/package/grpc\n";
    for text in [
        "The original Node gRPC library ([grpc][]) will no longer receive feature updates.",
        "## Should I use @grpc/grpc-js or grpc?",
        "If you need one of these features, you should use the [grpc][] library.",
    ] {
        assert_eq!(fired(&format!("{text}{links}")), pairs(&[]), "{text}");
    }
    // Linked to another page, the lowercase word is the name.
    let text = "You should use the [grpc][] library.\n\n[grpc]: https://grpc.io/docs/\n";
    assert_eq!(fired(text), pairs(&[("grpc", Some("gRPC"))]), "{text}");
}

const KNATIVE: &str =
    "version: 1\nbrand:\n  names: [Knative, \"Knative Serving\", \"Knative Eventing\", CloudEvents]\n";

/// The Knative blog (CC-BY-4.0): the operator's resource kind, Slack channels, one event of the
/// CloudEvents specification, and a package bumped in a change list.
#[test]
fn kinds_slugs_and_one_event_are_not_the_names() {
    let fired = |text: &str| run(&guide(KNATIVE), super::ID, text, Kind::Markdown);
    for text in [
        "Set the ingress class in the `KnativeServing` CR.\n\n```yaml\nkind: KnativeServing\n```\n",
        "Ask in [knative-eventing](https://cloud-native.slack.com/archives/C04LMU33V1S).",
        "Now we can send a CloudEvent to the function.",
        "- bumps cloudevents to version 7.0.1 (#1873, @lance)",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
    // The singular miscased is the name miscased.
    assert_eq!(
        fired("The Cloudevent is sent."),
        pairs(&[("Cloudevent", Some("CloudEvents"))])
    );
    // Run together without the page's code, the name gets a fix a human reviews.
    let found = run(
        &guide(KNATIVE),
        super::ID,
        "Fix a deadlock during KnativeServing creation.",
        Kind::Markdown,
    );
    assert_eq!(found, pairs(&[("KnativeServing", Some("Knative Serving"))]));
    let fixes: Vec<_> = crate::rules::test_support::findings(
        &guide(KNATIVE),
        "Fix a deadlock during KnativeServing creation.",
        Kind::Markdown,
    )
    .into_iter()
    .map(|f| f.fix.map(|fix| fix.applicability))
    .collect();
    assert_eq!(fixes, [Some(crate::finding::Applicability::Unsafe)]);
}

/// The KubeVirt blog (MIT), `2019-06-04-Kubevirt-vagrant-provider.markdown`: the prose names the
/// placeholders of the Vagrantfile above it; the same name in a sentence is still reported.
#[test]
fn a_name_that_opens_a_placeholder_of_the_code_names_it() {
    let g = guide("version: 1\nbrand:\n  names: [KubeVirt]\n");
    let page = "```ruby\nVagrant.configure(\"2\") do |config|\n  config.vm.provider :kubevirt do |kubevirt|\n    kubevirt.hostname = '<kubevirt host>'\n    kubevirt.port = '<kubevirt port>'\n  end\nend\n```\n\nValues used in above sample box:\n\n- kubevirt host - Hostname where KubeVirt is deployed\n- kubevirt port - Port on where KubeVirt is listening\n";
    assert_eq!(run(&g, super::ID, page, Kind::Markdown), pairs(&[]));
    let page = "```ruby\n    kubevirt.hostname = '<kubevirt host>'\n```\n\nThe kubevirt cluster needs a host.\n";
    assert_eq!(
        run(&g, super::ID, page, Kind::Markdown),
        pairs(&[("kubevirt", Some("KubeVirt"))])
    );
}

/// The Node.js blog (MIT): a URL scheme in a CVE's title and a GitHub organization's new handle
/// are written as typed; the same lowercase names in a sentence are still reported.
#[test]
fn a_scheme_and_a_new_handle_are_written_as_typed() {
    let g = guide("version: 1\nbrand:\n  names: [JavaScript, Node.js]\n");
    let fired = |text: &str| run(&g, super::ID, text, Kind::Markdown);
    assert_eq!(
        fired("- Hostname spoofing in URL parser for javascript protocol (CVE-2018-12123)\n"),
        pairs(&[])
    );
    assert_eq!(
        fired("- The organization name will be renamed nodejs.\n"),
        pairs(&[])
    );
    // The NATS blog (Apache-2.0): an endpoint URI in its scheme, and a client's message quoted
    // with the prefix it prints.
    let nats = guide("version: 1\nbrand:\n  names: [NATS]\n");
    for text in [
        "the Camel component endpoint URI is specified as “nats:APCERA:JOBLINKNAME[?options]”.\n",
        "you should notice that it no longer says, \"nats: no servers available for connection\".\n",
    ] {
        assert_eq!(run(&nats, super::ID, text, Kind::Markdown), pairs(&[]), "{text}");
    }
    assert_eq!(
        run(&nats, super::ID, "We wrap the nats client: it reconnects.\n", Kind::Markdown),
        pairs(&[("nats", Some("NATS"))])
    );
    assert_eq!(
        fired("We rewrote the parser in javascript, and nodejs runs it.\n"),
        pairs(&[
            ("javascript", Some("JavaScript")),
            ("nodejs", Some("Node.js"))
        ])
    );
}

#[test]
fn an_interface_joined_by_a_colon_is_an_identifier() {
    // The wasmCloud blog (CC-BY-4.0): WASI's interfaces are written lowercase, `wasi:<name>`.
    let guide_text = "version: 1\nbrand:\n  names: [WASI, wasmCloud]\n";
    let fired = |text: &str| run(&guide(guide_text), super::ID, text, Kind::Markdown);
    for text in [
        "- wasi:http\n- wasi:keyvalue\n- wasi:blobstore\n",
        "Colin and Mendy demonstrated how this could be achieved using a Wasm component that runs on wasmCloud and utilizes wasi:webgpu from the WASI-GFX proposal.",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
    // The name alone in prose is still a misspelling.
    assert_eq!(
        fired("Components target wasi: the interfaces are standard."),
        pairs(&[("wasi", Some("WASI"))])
    );
}

/// The fixes' applicability of every finding `text` draws under `g`.
fn applicabilities(
    g: &crate::compiled::CompiledGuide,
    text: &str,
) -> Vec<Option<crate::finding::Applicability>> {
    crate::rules::test_support::findings(g, text, Kind::Markdown)
        .into_iter()
        .map(|f| f.fix.map(|fix| fix.applicability))
        .collect()
}

/// The Swift blog (CC-BY-4.0): "Classic Mac OS 9" is the old system, not "macOS 9"; a name's
/// words written apart before a version get only an unsafe fix, however the version is written.
#[test]
fn a_split_name_before_a_version_gets_no_safe_fix() {
    use crate::finding::Applicability::{Safe, Unsafe};
    let g = guide("version: 1\nbrand:\n  names: [macOS]\n");
    for text in [
        "Graphing Calculator still uses the Classic Mac OS 9 cooperative threading.\n",
        "the Classic Mac OS 8/9 scheduler\n",
        "Classic Mac OS 9's scheduler\n",
        "Mac OS v9 and later\n",
    ] {
        assert_eq!(applicabilities(&g, text), [Some(Unsafe)], "{text}");
    }
    // Without a version the split name's fix stays safe.
    assert_eq!(applicabilities(&g, "It runs on Mac OS today.\n"), [Some(Safe)]);
}
