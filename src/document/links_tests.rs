//! Tests of `links.rs`: links whose text or address names what it points at.

use super::{in_link_text_spelling_its_site, in_list_of_lowercase_links};

#[test]
fn link_text_spelling_its_site_names_the_site() {
    // The wasmCloud blog (CC-BY-4.0): runtimes listed by their sites.
    let runtimes = "you find tools like [wasmtime](https://wasmtime.dev/), [wasm3](https://github.com/wasm3/wasm3), [wasm edge](https://wasmedge.org/), as well as";
    let at = runtimes.find("wasm edge").expect("link");
    assert!(in_link_text_spelling_its_site(runtimes, at, at + 4));
    // Link text that is not the site's name, or written with capitals, is prose.
    for (text, word) in [
        ("Read the [wasm docs](https://wasmedge.org/).", "wasm"),
        ("Read [Wasm Edge](https://wasmedge.org/).", "Wasm"),
        ("See wasm edge (https://wasmedge.org/).", "wasm"),
        ("Try [wasm edge](/docs/wasmedge).", "wasm"),
        // The whole link text is the site's own name, perhaps the brand in lowercase.
        (
            "tools like [wasmtime](https://wasmtime.dev/), and",
            "wasmtime",
        ),
    ] {
        let at = text.find(word).expect("word");
        assert!(
            !in_link_text_spelling_its_site(text, at, at + word.len()),
            "{text}"
        );
    }
}

fn listed(text: &str, word: &str) -> bool {
    let start = text.find(&format!("[{word}]")).expect("link in text") + 1;
    in_list_of_lowercase_links(text, start, start + word.len())
}

#[test]
fn a_lowercase_link_in_a_list_of_lowercase_links_to_one_folder_is_an_identifier() {
    // Vite's blog, `announcing-vite5-1.md` (MIT): template presets, named as their URLs are.
    let presets = "Try Vite 5.1 online in StackBlitz: [vanilla](https://vite.new/vanilla-ts), [vue](https://vite.new/vue-ts), [react](https://vite.new/react-ts), [preact](https://vite.new/preact-ts), [lit](https://vite.new/lit-ts), [svelte](https://vite.new/svelte-ts), [solid](https://vite.new/solid-ts), [qwik](https://vite.new/qwik-ts).";
    assert!(listed(presets, "vue"));
    assert!(listed(presets, "qwik"));
    assert!(listed(
        "Packages: [nimbus](../pkgs/nimbus), [cli](../pkgs/cli), [ui](../pkgs/ui).",
        "nimbus"
    ));
}

#[test]
fn the_title_of_a_linked_change_is_quoted() {
    use super::in_link_to_a_change;
    let at = |text: &str, word: &str| {
        let start = text.find(word).expect("word in text");
        in_link_to_a_change(text, start, start + word.len())
    };
    // Tilt's blog (Apache-2.0), commit-of-the-month posts: commits and pull requests linked
    // by their titles.
    assert!(at(
        "* [docker: dynamically switch between local docker daemon and the in-cluster daemon](https://github.com/windmilleng/tilt/commit/af5a0a7e0c32c8b55117c9f22c28008f8af67d2d)",
        "local docker"
    ));
    assert!(at(
        "[\"tiltfile: make kustomize fallback more clear with log statement\"](https://github.com/windmilleng/tilt/pull/2795/commits/8984eac2)",
        "tiltfile"
    ));
    // A link to a page, or no link: the writer's own words.
    assert!(!at(
        "See [the docker daemon docs](https://docs.docker.com/engine/).",
        "docker"
    ));
    // highlight.io's blog (Apache-2.0): the writer's own words for a link to an issue.
    assert!(!at(
        "For more details, visit Logbook's [Github Issues page](https://github.com/getlogbook/logbook/issues/279).",
        "Github"
    ));
    assert!(!at(
        "Switch the docker daemon (/commit/ is a path).",
        "docker"
    ));
    // QuestDB's blog (Apache-2.0): a pull request listed by its number and title.
    let pull = "We have opened a pull request\n([#157 - Questdb benchmark support](https://github.com/timescale/tsbs/issues/157)) in\nTimescaleDB's TSBS GitHub repository";
    assert!(at(pull, "Questdb"));
}

#[test]
fn a_link_alone_or_among_other_links_is_prose() {
    // Gitpod's blog (MIT): one lowercase link, the writer's brand in the wrong case.
    assert!(!listed(
        "We run [docker](https://www.gitpod.io/blog/root-docker-and-vscode/#docker) in the workspace.",
        "docker"
    ));
    // Supabase's customer stories (Apache-2.0): links in a sentence, words between them.
    assert!(!listed(
        "utilizing Supabase for the [database](https://supabase.com/database), API, [realtime](https://supabase.com/realtime) functionality, and [authentication](https://supabase.com/auth).",
        "realtime"
    ));
    // Texts of several words, capitalised texts, or links to different folders.
    assert!(!listed(
        "See [vue](https://vuejs.org/guide), [react](https://react.dev/learn), [lit](https://lit.dev/docs).",
        "vue"
    ));
    assert!(!listed(
        "Try [vue](https://vite.new/vue-ts), [React app](https://vite.new/react-ts), [Lit](https://vite.new/lit-ts).",
        "vue"
    ));
    assert!(!listed(
        "![vue](https://vite.new/vue-ts) [react](https://vite.new/react-ts) [lit](https://vite.new/lit-ts)",
        "vue"
    ));
}

#[test]
fn a_link_that_names_its_address() {
    use super::names_its_address;
    let at = |text: &str, word: &str| {
        let start = text.find(&format!("[{word}]")).expect("link in text") + 1;
        names_its_address(text, start, start + word.len())
    };
    // The Falco blog (CC BY 4.0): an image, a repository, a program, by their addresses.
    for (text, word) in [
        ("* [falco](https://gallery.ecr.aws/falcosecurity/falco)", "falco"),
        ("the [falco](https://github.com/falcosecurity/falco) and [libs](https://github.com/falcosecurity/libs) repositories", "falco"),
        ("For those who are not familiar with [sysdig](https://github.com/draios/sysdig/), it's a CLI tool", "sysdig"),
    ] {
        assert!(at(text, word), "{text}");
    }
    // A link to a page about the product, to its home, or in capitals: prose.
    for (text, word) in [
        (
            "Read about [falco](https://falco.org/docs/getting-started)",
            "falco",
        ),
        ("Visit [sysdig](https://sysdig.com)", "sysdig"),
        // The Supabase pages (Apache-2.0): the product's own page, one step below the root.
        (
            "the database, API, [realtime](https://supabase.com/realtime) functionality",
            "realtime",
        ),
        (
            "See [Falco](https://github.com/falcosecurity/falco)",
            "Falco",
        ),
    ] {
        assert!(!at(text, word), "{text}");
    }
}

#[test]
fn a_registry_page_names_its_package() {
    use super::package_of;
    for (destination, name) in [
        ("https://www.npmjs.com/package/grpc", Some("grpc")),
        (
            "https://www.npmjs.com/package/@grpc/grpc-js",
            Some("grpc-js"),
        ),
        ("https://pypi.org/project/grpcio/", Some("grpcio")),
        ("https://crates.io/crates/tonic?tab=readme", Some("tonic")),
        ("https://pkg.go.dev/google.golang.org/grpc", Some("grpc")),
        ("https://www.npmjs.com/search?q=grpc", None),
        ("https://github.com/grpc/grpc", None),
        ("/docs/grpc", None),
    ] {
        assert_eq!(package_of(destination), name, "{destination}");
    }
}
