"""End-to-end: `onmessage server` driven by a real LSP client library (pytest-lsp / pygls)
through open -> diagnostics -> edit -> code action -> apply -> clean, then hover, completion
and the suppression-comment action.

Run from the repository root: `.venv-lsp/bin/pytest tests/lsp` (`.ci/run` does). The binary is
`$ONMESSAGE_BIN`, else `target/debug/onmessage` as `cargo test` builds it.
"""

import os
import pathlib

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("ONMESSAGE_BIN", str(ROOT / "target" / "debug" / "onmessage"))
# A file that need not exist: the demo guide applies by its path.
DRAFT = ROOT / "fixtures" / "demo" / "campaigns" / "editor-draft.md"
URI = DRAFT.as_uri()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "server"]))
async def client(lsp_client: LanguageClient):
    params = types.InitializeParams(capabilities=client_capabilities("neovim"))
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


def offset(text: str, position: types.Position) -> int:
    """The index in `text` of an LSP position (UTF-16 columns)."""
    lines = text.splitlines(keepends=True)
    start = sum(len(line) for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    units = 0
    for i, ch in enumerate(line):
        if units >= position.character:
            return start + i
        units += 2 if ord(ch) > 0xFFFF else 1
    return start + len(line)


def apply(text: str, edits) -> str:
    for edit in sorted(edits, key=lambda e: offset(text, e.range.start), reverse=True):
        text = text[: offset(text, edit.range.start)] + edit.new_text + text[offset(text, edit.range.end) :]
    return text


async def diagnostics(client: LanguageClient):
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[URI]


async def test_open_edit_fix_clean(client: LanguageClient):
    text = "Café 😀 news.\n\nOur Coreforge laptops are here.\n"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="markdown", version=1, text=text)
        )
    )
    found = await diagnostics(client)
    brands = [d for d in found if d.code == "brand-name"]
    assert len(brands) == 1, found
    assert brands[0].source == "onmessage"
    assert brands[0].range.start == types.Position(line=2, character=4)

    # Edit: insert a second wrong brand spelling (and a surrogate pair) at the start of line 0.
    insert = "Coreforge 😀 "
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
                    text=insert,
                )
            ],
        )
    )
    text = insert + text
    found = await diagnostics(client)
    assert sorted((d.range.start.line, d.range.start.character) for d in found if d.code == "brand-name") == [(0, 0), (2, 4)], found

    # The quick fix under the cursor, then "fix all" for the rest.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=types.Range(start=types.Position(line=2, character=6), end=types.Position(line=2, character=6)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.QuickFix]),
        )
    )
    # The fix (preferred), then the suppression comment for the line.
    assert [a.title for a in actions] == [
        "Replace “Coreforge” with “CoreForge”",
        "Disable onmessage rule brand-name for this line",
    ], actions
    assert actions[0].is_preferred, actions
    text = apply(text, actions[0].edit.changes[URI])
    assert "Our CoreForge laptops" in text

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    assert [a.kind for a in actions] == ["source.fixAll.onmessage"], actions
    # The quick fix is not applied in the server's copy yet: fix all still covers both.
    fixed = apply(insert + "Café 😀 news.\n\nOur Coreforge laptops are here.\n", actions[0].edit.changes[URI])
    assert fixed == text.replace("Coreforge", "CoreForge"), fixed

    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=3),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    found = await diagnostics(client)
    assert [d for d in found if d.code == "brand-name"] == [], found


async def test_hover_completion_and_disable(client: LanguageClient):
    text = "Our laptops are cheap.\n\nVisit your"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="markdown", version=1, text=text)
        )
    )
    found = await diagnostics(client)
    cheap = [d for d in found if d.code == "banned-term"]
    assert len(cheap) == 1 and cheap[0].code_description.href.endswith("#rules"), found

    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=0, character=18))
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "Say what it costs" in hover.contents.value and "“affordable”" in hover.contents.value, hover

    completion = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=2, character=10))
    )
    assert [(i.label, i.text_edit.new_text) for i in completion.items] == [("Visit your local store", "Visit your local store")], completion
    text = apply(text, [completion.items[0].text_edit])

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=types.Range(start=types.Position(line=0, character=17), end=types.Position(line=0, character=17)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.QuickFix]),
        )
    )
    disable = [a for a in actions if a.title == "Disable onmessage rule banned-term for this line"]
    assert len(disable) == 1, actions
    text = apply(text, disable[0].edit.changes[URI])
    assert text.startswith("<!-- onmessage-disable-next-line banned-term -->\nOur laptops are cheap.\n"), text

    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    found = await diagnostics(client)
    assert [d for d in found if d.code in ("banned-term", "unused-suppression")] == [], found
