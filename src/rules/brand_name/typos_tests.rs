//! Tests of [`super`]: near misses that are words of their own, from real sentences.

use crate::document::Kind;
use crate::rules::test_support::{guide, pairs, run};

const PROMETHEUS: &str = "version: 1\nbrand:\n  names: [\"Prometheus\", \"Perses\", \"Thanos\"]\n";

fn fired(text: &str) -> Vec<(String, Option<String>)> {
    run(&guide(PROMETHEUS), super::super::ID, text, Kind::Markdown)
}

#[test]
fn a_lowercase_word_before_its_object_is_a_verb() {
    // Prometheus blog, `2015-08-17-service-discovery-with-etcd.md` (Apache-2.0).
    assert_eq!(fired("Our `main` function parses the flags and initializes our collector."), pairs(&[]));
    // Without an object after it, or capitalised, a near miss is still reported.
    assert_eq!(
        fired("We graph it in parses, then in Thamos."),
        pairs(&[("parses", Some("Perses")), ("Thamos", Some("Thanos"))])
    );
}

#[test]
fn a_word_of_a_title_case_name_is_the_word() {
    // The Julia blog (MIT): an algorithm, a department, a title and a field.
    let julia = guide("version: 1\nbrand:\n  names: [\"Twitter\", \"Mathematica\"]\n");
    let fired = |text: &str| run(&julia, super::super::ID, text, Kind::Markdown);
    for text in [
        "From its very first release, Julia used the popular Mersenne Twister algorithm as its\n",
        "Mersenne Twister is famous for having an exceptionally long period, but that requires\n",
        "Madeleine Udell is a PhD candidate in Computational & Mathematical Engineering at Stanford University.\n",
        "- **William Kahan**, Professor Emeritus of Mathematics, and of Electrical Engineering presented it.\n",
        "His *Synopsis Palmariorum Matheseos, or A New Introduction to the Mathematics* has been digitized.\n",
        "in the context of my master and bachelor’s thesis on Mathematical Optimization. Some\n",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
    // A sentence's first word is no name's, nor is a word of the guide's own names.
    let g2 = guide(
        "version: 1\nbrand:\n  names: [\"Twitter\", \"Twitter Spaces\", \"Docker\", \"Docker Compose\"]\n",
    );
    for (text, near) in [
        ("Try Docket today.\n", "Docket"),
        ("Share on Twister today.\n", "Twister"),
        ("Log in to Twister to see it.\n", "Twister"),
        ("See it on Twister Spaces.\n", "Twister"),
        ("Deploy with Docket Compose.\n", "Docket"),
    ] {
        let found = run(&g2, super::super::ID, text, Kind::Markdown);
        assert!(found.iter().any(|(w, _)| w.starts_with(near)), "{text}: {found:?}");
    }
    // Beside lowercase words, the capital mid-sentence still marks the name misspelt.
    assert_eq!(
        fired("Follow us on Twister and in our forum.\n"),
        pairs(&[("Twister", Some("Twitter"))])
    );
}

#[test]
fn a_word_capitalised_in_a_quotation_is_the_word() {
    // A quoted tweet, Prometheus blog, `2016-09-04-promcon-2016-its-a-wrap.md` (Apache-2.0).
    let tweet = "<blockquote class=\"twitter-tweet\"><p>I learned so much at a tech conference Thanks to all! So glad I attended!</p></blockquote>\n";
    assert_eq!(fired(tweet), pairs(&[]));
    // Outside a quotation the capital mid-sentence still marks the name misspelt.
    assert_eq!(
        fired("I learned so much at a tech conference Thanks to all!"),
        pairs(&[("Thanks", Some("Thanos"))])
    );
}

#[test]
fn the_name_of_the_companys_people_is_no_typo() {
    // The NATS blog (Apache-2.0): a Synadia employee.
    let g = guide("version: 1\nbrand:\n  names: [\"Synadia\"]\n");
    let found = |text: &str| run(&g, super::super::ID, text, Kind::Markdown);
    assert_eq!(
        found("and for this Synadian, my first technology conference ever.\n"),
        pairs(&[])
    );
    assert_eq!(
        found("Two Synadians gave talks.\n"),
        pairs(&[])
    );
    // One letter off elsewhere is still the name misspelt.
    assert_eq!(
        found("We joined Synedia last year.\n"),
        pairs(&[("Synedia", Some("Synadia"))])
    );
    // The Bazel blog (Apache-2.0): a Google employee.
    let g = guide("version: 1\nbrand:\n  names: [\"Google\"]\n");
    let found = |text: &str| run(&g, super::super::ID, text, Kind::Markdown);
    assert_eq!(
        found("Even though he was a Googler at the time, I consider Jon a contributor.\n"),
        pairs(&[])
    );
    assert_eq!(found("Ask the Googlers on the team.\n"), pairs(&[]));
    assert_eq!(
        found("Search it on Goolge first.\n"),
        pairs(&[("Goolge", Some("Google"))])
    );
    // The Dragonfly blog (Apache-2.0): a name ending on an ordinary word is the name misspelt.
    let g = guide("version: 1\nbrand:\n  names: [\"TorchServe\"]\n");
    assert_eq!(
        run(&g, super::super::ID, "- TorchServer uses Dragonfly to distribute model files.\n", Kind::Markdown),
        pairs(&[("TorchServer", Some("TorchServe"))])
    );
}

#[test]
fn a_names_first_word_with_an_ending_of_its_own_is_a_sibling() {
    // The Redox OS news (MIT): its file system, in prose, a heading and a change log's tag.
    let redox = guide("version: 1\nbrand:\n  names: [\"Redox OS\"]\n");
    let fired = |text: &str| run(&redox, super::super::ID, text, Kind::Markdown);
    for text in [
        "Jeremy fixed write support in redoxfs this week.",
        "## Redoxfs\n\nThe file system got faster.",
        "Then RedoxFS mounts the disk.",
    ] {
        assert_eq!(fired(text), pairs(&[]), "{text}");
    }
    // The name's two words, one of them misspelt, are still the name misspelt.
    assert_eq!(
        fired("We run Redux OS on the laptop."),
        pairs(&[("Redux OS", Some("Redox OS"))])
    );
}
